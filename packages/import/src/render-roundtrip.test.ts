// Import -> both documents, for every fixture: every sentence of the source is
// in the PDF's tagged text and in the Word text, and every heading, quotation,
// list and table of the import is tagged as what it is in both.
import { checkDocx, checkPdf, formatFindings, pdfElements, readDocx, readPdf, type PdfNode } from "@handreichung/checks";
import { type Block, type QuoteContentBlock, quoteBlocks } from "@handreichung/content";
import { renderDocx } from "@handreichung/docx";
import { renderPdf } from "@handreichung/pdf";
import { describe, expect, it } from "vitest";
import { importCircular } from "./import.js";
import { fixture, fixtureNames } from "./testing/fixtures.js";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const textOf = (node: PdfNode) => squash(node.text);

/** The source without the lines the import dropped as page furniture (each named in a warning). */
function kept(text: string, dropped: readonly string[]): string {
  const drop = new Set(dropped);
  return text
    .replace(/^\ufeff/, "")
    .split(/\r\n|\r|\n/)
    .filter((line) => !drop.has(line.replace(/<[^<>]*>/g, "").replace(/[\s\u00a0]+/g, " ").trim()))
    .join("\n");
}

type Shape = { type: "heading" | "paragraph" | "list" | "table"; block: QuoteContentBlock; inQuote: boolean };
/** Every structural block of the body, quotations opened up. */
function shapes(body: readonly Block[]): Shape[] {
  return body.flatMap((block): Shape[] => {
    if (block.type === "quote") return quoteBlocks(block).map((inner) => ({ type: inner.type, block: inner, inQuote: true }));
    if (block.type === "models" || block.type === "publication") return [];
    return [{ type: block.type, block, inQuote: false }];
  });
}

const names = fixtureNames();

