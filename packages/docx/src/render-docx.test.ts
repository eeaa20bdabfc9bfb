import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocx, formatFindings, seedText } from "@handreichung/checks";
import { DateError, PLACEHOLDERS, renderDocx, UnknownModelError, unfilledPlaceholders } from "./index.js";
import { fullProfile, tinyPng } from "./testing/fixtures.js";
import { contentControls, paragraphs, pretty, textOf, unzipDocx, usedStyles } from "./testing/unzip.js";

/** Every piece of source text of a circular, as it must appear word for word. */
function sourceTexts(c: Circular): string[] {
  const out: string[] = [c.title];
  for (const b of c.body) {
    if (b.type === "paragraph" || b.type === "heading") out.push(b.text);
    if (b.type === "quote" && b.text !== undefined) out.push(b.text);
    if (b.type === "list") out.push(...b.items);
  }
  for (const m of c.models) out.push(m.municipality, ...m.text, ...m.keyPoints);
  if (c.publication) out.push(c.publication.text, c.publication.title, ...c.publication.subtitles, ...c.publication.orderAddress);
  return out;
}

describe("the template", () => {
  let parts: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    parts = await unzipDocx(await renderDocx(circular441));
    doc = pretty(parts["word/document.xml"]!);
  });

  it("defines the named styles and uses them", () => {
    const styles = parts["word/styles.xml"]!;
    const style = (type: string, id: string, name: string) => new RegExp(`<w:style w:type="${type}" w:styleId="${id}">\\s*<w:name w:val="${name}"/>`, "i");
    for (const [id, name] of [
      ["Title", "Title"],
      ["Heading1", "heading 1"],
      ["Heading2", "heading 2"],
      ["Heading3", "heading 3"],
      ["ListBullet", "List Bullet"],
      ["ListNumber", "List Number"],
      ["Ausfuellhinweis", "Ausfüllhinweis"],
      ["TableText", "Tabellentext"],
      ["Angabe", "Angabe"],
    ]) {
      expect(styles).toMatch(style("paragraph", id!, name!));
    }
    for (const [id, name] of [
      ["PlaceholderText", "Placeholder Text"],
      ["Strong", "Strong"],
      ["Feldbezeichnung", "Feldbezeichnung"],
      ["Adresse", "Adresse"],
    ]) {
      expect(styles).toMatch(style("character", id!, name!));
    }
    // Strong is a character style only, as in Word.
    expect(styles).not.toMatch(/<w:style w:type="paragraph" w:styleId="Strong">/);
    expect(styles).toMatch(style("table", "Tabelle", "Tabelle Handreichung"));
    const used = usedStyles(doc);
    for (const id of ["Title", "Heading1", "Heading2", "ListBullet", "Ausfuellhinweis", "TableHeading", "TableList", "Angabe", "Eingabe"]) expect(used).toContain(id);
    for (const id of ["PlaceholderText", "Strong", "Feldbezeichnung", "Adresse"]) expect(doc).toContain(`<w:rStyle w:val="${id}"/>`);
  });

  it("numbers List Number through Word numbering, each list from 1", () => {
    const styles = pretty(parts["word/styles.xml"]!);
    const listNumber = styles.slice(styles.indexOf('w:styleId="ListNumber"'), styles.indexOf("</w:style>", styles.indexOf('w:styleId="ListNumber"')));
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(listNumber)?.[1];
    expect(numId).toBeDefined();
    expect(parts["word/numbering.xml"]).toMatch(new RegExp(`<w:num w:numId="${numId}">`));
    expect(parts["word/numbering.xml"]).toMatch(/<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);
  });

  it("numbers headings through Word numbering, not typed digits", () => {
    const styles = pretty(parts["word/styles.xml"]!);
    const heading1 = styles.slice(styles.indexOf('w:styleId="Heading1"'), styles.indexOf("</w:style>", styles.indexOf('w:styleId="Heading1"')));
    expect(heading1).toMatch(/<w:numPr>/);
    expect(parts["word/numbering.xml"]).toMatch(/<w:lvlText w:val="%1\.%2"\/>/);
    const headingTexts = paragraphs(parts["word/document.xml"]!)
      .filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p))
      .map((p) => textOf(p).trim());
    expect(headingTexts).toContain("Zuständigkeiten");
    for (const t of headingTexts) expect(t).not.toMatch(/^\d/);
  });

  it("shows every field through a bound plain-text control that shows its prompt, and no {{…}} text", () => {
    const controls = contentControls(doc).filter((c) => c.bound);
    for (const p of PLACEHOLDERS) {
      const mine = controls.filter((c) => c.tag === p.key);
      expect(mine.length, p.key).toBeGreaterThanOrEqual(1);
      for (const c of mine) {
        expect(c.alias).toBe(p.title);
        expect(c.showingPrompt).toBe(true);
        expect(c.properties).toContain("<w:text/>");
        expect(c.properties).toContain(`w:xpath="/hr:felder[1]/hr:${p.key}[1]"`);
        expect(textOf(c.content)).toBe(`${p.prompt}\n`.trim());
        expect(c.content).toContain('<w:rStyle w:val="PlaceholderText"/>');
      }
    }
    // The name also in the header, bound to the same stored value.
    const header = Object.entries(parts).find(([n]) => n.startsWith("word/header") && n !== "word/header2.xml" && contentControls(parts[n]!).length)![1];
    expect(contentControls(header).map((c) => [c.tag, textOf(c.content)])).toEqual([["kommune", "Name der Kommune"]]);
    for (const xml of Object.values(parts)) expect(textOf(xml)).not.toContain("{{");
  });

  it("stores each field once in a custom XML part that the controls name", () => {
    const store = parts["customXml/item1.xml"]!;
    expect(store).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><felder xmlns="urn:handreichung:felder:1">' + PLACEHOLDERS.map((p) => `<${p.key}/>`).join("") + "</felder>",
    );
    const itemId = /ds:itemID="([^"]+)"/.exec(parts["customXml/itemProps1.xml"]!)![1];
    for (const c of contentControls(doc).filter((c) => c.bound)) expect(c.properties).toContain(`w:storeItemID="${itemId}"`);
    // Every prompt a control refers to is in the glossary.
    const glossary = parts["word/glossary/document.xml"]!;
    for (const c of contentControls(doc).filter((c) => c.tag)) {
      const name = /<w:docPart w:val="([^"]+)"/.exec(c.properties)![1];
      expect(glossary).toContain(`<w:name w:val="${name}"/>`);
    }
    const ids = contentControls(doc).map((c) => /<w:id w:val="(\d+)"/.exec(c.properties)?.[1]).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every section to fill a rich-text control to write in", () => {
    const areas = contentControls(doc).filter((c) => c.tag?.startsWith("abschnitt-"));
    expect(areas.map((c) => c.tag)).toEqual([
      "abschnitt-ausgangslage",
      "abschnitt-organisation",
      "abschnitt-zustaendigkeiten",
      "abschnitt-steuerung",
      "abschnitt-netzwerke",
      "abschnitt-massnahmen",
      "abschnitt-kontakt",
    ]);
    for (const c of areas) {
      expect(c.bound).toBe(false);
      expect(c.properties).not.toContain("<w:text/>");
      expect(c.showingPrompt).toBe(true);
      expect(textOf(c.content)).toMatch(/^Klicken oder tippen Sie hier, um .+\.\n$/);
    }
  });

  it("uses no tool words: Profil, Programm, CLI (the circular's own \"Programmen\" is no tool word)", () => {
    for (const [name, xml] of Object.entries(parts)) {
      if (!/^(word\/(document|header\d*|footer\d*)|docProps\/core)\.xml$/.test(name)) continue;
      const text = name.startsWith("docProps") ? xml : textOf(xml);
      expect(text, name).not.toMatch(/\b(?:Profil|Programm)(?:e|s|es)?\b|\bCLI\b/);
    }
  });

  it("has a responsibilities table whose header row repeats", () => {
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const table = tables.find((t) => textOf(t).includes("Organisationseinheit"));
    expect(table).toBeDefined();
    const firstRow = table!.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(firstRow).toContain("<w:tblHeader/>");
    expect(textOf(firstRow).replace(/\s+/g, " ").trim()).toBe("Organisationseinheit Aufgaben Ansprechperson und Kontakt");
    // Borders and the heading row's shading come from the table style, not the cells.
    expect(table).toContain('<w:tblStyle w:val="Tabelle"/>');
    expect(table).not.toMatch(/<w:tcBorders>|<w:shd |<w:tblBorders>/);
    expect(contentControls(table!).map((c) => c.tag)).toEqual(["amt", "ansprechperson", "telefon", "email"]);
  });

  it("sets the document properties, German language and hyphenation", () => {
    const core = parts["docProps/core.xml"]!;
    expect(core).toContain("<dc:title>Handbuch Integrationsarbeit – Organisation der Integrationsarbeit vor Ort</dc:title>");
    expect(core).toContain("<dc:subject>Umsetzung der StGB NRW-Mitteilung 441/2004 vom 26.05.2004</dc:subject>");
    expect(core).toMatch(/<cp:keywords>[^<]*Stadt Arnsberg[^<]*<\/cp:keywords>/);
    expect(core).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2004-05-26T00:00:00Z<\/dcterms:created>/);
    expect(parts["word/styles.xml"]).toMatch(/<w:lang w:val="de-DE"\/>/);
    expect(parts["word/settings.xml"]).toContain("<w:autoHyphenation/>");
    expect(parts["word/styles.xml"]).toContain('w:ascii="Source Sans 3"');
    expect(parts["word/fontTable.xml"]).toMatch(/<w:font w:name="Source Sans 3">.*<w:family w:val="swiss"\/>/);
  });

  it("has a table of contents field with the headings already in it", () => {
    expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    const tocText = paragraphs(parts["word/document.xml"]!)
      .filter((p) => /<w:pStyle w:val="TOC[12]"\/>/.test(p))
      .map((p) => textOf(p).trim().replace(/^[\d.]+ /, ""));
    expect(tocText).toEqual(expect.arrayContaining(["Ausgangslage", "Zuständigkeiten", "Stadt Essen", "Referenz: Die Mitteilung im Wortlaut", "Das Handbuch"]));
    // The usage notes are no chapter: deleting the notes leaves the table of contents right.
    expect(tocText).not.toContain("Zweck und Gebrauch dieser Vorlage");
  });

  it("numbers the pages in the footer as 'Seite X von Y'", () => {
    const footer = Object.entries(parts).find(([n]) => n.startsWith("word/footer"))![1];
    expect(footer).toMatch(/Seite [\s\S]*PAGE[\s\S]* von [\s\S]*NUMPAGES/);
  });

  it("keeps every sentence of the circular, its citation and file reference", () => {
    const text = textOf(parts["word/document.xml"]!);
    for (const s of sourceTexts(circular441)) expect(text).toContain(s);
    expect(text).toContain("StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    expect(text).toContain("Az.: I/1 800");
    expect(text).toContain("Mitteilungen – Recht, Personal, Organisation");
    // Both subtitles of the handbook, as the circular writes them.
    expect(text).toContain("Konzepte von Kommunen für Kommunen");
    expect(text).toContain("Konzepte von und für Kommunen");
  });
});

