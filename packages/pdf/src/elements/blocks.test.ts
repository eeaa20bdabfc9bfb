import type { Block, Circular } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { flatten, pageCount, pdfText, structTree, tempPdf, textOf, type StructNode } from "../testing/pdf-tools.js";

function circular(body: Block[], over: Partial<Circular> = {}): Circular {
  return {
    id: "test",
    issuer: "Landkreistag Nordrhein-Westfalen",
    series: "Rundschreiben",
    category: null,
    number: 245,
    year: 2023,
    date: "2023-06-07",
    title: "Tabellen und Zitate",
    fileReference: null,
    body,
    models: [],
    publication: null,
    source: { citation: "Rundschreiben Nr. 245/2023 vom 07.06.2023", url: null },
    incomplete: null,
    ...over,
  };
}

const render = async (c: Circular) => {
  const bytes = await renderPdf(c, { date: "2024-03-01", compress: false });
  return { path: tempPdf(bytes, "blocks"), raw: Buffer.from(bytes).toString("latin1") };
};
const roles = (node: StructNode) => node.children.map((c) => c.role);

describe("a quotation that holds blocks", async () => {
  const { path } = await render(
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
  const quotes = flatten(structTree(path)).filter((n) => n.role === "BlockQuote");

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
  const { path, raw } = await render(circular([{ type: "paragraph", text: "Die Umlage:" }, { type: "table", headerRow: true, rows }, { type: "paragraph", text: "Ende." }]));
  const table = flatten(structTree(path)).find((n) => n.role === "Table")!;

  it("is tagged Table > TR > TH/TD, the header cells with /Scope /Column", () => {
    expect(table.children).toHaveLength(71);
    expect(table.children.every((tr) => tr.role === "TR" && tr.children.length === 3)).toBe(true);
    expect(roles(table.children[0]!)).toEqual(["TH", "TH", "TH"]);
    expect(table.children.slice(1).every((tr) => roles(tr).every((r) => r === "TD"))).toBe(true);
    expect(table.children[5]!.children.map(textOf)).toEqual(["Kreis Nummer 5", "104", "204"]);
    expect(table.children[0]!.children.map((th) => th.attributes)).toEqual(Array(3).fill({ Scope: "/Column" }));
    expect(raw.match(/\/S \/TH\b/g)).toHaveLength(3);
    expect(raw.match(/\/Scope \/Column/g)).toHaveLength(3);
  });

  it("breaks between rows, never inside one, and shows the header row again on the next page", () => {
    expect(pageCount(path)).toBeGreaterThan(1);
    for (let page = 1; page <= pageCount(path); page++) {
      const text = pdfText(path, page);
      // Every row on the page has all its cells on one line of the page.
      for (const m of text.matchAll(/Kreis Nummer (\d+)/g)) expect(text, `row ${m[1]}`).toMatch(new RegExp(`Kreis Nummer ${m[1]}\\s+${99 + Number(m[1])}\\s+${199 + Number(m[1])}`));
      if (text.includes("Kreis Nummer")) expect(text, `page ${page}`).toMatch(/Kreis\s+2022\s+2023/);
    }
  });

  it("the repeated header is not read twice: tagged once", () => {
    const headerCells = flatten(table).filter((n) => n.role === "TH");
    expect(headerCells).toHaveLength(3);
  });

  it("a table without a header row has only TD cells", async () => {
    const { path: plain, raw: plainRaw } = await render(circular([{ type: "table", headerRow: false, rows: [["Borken", "12"], ["Coesfeld", ""]] }]));
    const t = flatten(structTree(plain)).find((n) => n.role === "Table")!;
    expect(t.children.map(roles)).toEqual([
      ["TD", "TD"],
      ["TD", "TD"],
    ]);
    expect(plainRaw).not.toContain("/Scope");
  });
});

describe("a cut-off text", async () => {
  const { path } = await render(
    circular([{ type: "paragraph", text: "Die Geschäftsstelle empfiehlt, die Eignung zu prü" }], { incomplete: { lastWords: "die Eignung zu prü" } }),
  );

  it("says where it stops and that it is an excerpt, in the body, the Fundstelle and the footer", () => {
    const text = pdfText(path).replace(/\s+/g, " ");
    expect(text).toContain("die Eignung zu prü [Hier bricht der veröffentlichte Text ab.]");
    expect(text).toContain("Umfang Auszug – der veröffentlichte Text endet unvollständig mit „die Eignung zu prü“");
    expect(text).toContain("Quelle: Rundschreiben Nr. 245/2023 vom 07.06.2023 (Auszug)");
  });

  it("a complete text says none of that", async () => {
    const { path: complete } = await render(circular([{ type: "paragraph", text: "Ein ganzer Satz." }]));
    expect(pdfText(complete)).not.toMatch(/Auszug|bricht/);
  });
});
