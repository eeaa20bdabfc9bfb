// Import -> both documents, for every fixture: every sentence of the source is
// in the PDF's tagged text and in the Word text, and every heading, quotation,
// list and table of the import is tagged as what it is in both.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Block, missingSentences, type QuoteContentBlock, quoteBlocks } from "@handreichung/content";
import { renderDocx } from "@handreichung/docx";
import { renderPdf } from "@handreichung/pdf";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { importCircular } from "./import.js";
import { fixture, fixtureNames } from "./testing/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "import-render-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One element of the PDF's structure tree, as poppler reads it. */
interface Node {
  role: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** The structure tree from `pdfinfo -struct-text`: roles by indent, "text" lines, "/Name value" attributes. */
function pdfStructure(bytes: Uint8Array, name: string): Node {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const root: Node = { role: "", attributes: {}, text: "", children: [] };
  const stack: { depth: number; node: Node }[] = [{ depth: -1, node: root }];
  for (const line of execFileSync("pdfinfo", ["-struct-text", path], { encoding: "utf8", maxBuffer: 64 << 20 }).split("\n")) {
    const element = /^( *)([A-Za-z0-9]+)(?: \((?:block|inline)\))?:?$/.exec(line);
    const text = /^ *"(.*)"$/.exec(line);
    const attribute = /^ *\/([A-Za-z]+) (.*)$/.exec(line);
    if (element) {
      const depth = element[1]!.length;
      while (stack[stack.length - 1]!.depth >= depth) stack.pop();
      const node: Node = { role: element[2]!, attributes: {}, text: "", children: [] };
      stack[stack.length - 1]!.node.children.push(node);
      stack.push({ depth, node });
    } else if (text) stack[stack.length - 1]!.node.text += text[1];
    else if (attribute) stack[stack.length - 1]!.node.attributes[attribute[1]!] = attribute[2]!;
  }
  return root;
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const textOf = (node: Node): string => node.text + node.children.map(textOf).join("");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The Word document's paragraphs (style and text) and tables (rows of cell texts, header flag). */
async function wordDocument(bytes: Uint8Array) {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const runs = (part: string) => decode([...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? "\t").join(""));
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? "Normal", text: runs(m[0]) }));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => ({
    header: /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>/.test(t[0]),
    rows: [...t[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => runs(c[0]))),
  }));
  return { text: paragraphs.map((p) => p.text).join("\n") + tables.flatMap((t) => t.rows.flat()).join("\n"), paragraphs, tables };
}

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
  const pdf = pdfStructure(await renderPdf(circular, { date: "2026-01-15", compress: false }), name.replace(/\.txt$/, ""));
  const nodes = all(pdf);
  const word = await wordDocument(await renderDocx(circular, { date: "2026-01-15" }));
  const body = shapes(circular.body);

  it("every source sentence is in the PDF's tagged text and in the Word text", () => {
    expect(missingSentences(source, textOf(pdf))).toEqual([]);
    expect(missingSentences(source, word.text)).toEqual([]);
  });

  it("headings are H2/H3 in the PDF and heading styles in Word", () => {
    for (const { block, inQuote } of body.filter((s) => s.type === "heading")) {
      const heading = block as Extract<QuoteContentBlock, { type: "heading" }>;
      expect(nodes.some((n) => /^H[23]$/.test(n.role) && squash(textOf(n)) === heading.text), heading.text).toBe(true);
      const style = word.paragraphs.find((p) => p.text === heading.text)?.style;
      expect(style, heading.text).toBe(inQuote ? "QuoteHeading" : heading.level === 2 ? "Heading3" : "Heading4");
    }
  });

  it("quotations are BlockQuote in the PDF and the quote style family in Word, their parts inside", () => {
    const quotes = circular.body.filter((b) => b.type === "quote");
    const blockQuotes = nodes.filter((n) => n.role === "BlockQuote");
    expect(blockQuotes).toHaveLength(quotes.length);
    quotes.forEach((quote, i) => {
      const inner = quoteBlocks(quote);
      const tagged = blockQuotes[i]!;
      expect(tagged.children.map((c) => c.role)).toEqual(inner.map((b) => (b.type === "paragraph" ? "P" : b.type === "list" ? "L" : b.type === "table" ? "Table" : expect.stringMatching(/^H[23]$/))));
      for (const b of inner.filter((b) => b.type === "paragraph")) {
        expect(word.paragraphs.find((p) => p.text === b.text)?.style, b.text).toBe("Quote");
      }
    });
  });

  it("lists are L > LI > Lbl + LBody in the PDF and list styles in Word, item by item", () => {
    const lists = nodes.filter((n) => n.role === "L");
    for (const { block, inQuote } of body.filter((s) => s.type === "list")) {
      const list = block as Extract<QuoteContentBlock, { type: "list" }>;
      const match = lists.find((l) => l.children.map((li) => squash(textOf(li.children.find((c) => c.role === "LBody")!))).join("\n") === list.items.join("\n"));
      expect(match, list.items[0]).toBeDefined();
      expect(match!.children.every((li) => li.role === "LI" && li.children.map((c) => c.role).join() === "Lbl,LBody")).toBe(true);
      // A numbered item is "1.", a tab, its text: the number typed as published.
      const styles = list.items.map((item, k) => word.paragraphs.find((p) => p.text === (list.ordered ? `${k + 1}.\t${item}` : item))?.style);
      const expected = inQuote ? (list.ordered ? "QuoteListNumber" : "QuoteListBullet") : list.ordered ? "SourceListNumber" : "ListBullet";
      expect(styles, list.items[0]).toEqual(list.items.map(() => expected));
    }
  });

  it("tables are Table > TR > TH/TD in the PDF (header cells scoped to their column) and Word tables", () => {
    const tables = nodes.filter((n) => n.role === "Table");
    const sourceTables = body.filter((s) => s.type === "table").map((s) => s.block as Extract<QuoteContentBlock, { type: "table" }>);
    expect(tables).toHaveLength(sourceTables.length);
    sourceTables.forEach((table, i) => {
      const rows = tables[i]!.children;
      expect(rows.map((tr) => tr.children.map((cell) => squash(textOf(cell))))).toEqual(table.rows);
      rows.forEach((tr, r) => {
        const header = r === 0 && table.headerRow;
        expect(tr.role).toBe("TR");
        expect(tr.children.every((cell) => cell.role === (header ? "TH" : "TD"))).toBe(true);
        if (header) expect(tr.children.every((cell) => cell.attributes.Scope === "/Column")).toBe(true);
      });
      // Word: the same cells; the header row repeats.
      const wordTable = word.tables.find((t) => JSON.stringify(t.rows) === JSON.stringify(table.rows));
      expect(wordTable, `table ${i + 1}`).toBeDefined();
      expect(wordTable!.header).toBe(table.headerRow);
    });
  });

  it("nothing else is tagged a list (the counts of quotations and tables are checked above)", () => {
    expect(nodes.filter((n) => n.role === "L")).toHaveLength(body.filter((s) => s.type === "list").length);
  });
});

it("covers every pattern of issue 17 with a fixture", () => {
  for (const f of ["dir-headings.txt", "cut-off.txt", "quote-open-cut-off.txt", "quote-closed-structure.txt", "tables.txt", "lone-dash-subheadings.txt", "furniture-banner.txt", "lkt-nrw-rundschreiben.txt", "staedtetag-nrw-schnellbrief.txt", "dstgb-aktuell.txt", "gstb-rlp-nachrichten.txt"]) {
    expect(names).toContain(f);
  }
});
