import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { beforeAll, describe, expect, it } from "vitest";
import { hyphenationPieces } from "./hyphenate.js";
import { renderDocx } from "./index.js";
import { plainTocEntries } from "./internals/xml-rewrites.js";
import { paragraphs, pretty, textOf, unzipDocx } from "./testing/unzip.js";

/** The table of contents: the content control of Word's "Table of Contents" gallery. */
const tocOf = (xml: string) => (xml.match(/<w:sdt>[\s\S]*?<\/w:sdt>/g) ?? []).find((sdt) => sdt.includes('<w:docPartGallery w:val="Table of Contents"/>'))!;

/** The w:pPr of a paragraph, or "" when it has none. */
const pPrOf = (p: string) => /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? "";

describe("layout in LibreOffice and Word", () => {
  let parts: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    parts = await unzipDocx(await renderDocx(circular441));
    doc = parts["word/document.xml"]!;
  });

  it("never hyphenates table text, contact lines or addresses automatically", () => {
    const styles = pretty(parts["word/styles.xml"]!);
    const style = (id: string) => styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
    for (const id of ["TableText", "Angabe"]) expect(style(id), id).toContain("<w:suppressAutoHyphens/>");
    // Every paragraph in a table is in a style based on Tabellentext.
    for (const id of ["TableHeading", "TableList"]) expect(style(id)).toContain('<w:basedOn w:val="TableText"/>');
    for (const table of doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
      for (const p of paragraphs(table)) expect(p).toMatch(/<w:pStyle w:val="Table(Text|Heading|List)"\/>/);
    }
    // An e-mail or web address in running text has no language: Word and LibreOffice leave it whole.
    expect(style("Adresse")).toContain('<w:lang w:val="zxx"/>');
    const url = paragraphs(doc).find((p) => textOf(p).includes("im Internet (www.mgsff.nrw.de)"))!;
    expect(url).toMatch(/<w:rStyle w:val="Adresse"\/><\/w:rPr><w:t xml:space="preserve">www\.mgsff\.nrw\.de<\/w:t>/);
  });

  it("gives the contact column room for an ordinary e-mail address and phone number on one line", () => {
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("Organisationseinheit"))!;
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 10 pt table text; 0.6 em per character is wider than Source Sans 3 and its fallbacks set these addresses.
    const needed = (text: string) => text.length * 0.6 * 10 * 20 + 2 * 85;
    for (const value of ["integration@musterstadt.example", "0211 123456-0"]) expect(widths[2]).toBeGreaterThanOrEqual(needed(value));
  });

  it("hyphenates the table headings by soft hyphens only, without changing them", () => {
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("Organisationseinheit"))!;
    const head = table.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(head).toContain("<w:softHyphen/>");
    expect(textOf(head).replace(/\s+/g, " ").trim()).toBe("Organisationseinheit Aufgaben Ansprechperson und Kontakt");
  });

  it("cuts only long words and only where the text stays the same", () => {
    expect(hyphenationPieces("kurz und knapp")).toEqual(["kurz und knapp"]);
    const pieces = hyphenationPieces("die ausschließlich im Migrationsbereich tätig sind, www.example-verwaltung.de");
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe("die ausschließlich im Migrationsbereich tätig sind, www.example-verwaltung.de");
    for (const piece of pieces.slice(1)) expect(piece).not.toMatch(/^\s/);
  });

  it("writes the table of contents entries without tab leaders or empty page numbers, as a TOC field still", () => {
    const sdt = tocOf(doc);
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
    expect(entries.map((p) => textOf(p).trim())).toEqual(expect.arrayContaining(["1 Ausgangslage", "2.1 Unsere Organisation und Begründung", "3 Zuständigkeiten", "7.2 Stadt Essen", "8.2 Das Handbuch"]));
    // The TOC styles keep the right tab with dot leader for the updated table.
    const styles = pretty(parts["word/styles.xml"]!);
    for (const id of ["TOC1", "TOC2"]) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
      expect(style).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/);
    }
  });

  it("says under the table of contents how to get the page numbers", () => {
    const after = doc.slice(doc.indexOf(tocOf(doc)) + tocOf(doc).length);
    const note = paragraphs(after)[0]!;
    expect(note).toContain('<w:pStyle w:val="Ausfuellhinweis"/>');
    expect(textOf(note)).toMatch(/Seitenzahlen.*F9.*Extras › Aktualisieren/);
  });

  it("keeps the file reference, the source and the circular's last paragraph together", () => {
    const ps = paragraphs(doc);
    const az = ps.findIndex((p) => textOf(p).startsWith("Az.: "));
    expect(az).toBeGreaterThan(0);
    expect(textOf(ps[az + 1]!)).toMatch(/^Quelle: /);
    for (const p of [ps[az - 1]!, ps[az]!]) expect(pPrOf(p)).toContain("<w:keepNext/>");
    expect(pPrOf(ps[az - 1]!)).toContain("<w:keepLines/>");
    // The file reference's own lines stay together through its style.
    expect(pPrOf(ps[az]!)).toContain('<w:pStyle w:val="Aktenzeichen"/>');
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="Aktenzeichen">(?:(?!<\/w:style>).)*<w:keepLines\/>/);
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
    expect(text).toContain("Umsetzung vor Ort");
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