describe("filling from a profile", () => {
  it("fills every field, with no prompt and no placeholder style left, and shows the logo with alt text", async () => {
    const parts = await unzipDocx(await renderDocx(circular441, { profile: fullProfile, logo: tinyPng, date: "2024-03-01" }));
    const doc = parts["word/document.xml"]!;
    const bound = contentControls(doc).filter((c) => c.bound);
    expect(new Set(bound.map((c) => c.tag))).toEqual(new Set(PLACEHOLDERS.map((p) => p.key)));
    for (const c of bound) {
      expect(c.showingPrompt, c.tag).toBe(false);
      expect(c.content, c.tag).not.toContain("<w:rPr>");
    }
    const text = textOf(doc);
    expect(text).not.toContain("Klicken oder tippen Sie hier, um den Namen");
    expect(text).toContain("Stadt Musterstadt");
    expect(text).toContain("01.03.2024");
    expect(text).toContain("integration@musterstadt.example");
    expect(parts["customXml/item1.xml"]).toContain("<kommune>Stadt Musterstadt</kommune><stand>01.03.2024</stand><amt>Amt für Integration und Vielfalt</amt>");
    const header = Object.values(parts).find((xml) => xml.includes("<w:hdr") && xml.includes('descr="Wappen der Stadt Musterstadt"'));
    expect(header).toBeDefined();
    expect(textOf(header!)).toContain("Stadt Musterstadt");
    // The cover shows the logo too, large, and has no header of its own.
    expect(doc).toMatch(/<w:pStyle w:val="Titelbild"\/>[\s\S]*?descr="Wappen der Stadt Musterstadt"/);
    expect(doc).toContain("<w:titlePg/>");
    expect(parts["docProps/core.xml"]).toContain("<dc:title>Handbuch Integrationsarbeit – Organisation der Integrationsarbeit in der Stadt Musterstadt</dc:title>");
    expect(unfilledPlaceholders(fullProfile)).toEqual([]);
  });

  it("leaves exactly the fields a partial profile lacks showing their prompt", async () => {
    const profile = { name: "Beispielkreis", kind: "Kreis" as const, department: "Kreissozialamt" };
    const doc = (await unzipDocx(await renderDocx(circular441, { profile })))["word/document.xml"]!;
    const open = [...new Set(contentControls(doc).filter((c) => c.bound && c.showingPrompt).map((c) => c.tag))].sort();
    expect(open).toEqual(unfilledPlaceholders(profile).sort());
    expect(open).toContain("telefon");
    expect(open).not.toContain("kommune");
    // A Kreis named "…kreis" is never "Kreis Beispielkreis".
    expect(textOf(doc)).toContain("Organisation der Integrationsarbeit im Beispielkreis");
    expect(textOf(doc)).not.toContain("Kreis Beispielkreis");
  });

  it("fills 'stand' from the render date when the profile has none", () => {
    expect(unfilledPlaceholders({ name: "X" })).toContain("stand");
    expect(unfilledPlaceholders({ name: "X" }, { date: "2024-01-02" })).not.toContain("stand");
    expect(unfilledPlaceholders(undefined)).toEqual(PLACEHOLDERS.map((p) => p.key));
  });
});

