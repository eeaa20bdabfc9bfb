import type { Block, Circular } from "@handreichung/content";
import { blockCircular } from "@handreichung/checks";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../index.js";
import { paragraphs, textOf, unzipDocx } from "../testing/unzip.js";

// With an Az. (the PDF tests render the same circular without one).
const circular = (body: Block[], over: Partial<Circular> = {}): Circular => blockCircular(body, { fileReference: "21.10.02", ...over });

const documentXml = async (c: Circular) => (await unzipDocx(await renderDocx(c, { date: "2024-03-01" })))["word/document.xml"]!;
const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
/** The reference part: everything after its heading (the last mention; the table of contents names it first). */
const reference = (xml: string) => xml.slice(xml.lastIndexOf("Referenz: Die Mitteilung im Wortlaut"));

describe("a quotation that holds blocks", async () => {
  const xml = reference(
    await documentXml(
      circular([
        { type: "paragraph", text: "Der Verband hat erklärt:" },
        {
          type: "quote",
          blocks: [
            { type: "paragraph", text: "„Sehr geehrte Damen und Herren," },
            { type: "heading", level: 2, text: "I. Verteilungsmasse" },
            { type: "list", ordered: true, items: ["Die Verbundquote ist anzuheben.", "Die Abrechnung ist vorzunehmen."] },
            { type: "list", ordered: false, items: ["erstens,", "zweitens.“"] },
          ],
        },
      ]),
    ),
  );
  const styled = (text: string) => paragraphs(xml).find((p) => textOf(p).includes(text))!;

  it("sets each part in the quote style family", () => {
    expect(styleOf(styled("Sehr geehrte"))).toBe("Quote");
    expect(styleOf(styled("I. Verteilungsmasse"))).toBe("QuoteHeading");
    expect(styleOf(styled("Die Verbundquote"))).toBe("QuoteListNumber");
    expect(styleOf(styled("erstens,"))).toBe("QuoteListBullet");
  });

  it("types its points' numbers as published, a tab before the text; bullets come from the style", () => {
    expect(textOf(styled("Die Verbundquote"))).toBe("1.\tDie Verbundquote ist anzuheben.\n");
    expect(textOf(styled("Die Abrechnung"))).toBe("2.\tDie Abrechnung ist vorzunehmen.\n");
    expect(styled("Die Verbundquote")).not.toContain("<w:numPr>");
    expect(styled("erstens,")).not.toContain("<w:numPr>");
  });

  it("a numbered list of the circular itself is typed the same way, in its own style", async () => {
    const doc = reference(await documentXml(circular([{ type: "list", ordered: true, items: ["Kopie des Bescheides", "Nachweis der Zahlung"] }])));
    const items = paragraphs(doc).filter((p) => textOf(p).includes("Kopie") || textOf(p).includes("Nachweis"));
    expect(items.map(textOf)).toEqual(["1.\tKopie des Bescheides\n", "2.\tNachweis der Zahlung\n"]);
    expect(items.map(styleOf)).toEqual(["SourceListNumber", "SourceListNumber"]);
  });

  it("names the styles so a municipality can restyle them", async () => {
    const styles = (await unzipDocx(await renderDocx(circular([{ type: "quote", text: "a" }]), { date: "2024-03-01" })))["word/styles.xml"]!;
    for (const name of ["Zitat Überschrift", "Zitat Aufzählung", "Zitat Nummerierung", "Liste Nummer (Wortlaut)"]) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="QuoteHeading"[^>]*>[\s\S]*?<w:basedOn w:val="Quote"\/>/);
  });
});

describe("a table", async () => {
  const xml = reference(
    await documentXml(
      circular([
        { type: "table", headerRow: true, rows: [["Jahr", "Gemeinden", "Betrag"], ["2019", "396", "1.234,5"], ["2020", "", "1.301,0"]] },
        { type: "table", headerRow: false, rows: [["Borken", "12"], ["Coesfeld", "10"]] },
      ]),
    ),
  );
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;

  it("is a Word table whose header row repeats on every page, no row split", () => {
    expect(tables).toHaveLength(2);
    const rows = tables[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    expect(rows[0]).toContain('w:val="TableHeading"');
    expect(textOf(rows[2]!).split("\n").filter(Boolean)).toEqual(["2020", "1.301,0"]);
  });

  it("a table without a header row has none to repeat", () => {
    expect(tables[1]).not.toContain("<w:tblHeader/>");
    expect(textOf(tables[1]!).split("\n").filter(Boolean)).toEqual(["Borken", "12", "Coesfeld", "10"]);
  });
});

describe("the reference part of a cut-off text", async () => {
  const xml = await documentXml(
    circular([{ type: "paragraph", text: "Die Geschäftsstelle empfiehlt, die Eignung zu prü" }], { fileReference: null, incomplete: { lastWords: "die Eignung zu prü" } }),
  );
  const text = textOf(xml);

  it("calls it an excerpt, never the complete text sentence for sentence", () => {
    expect(text).toContain("Referenz: Die Mitteilung im Wortlaut (Auszug)");
    expect(text).toContain("Ein Auszug aus dem veröffentlichten Text der Mitteilung, Satz für Satz wie veröffentlicht, soweit er vorliegt: Der veröffentlichte Text endet unvollständig mit „die Eignung zu prü“.");
    expect(text).not.toContain("Der vollständige Text der Mitteilung");
    expect(text).toContain("die Eignung zu prü\n[Hier bricht der veröffentlichte Text ab.]");
    expect(text).toContain("Quelle: Rundschreiben Nr. 245/2023 vom 07.06.2023 (Auszug)");
    expect(text).toContain("(die Mitteilung nur als Auszug: ihr veröffentlichter Text ist unvollständig)");
  });

  it("a complete text is called complete", async () => {
    const complete = textOf(await documentXml(circular([{ type: "paragraph", text: "Ein Satz." }])));
    expect(complete).toContain("Der vollständige Text der Mitteilung, Satz für Satz wie veröffentlicht.");
    expect(complete).not.toMatch(/Auszug|bricht/);
  });

  it("last words that look like a {{field}} stay as written", async () => {
    const odd = textOf(
      await documentXml(circular([{ type: "paragraph", text: "Bitte an {{kommune}} senden und" }], { incomplete: { lastWords: "an {{kommune}} senden und" } })),
    );
    expect(odd).toContain("endet unvollständig mit „an {{kommune}} senden und“");
  });
});
