import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { beforeAll, describe, expect, it } from "vitest";
import { hyphenationPieces } from "./hyphenate.js";
import { renderDocx } from "./index.js";
import { plainTocEntries } from "./internals/xml-rewrites.js";
import { paragraphs, pretty, textOf, unzipDocx } from "./testing/unzip.js";

/** The w:pPr of a paragraph, or "" when it has none. */
const pPrOf = (p: string) => /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? "";

describe("layout in LibreOffice and Word", () => {
  let parts: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    parts = await unzipDocx(await renderDocx(circular441));
    doc = parts["word/document.xml"]!;
  });

  it("puts soft hyphens into the long words of the models table, keeping the words whole in the w:t text", () => {
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("unser Modell"))!;
    expect(table).toBeDefined();
    expect(table).toContain("<w:softHyphen/>");
    // Soft hyphens stand between w:t pieces, never as U+00AD inside the text.
    expect(table).not.toContain("\u00AD");
    const text = textOf(table);
    for (const word of ["Querschnittscharakter", "ausschließlich", "Verwaltungseinheiten", "Flüchtlingsleistungen", "deutschstämmigen"]) expect(text).toContain(word);
    expect(pretty(table)).toContain('<w:pStyle w:val="TableTextCompact"/>');
    // The whole document's text still has every sentence of the circular (docx_check joins only w:t).
    expect(textOf(doc)).toContain("Auch in Wuppertal wird Integration als Querschnittsaufgabe angesehen.");
  });

  it("hyphenates the narrow table headings without changing them", () => {
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("Organisationseinheit"))!;
    const head = table.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(head).toContain("<w:softHyphen/>");
    expect(textOf(head).replace(/\s+/g, " ").trim()).toBe("Organisationseinheit Aufgaben Ansprechperson Kontakt");
  });

  it("cuts only long words and only where the text stays the same", () => {
    expect(hyphenationPieces("kurz und knapp")).toEqual(["kurz und knapp"]);
    const pieces = hyphenationPieces("die ausschließlich im Migrationsbereich tätig sind, www.example-verwaltung.de");
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe("die ausschließlich im Migrationsbereich tätig sind, www.example-verwaltung.de");
    for (const piece of pieces.slice(1)) expect(piece).not.toMatch(/^\s/);
  });

  it("writes the table of contents entries without tab leaders or empty page numbers, as a TOC field still", () => {
    const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(doc)![0];
    expect(sdt).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(sdt).toContain('w:fldCharType="begin"');
    expect(sdt).toContain('w:fldCharType="end"');
    const entries = paragraphs(sdt).filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p));
    expect(entries.length).toBeGreaterThan(10);
    for (const p of entries) {
      expect(p).not.toContain("<w:tab/>");
      expect(p).not.toContain("<w:tabs>");
      expect(p).not.toContain("PAGEREF");
      expect(p).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/);
    }
    // Entries carry their heading's number, as the headings show it.
    expect(entries.map((p) => textOf(p).trim())).toEqual(expect.arrayContaining(["1 Zweck und Gebrauch dieser Vorlage", "1.1 Aus der Mitteilung", "4 Zuständigkeiten", "8.2 Stadt Essen"]));
    // The TOC styles keep the right tab with dot leader for the updated table.
    const styles = pretty(parts["word/styles.xml"]!);
    for (const id of ["TOC1", "TOC2"]) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
      expect(style).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/);
    }
  });

  it("says under the table of contents how to get the page numbers", () => {
    const after = doc.slice(doc.indexOf("</w:sdt>"));
    const note = paragraphs(after)[0]!;
    expect(note).toContain('<w:pStyle w:val="Ausfuellhinweis"/>');
    expect(textOf(note)).toMatch(/Seitenzahlen.*F9.*Extras › Aktualisieren/);
  });

  it("keeps the file reference, the source and the circular's last paragraph together", () => {
    const ps = paragraphs(doc);
    const az = ps.findIndex((p) => textOf(p).startsWith("Az.: "));
    expect(az).toBeGreaterThan(0);
    expect(textOf(ps[az + 1]!)).toMatch(/^Quelle: /);
    for (const p of [ps[az - 1]!, ps[az]!]) {
      expect(pPrOf(p)).toContain("<w:keepNext/>");
      expect(pPrOf(p)).toContain("<w:keepLines/>");
    }
    expect(textOf(ps[az - 1]!)).toContain("Das kostenlose Handbuch");
  });

  it("keeps headings and guidance notes with what follows, through their styles", () => {
    const styles = pretty(parts["word/styles.xml"]!);
    for (const id of ["Heading1", "Heading2", "Heading3", "Ausfuellhinweis", "TableHeading"]) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
      expect(style, id).toContain("<w:keepNext/>");
    }
    // A lead-in ending in a colon stays with its list.
    const lead = paragraphs(doc).find((p) => textOf(p).includes("dargestellt:"))!;
    expect(pPrOf(lead)).toContain("<w:keepNext/>");
  });

  it("gives line spacing as a multiple, so a title over several lines does not overprint", () => {
    expect(parts["word/styles.xml"]).toMatch(/<w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/);
  });
});

describe("a circular without models, on another subject", () => {
  const transport: Circular = {
    ...circular441,
    id: "nahverkehr",
    title: "Hinweise zur Aufstellung kommunaler Nahverkehrspläne",
    category: "Wirtschaft und Verkehr",
    body: [{ type: "paragraph", text: "Viele Kreise schreiben ihre Nahverkehrspläne fort." }],
    models: [],
    publication: null,
  };

  it("has no models section and does not ask about integration work", async () => {
    const text = textOf((await unzipDocx(await renderDocx(transport)))["word/document.xml"]!);
    expect(text).not.toMatch(/Organisationsmodell|unser Modell|Referenz: Die Modelle|Sprachförderung|Integrationsarbeit|Migrantenorganisationen/);
    expect(text).toContain("Maßnahmen");
    expect(text).toContain("welche Stelle federführend ist");
    expect(text).toContain("Der Referenzteil am Ende gibt die Mitteilung im Wortlaut wieder.");
    // The file reference still closes the circular.
    expect(text).toContain("Az.: I/1 800");
  });
});

describe("plainTocEntries", () => {
  it("leaves a document without a table of contents alone", () => {
    const xml = "<w:body><w:p><w:r><w:tab/></w:r></w:p></w:body>";
    expect(plainTocEntries(xml)).toBe(xml);
  });
});