describe("as a Word template (.dotx)", () => {
  it("has the template main content type and otherwise the same parts", async () => {
    const dotx = await unzipDocx(await renderDocx(circular441, { template: true, date: "2024-03-01" }));
    const docx = await unzipDocx(await renderDocx(circular441, { date: "2024-03-01" }));
    expect(dotx["[Content_Types].xml"]).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" PartName="/word/document.xml"/>',
    );
    expect(dotx["[Content_Types].xml"]).not.toContain("wordprocessingml.document.main+xml");
    expect(Object.keys(dotx).sort()).toEqual(Object.keys(docx).sort());
    expect(dotx["word/document.xml"]).toBe(docx["word/document.xml"]);
  });
});

describe("the manifest", () => {
  it("lists unique keys, each with a meaning", () => {
    const keys = PLACEHOLDERS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["kommune", "stand", "amt", "ansprechperson", "telefon", "email", "anschrift"]));
    for (const p of PLACEHOLDERS) expect(p.meaning.length).toBeGreaterThan(10);
  });
});

describe("models", () => {
  it("compares the selected models in the given order, one per row, key points as list items", async () => {
    const doc = (await unzipDocx(await renderDocx(circular441, { models: ["wuppertal", "essen"] })))["word/document.xml"]!;
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("unser Modell"))!;
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(textOf(rows[0]!).replace(/\s+/g, " ").trim()).toBe("Modell Kernpunkte (wörtlich aus der Mitteilung) Wahl");
    expect(rows.slice(1).map((r) => textOf(r).split("\n")[0])).toEqual(["Stadt Wuppertal", "Stadt Essen"]);
    const items = paragraphs(rows[1]!).filter((p) => p.includes('<w:pStyle w:val="TableList"/>'));
    expect(items.map((p) => textOf(p).trim())).toEqual(circular441.models.find((m) => m.id === "wuppertal")!.keyPoints);
    // No typed dashes: the list style bullets them (and names its list directly, for LibreOffice).
    for (const p of items) {
      expect(textOf(p)).not.toMatch(/^[–-] /);
      expect(p).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    }
    // The circular in full still has every model.
    expect(textOf(doc)).toContain("Der Kreis Paderborn setzt auf Bündelung aller Kräfte im sozialen Bereich.");
  });

  it("says which models a selection shows, right after the circular's sentence, and that the wording has all four", async () => {
    const doc = (await unzipDocx(await renderDocx(circular441, { models: ["essen", "paderborn"] })))["word/document.xml"]!;
    const ps = paragraphs(doc).map((p) => textOf(p).trim());
    const lead = ps.indexOf("Beispielhaft werden vier Lösungen „vor Ort“ dargestellt:");
    expect(lead).toBeGreaterThan(0);
    expect(ps[lead + 1]).toBe(
      "Diese Fassung zeigt zwei der vier Modelle der Mitteilung: die Stadt Essen und den Kreis Paderborn. Der Wortlaut der Mitteilung folgt hier mit allen vier.",
    );
    expect(ps).toContain("Diese Fassung zeigt zwei der vier Modelle der Mitteilung: die Stadt Essen und den Kreis Paderborn.");
    expect(textOf(doc)).not.toMatch(/\b\d+ (Beispiele|Modelle)\b/);
    // Without a selection no such note.
    const all = (await unzipDocx(await renderDocx(circular441)))["word/document.xml"]!;
    expect(textOf(all)).not.toContain("Diese Fassung zeigt");
  });

  it("introduces the ordering details as the circular's of 2004", async () => {
    const ps = paragraphs((await unzipDocx(await renderDocx(circular441)))["word/document.xml"]!).map((p) => textOf(p).trim());
    const at = ps.indexOf("Das Handbuch");
    expect(ps[at + 1]).toBe("Die folgenden Bestellangaben stammen aus der Mitteilung von 2004 und wurden seitdem nicht aktualisiert.");
    expect(ps.slice(at + 2)).toEqual(expect.arrayContaining(["Bestellanschrift: Ministerium für Gesundheit, Soziales, Frauen und Familie des Landes NRW, Broschürenstelle, 40190 Düsseldorf"]));
  });

  it("rejects an unknown model id with a typed error listing the valid ones", async () => {
    const error = await renderDocx(circular441, { models: ["bochum"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect((error as UnknownModelError).code).toBe("E_UNKNOWN_MODEL");
    expect((error as UnknownModelError).valid).toEqual(["arnsberg", "essen", "paderborn", "wuppertal"]);
  });
});

describe("a generic circular", () => {
  const generic: Circular = {
    id: "generic",
    issuer: "Ein Verband",
    series: "Rundschreiben",
    category: null,
    number: null,
    year: null,
    date: null,
    title: "Ein Thema",
    fileReference: null,
    body: [
      { type: "heading", level: 2, text: "Erster Teil" },
      { type: "paragraph", text: "Ein Satz." },
      { type: "list", ordered: true, items: ["eins", "zwei"] },
      { type: "quote", text: "Ein Zitat." },
    ],
    models: [],
    publication: null,
    source: null,
    incomplete: null,
  };

  it("leaves out what it lacks instead of showing it empty", async () => {
    const parts = await unzipDocx(await renderDocx(generic));
    const doc = parts["word/document.xml"]!;
    const text = textOf(doc);
    expect(text).not.toMatch(/null|undefined|Az\.:|Referenz: Die Modelle|unser Modell|Das Handbuch|Bestellangaben/);
    // No models: no section to choose one, and no integration-specific wording.
    expect(text).not.toMatch(/Organisationsmodell|Sprachförderung|Integrationsarbeit|Migrantenorganisationen/);
    expect(text).toContain("welche Stelle federführend ist");
    expect(text).toContain("Ein Zitat.");
    // A numbered list of the circular's wording: its numbers typed as published, in the style based on List Number.
    expect(doc).toContain('<w:pStyle w:val="SourceListNumber"/></w:pPr><w:r><w:t xml:space="preserve">1.</w:t><w:tab/>');
    expect(parts["docProps/core.xml"]).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">1970-01-01T00:00:00Z</dcterms:created>");
  });
});

describe("hostile text", () => {
  it("strips what XML cannot hold, warns once, and keeps markup characters literal", async () => {
    const warnings: string[] = [];
    const nasty = "A\u0000B\u0007C\uFFFED\uD800E <b> & ]]> {{kommune}} \u{1F600}";
    const circular: Circular = {
      ...circular441,
      title: nasty,
      body: [{ type: "paragraph", text: nasty }, { type: "list", ordered: false, items: [nasty] }, ...circular441.body],
    };
    const parts = await unzipDocx(await renderDocx(circular, { onWarning: (m) => warnings.push(m), profile: { ...fullProfile, name: "Muster\u0007stadt" } }));
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/U\+0000/);
    expect(parts["word/document.xml"]).toContain("ABCDE &lt;b&gt; &amp; ]]&gt; {{kommune}} \u{1F600}");
    // The name lost its control character once, and agrees in the field and in sentences.
    expect(parts["customXml/item1.xml"]).toContain("<kommune>Stadt Musterstadt</kommune>");
    expect(textOf(parts["word/document.xml"]!)).toContain("So erreichen Sie die Stadt Musterstadt:");
    expect(parts["docProps/core.xml"]).toContain("ABCDE &lt;b&gt;");
  });

  it("renders a 10,000-item list", async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `Punkt ${i} & <mehr>`);
    const doc = (await unzipDocx(await renderDocx({ ...circular441, body: [{ type: "list", ordered: false, items }] })))["word/document.xml"]!;
    expect(doc).toContain("Punkt 9999 &amp; &lt;mehr&gt;");
  });
});

describe("the project's Word check", () => {
  it("finds nothing wrong with the template, every source sentence in it", async () => {
    expect(formatFindings(checkDocx(await renderDocx(circular441, { date: "2024-03-01" }), { source: seedText() }).findings)).toBe("");
  });

  it("finds nothing wrong with a filled template, no field left open", async () => {
    const bytes = await renderDocx(circular441, { profile: fullProfile, logo: tinyPng, date: "2024-03-01" });
    expect(formatFindings(checkDocx(bytes, { source: seedText(), filled: true }).findings)).toBe("");
  });
});

describe("dates", () => {
  it.each(["2024-02-30", "<x>&", "2024-3-1", "10000-01-01", "1899-12-31"])("rejects %j with E_BAD_DATE instead of writing it into XML", async (date) => {
    const error = await renderDocx(circular441, { date }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DateError);
    expect(error).toMatchObject({ code: "E_BAD_DATE", field: "date" });
  });

  it("rejects a profile date it would print as Stand, never writing \"Stand: undefined\"", async () => {
    await expect(renderDocx(circular441, { profile: { ...fullProfile, date: "2024-02-31" } })).rejects.toMatchObject({ code: "E_BAD_DATE", field: "profile.date" });
  });
});
