import type { Circular } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { blockCircular, pdfElements, readPdf, type PdfDocument, type PdfNode } from "@handreichung/checks";

const circular = blockCircular;

const render = async (c: Circular) => {
  const bytes = await renderPdf(c, { date: "2024-03-01", compress: false });
  return { doc: await readPdf(bytes), raw: Buffer.from(bytes).toString("latin1") };
};
const roles = (node: PdfNode) => node.children.map((c) => c.role);
const textOf = (node: PdfNode) => node.text.replace(/\s+/g, " ").trim();
const allText = (doc: PdfDocument) => doc.pages.map((p) => p.text).join("\n").replace(/\s+/g, " ");

describe("a quotation that holds blocks", async () => {
  const { doc } = await render(
    circular([
      { type: "heading", level: 2, text: "Stellungnahme" },
      { type: "paragraph", text: "Der Verband hat erklärt:" },
      {
        type: "quote",
        blocks: [
          { type: "paragraph", text: "„Sehr geehrte Damen und Herren," },
          { type: "heading", level: 2, text: "I. Verteilungsmasse" },
          { type: "list", ordered: true, items: ["Die Verbundquote ist anzuheben.", "Die Abrechnung ist zeitnah vorzunehmen.“"] },
        ],
      },
      { type: "quote", text: "„Ein Zitat in einem Absatz.“" },
    ]),
  );
  const quotes = pdfElements(doc).filter((n) => n.role === "BlockQuote");

  it("is one BlockQuote holding P, a sub-heading and L in order", () => {
    expect(quotes).toHaveLength(2);
    // Below the H2 "Stellungnahme", the quotation's own heading is an H3: no level skipped, none repeated.
    expect(roles(quotes[0]!)).toEqual(["P", "H3", "L"]);
    expect(textOf(quotes[0]!.children[1]!)).toBe("I. Verteilungsmasse");
    expect(quotes[0]!.children[2]!.children.map((li) => li.children.map((c) => c.role))).toEqual([
      ["Lbl", "LBody"],
      ["Lbl", "LBody"],
    ]);
  });

  it("a one-text quote is a BlockQuote holding one P, as before", () => {
    expect(roles(quotes[1]!)).toEqual(["P"]);
    expect(textOf(quotes[1]!)).toContain("Ein Zitat in einem Absatz.");
  });
});

describe("a table", async () => {
  const rows = [["Kreis", "2022", "2023"], ...Array.from({ length: 70 }, (_, i) => [`Kreis Nummer ${i + 1}`, `${100 + i}`, `${200 + i}`])];
  const { doc, raw } = await render(circular([{ type: "paragraph", text: "Die Umlage:" }, { type: "table", headerRow: true, rows }, { type: "paragraph", text: "Ende." }]));
  // pdf.js gives each page its part of the tree: a table over two pages appears on both, each row on one.
  const tables = doc.pages.flatMap((p) => (p.tree ? pdfElements({ ...doc, pages: [p] }).filter((n) => n.role === "Table") : []));
  const trs = tables.flatMap((t) => t.children);

  it("is tagged Table > TR > TH/TD, the header cells with /Scope /Column", () => {
    expect(trs).toHaveLength(71);
    expect(trs.every((tr) => tr.role === "TR" && tr.children.length === 3)).toBe(true);
    expect(roles(trs[0]!)).toEqual(["TH", "TH", "TH"]);
    expect(trs.slice(1).every((tr) => roles(tr).every((r) => r === "TD"))).toBe(true);
    expect(trs[5]!.children.map(textOf)).toEqual(["Kreis Nummer 5", "104", "204"]);
    // The structure elements are plain objects in the file: /A << /O /Table /Scope /Column >> on each TH.
    expect(raw.match(/\/S \/TH\b/g)).toHaveLength(3);
    expect(raw.match(/\/Scope \/Column/g)).toHaveLength(3);
  });

  it("breaks between rows, never inside one (each row on one page), and shows the header row again as an artifact", () => {
    expect(doc.pageCount).toBeGreaterThan(1);
    expect(tables.length).toBe(doc.pages.filter((p) => p.taggedText.includes("Kreis Nummer")).length);
    for (const page of doc.pages.slice(1)) {
      if (!page.taggedText.includes("Kreis Nummer")) continue;
      expect(page.artifactText.replace(/\s+/g, " "), `page ${page.number}`).toContain("Kreis 2022 2023");
    }
  });

  it("the repeated header is not read twice: tagged once", () => {
    expect(trs.flatMap((tr) => tr.children).filter((n) => n.role === "TH")).toHaveLength(3);
  });

  it("a table without a header row has only TD cells", async () => {
    const { doc: plain, raw: plainRaw } = await render(circular([{ type: "table", headerRow: false, rows: [["Borken", "12"], ["Coesfeld", ""]] }]));
    const t = pdfElements(plain).find((n) => n.role === "Table")!;
    // pdf.js builds its tree from marked content, so it does not list the empty cell; the file has all four.
    expect(t.children.map(roles)).toEqual([["TD", "TD"], ["TD"]]);
    expect(plainRaw.match(/\/S \/TD\b/g)).toHaveLength(4);
    expect(plainRaw).not.toMatch(/\/S \/TH\b|\/Scope/);
  });
});

describe("a cut-off text", async () => {
  const { doc } = await render(
    circular([{ type: "paragraph", text: "Die Geschäftsstelle empfiehlt, die Eignung zu prü" }], { incomplete: { lastWords: "die Eignung zu prü" } }),
  );

  it("says where it stops and that it is an excerpt, in the body, the Fundstelle and the footer", () => {
    const text = allText(doc);
    expect(text).toContain("die Eignung zu prü [Hier bricht der veröffentlichte Text ab.]");
    expect(text).toContain("Umfang Auszug – der veröffentlichte Text endet unvollständig mit „die Eignung zu prü“");
    expect(text).toContain("Quelle: Rundschreiben Nr. 245/2023 vom 07.06.2023 (Auszug)");
  });

  it("a complete text says none of that", async () => {
    const { doc: complete } = await render(circular([{ type: "paragraph", text: "Ein ganzer Satz." }]));
    expect(allText(complete)).not.toMatch(/Auszug|bricht/);
  });
});