describe.each(names)("%s: import, then both documents", async (name) => {
  const text = fixture(name);
  const { circular, dropped } = importCircular(text, { fileName: name });
  const source = kept(text, dropped);
  const pdfBytes = await renderPdf(circular, { date: "2026-01-15", compress: false });
  const docxBytes = await renderDocx(circular, { date: "2026-01-15" });
  const pdf = await readPdf(pdfBytes);
  const nodes = pdfElements(pdf);
  const word = readDocx(docxBytes);
  const body = shapes(circular.body);
  const wordStyle = (text: string) => word.paragraphs.find((p) => p.text === text && !p.inTable)?.styleId;

  it("both documents pass the project's checks, every source sentence in them, in order", async () => {
    expect(formatFindings((await checkPdf(pdfBytes, { source })).findings)).toBe("");
    expect(formatFindings(checkDocx(docxBytes, { source }).findings)).toBe("");
  });

  it("headings are H2/H3 in the PDF and heading styles in Word", () => {
    for (const { block, inQuote } of body.filter((s) => s.type === "heading")) {
      const heading = block as Extract<QuoteContentBlock, { type: "heading" }>;
      expect(nodes.some((n) => /^H[23]$/.test(n.role) && textOf(n) === heading.text), heading.text).toBe(true);
      expect(wordStyle(heading.text), heading.text).toBe(inQuote ? "QuoteHeading" : heading.level === 2 ? "Heading3" : "Heading4");
    }
  });

  it("quotations are BlockQuote in the PDF, holding their parts, and the quote style family in Word", () => {
    const quotes = circular.body.filter((b) => b.type === "quote");
    const blockQuotes = nodes.filter((n) => n.role === "BlockQuote");
    // A quotation split across pages appears once per page in pdf.js' reading.
    expect(blockQuotes.length >= quotes.length).toBe(true);
    for (const quote of quotes) {
      const inner = quoteBlocks(quote);
      const first = inner[0]!;
      const lead = first.type === "list" ? first.items[0]! : first.type === "table" ? first.rows[0]!.join(" ") : first.text;
      const tagged = blockQuotes.find((n) => textOf(n).startsWith(squash(lead).slice(0, 20)))!;
      expect(tagged, lead).toBeDefined();
      const roleOf = (b: QuoteContentBlock) => (b.type === "paragraph" ? "P" : b.type === "list" ? "L" : b.type === "table" ? "Table" : "H");
      if (pdf.pageCount === 1) expect(tagged.children.map((c) => (c.role.startsWith("H") ? "H" : c.role))).toEqual(inner.map(roleOf));
      for (const b of inner.filter((b) => b.type === "paragraph")) expect(wordStyle(b.text), b.text).toBe("Quote");
    }
    // Nothing else is a quote: every BlockQuote holds text of a quote block.
    const quoted = squash(quotes.flatMap(quoteBlocks).map((b) => (b.type === "list" ? b.items.join(" ") : b.type === "table" ? b.rows.flat().join(" ") : b.text)).join(" "));
    for (const n of blockQuotes) expect(quoted.replace(/ /g, "")).toContain(textOf(n).replace(/ |\d+\./g, "").slice(0, 30));
  });

  it("lists are L > LI > Lbl + LBody in the PDF and list styles in Word, item by item", () => {
    const lists = nodes.filter((n) => n.role === "L");
    for (const { block, inQuote } of body.filter((s) => s.type === "list")) {
      const list = block as Extract<QuoteContentBlock, { type: "list" }>;
      const match = lists.find((l) => l.children.map((li) => textOf(li.children.find((c) => c.role === "LBody")!)).join("\n") === list.items.join("\n"));
      expect(match, list.items[0]).toBeDefined();
      expect(match!.children.every((li) => li.role === "LI" && li.children.map((c) => c.role).join() === "Lbl,LBody")).toBe(true);
      // A numbered item is "1.", a tab, its text: the number typed as published.
      const styles = list.items.map((item, k) => wordStyle(list.ordered ? `${k + 1}.\t${item}` : item));
      const expected = inQuote ? (list.ordered ? "QuoteListNumber" : "QuoteListBullet") : list.ordered ? "SourceListNumber" : "ListBullet";
      expect(styles, list.items[0]).toEqual(list.items.map(() => expected));
    }
    expect(lists).toHaveLength(body.filter((s) => s.type === "list").length);
  });

  it("tables are Table > TR > TH/TD in the PDF (header cells scoped to their column) and Word tables", () => {
    const tables = nodes.filter((n) => n.role === "Table");
    const sourceTables = body.filter((s) => s.type === "table").map((s) => s.block as Extract<QuoteContentBlock, { type: "table" }>);
    expect(tables).toHaveLength(sourceTables.length);
    sourceTables.forEach((table, i) => {
      const rows = tables[i]!.children;
      // pdf.js lists only cells with content; the file has every cell (checked in the PDF package).
      expect(rows.map((tr) => tr.children.map(textOf))).toEqual(table.rows.map((row) => row.filter((c) => c !== "")));
      rows.forEach((tr, r) => {
        expect(tr.role).toBe("TR");
        expect(tr.children.every((cell) => cell.role === (r === 0 && table.headerRow ? "TH" : "TD"))).toBe(true);
      });
      // Soft hyphens let Word break long header words; they are no text.
      const wordTable = word.tables.find((t) => JSON.stringify(t.rows).replace(/\u00ad/g, "") === JSON.stringify(table.rows));
      expect(wordTable, `table ${i + 1}`).toBeDefined();
      expect(wordTable!.headerRepeats).toBe(table.headerRow);
    });
    // Every header cell, and only those, carries /Scope /Column.
    const headerCells = sourceTables.filter((t) => t.headerRow).reduce((n, t) => n + t.rows[0]!.length, 0);
    expect(Buffer.from(pdfBytes).toString("latin1").match(/\/Scope \/Column/g)?.length ?? 0).toBe(headerCells);
  });
});

it("covers every pattern of issue 17 with a fixture", () => {
  for (const f of ["dir-headings.txt", "cut-off.txt", "quote-open-cut-off.txt", "quote-closed-structure.txt", "tables.txt", "lone-dash-subheadings.txt", "furniture-banner.txt", "lkt-nrw-rundschreiben.txt", "staedtetag-nrw-schnellbrief.txt", "dstgb-aktuell.txt", "gstb-rlp-nachrichten.txt"]) {
    expect(names).toContain(f);
  }
});
