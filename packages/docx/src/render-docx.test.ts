import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocx, formatFindings, seedText } from "@handreichung/checks";
import { DateError, PLACEHOLDERS, renderDocx, UnknownModelError, unfilledPlaceholders } from "./index.js";
import { fullProfile, tinyPng } from "./testing/fixtures.js";
import { paragraphs, pretty, textOf, unzipDocx, usedStyles } from "./testing/unzip.js";

/** Every piece of source text of a circular, as it must appear word for word. */
function sourceTexts(c: Circular): string[] {
  const out: string[] = [c.title];
  for (const b of c.body) {
    if (b.type === "paragraph" || b.type === "quote" || b.type === "heading") out.push(b.text);
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
    for (const [id, name] of [
      ["Title", "Title"],
      ["Heading1", "heading 1"],
      ["Heading2", "heading 2"],
      ["Heading3", "heading 3"],
      ["ListBullet", "List Bullet"],
      ["Ausfuellhinweis", "Ausfüllhinweis"],
    ]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">\\s*<w:name w:val="${name}"/>`, "i"));
    }
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="Platzhalter">\s*<w:name w:val="Platzhalter"\/>/);
    const used = usedStyles(doc);
    for (const id of ["Title", "Heading1", "Heading2", "ListBullet", "Ausfuellhinweis", "Quote", "TableHeading"]) expect(used).toContain(id);
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

  it("has every placeholder of the manifest, each in the placeholder character style", () => {
    const runs = doc.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const placeholderRuns = runs.filter((r) => /\{\{/.test(textOf(r)));
    expect(placeholderRuns.length).toBeGreaterThanOrEqual(PLACEHOLDERS.length);
    for (const r of placeholderRuns) expect(r).toContain('<w:rStyle w:val="Platzhalter"/>');
    const text = textOf(parts["word/document.xml"]!);
    for (const { key } of PLACEHOLDERS) expect(text).toContain(`{{${key}}}`);
  });

  it("has a responsibilities table whose header row repeats", () => {
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const table = tables.find((t) => textOf(t).includes("Organisationseinheit"));
    expect(table).toBeDefined();
    const firstRow = table!.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(firstRow).toContain("<w:tblHeader/>");
    expect(textOf(firstRow).replace(/\s+/g, " ").trim()).toBe("Organisationseinheit Aufgaben Ansprechperson Kontakt");
  });

  it("sets the document properties, German language and hyphenation", () => {
    const core = parts["docProps/core.xml"]!;
    expect(core).toContain("<dc:title>Handbuch Integrationsarbeit – Arbeitsvorlage</dc:title>");
    expect(core).toContain("<dc:subject>Arbeitsvorlage zur StGB NRW-Mitteilung 441/2004 vom 26.05.2004</dc:subject>");
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
    expect(tocText).toEqual(expect.arrayContaining(["Zweck und Gebrauch dieser Vorlage", "Zuständigkeiten", "Stadt Essen", "Referenz: Die Mitteilung im Wortlaut"]));
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
  it("leaves no placeholder when the profile has every field, and shows the logo with alt text", async () => {
    const parts = await unzipDocx(await renderDocx(circular441, { profile: fullProfile, logo: tinyPng, date: "2024-03-01" }));
    const text = textOf(parts["word/document.xml"]!);
    expect(text).not.toContain("{{");
    expect(text).toContain("Stadt Musterstadt");
    expect(text).toContain("01.03.2024");
    expect(text).toContain("integration@musterstadt.example");
    const header = Object.entries(parts).find(([n]) => n.startsWith("word/header"))![1];
    expect(header).toContain('descr="Wappen der Stadt Musterstadt"');
    expect(textOf(header)).toContain("Stadt Musterstadt");
    expect(parts["docProps/core.xml"]).toContain("Arbeitsvorlage für Stadt Musterstadt");
    expect(unfilledPlaceholders(fullProfile)).toEqual([]);
  });

  it("keeps exactly the placeholders a partial profile lacks", async () => {
    const profile = { name: "Beispielkreis", kind: "Kreis" as const, department: "Kreissozialamt" };
    const text = textOf((await unzipDocx(await renderDocx(circular441, { profile })))["word/document.xml"]!);
    const left = [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
    expect(left).toEqual(unfilledPlaceholders(profile).sort());
    expect(left).toContain("telefon");
    expect(left).not.toContain("kommune");
    expect(text).toContain("Kreis Beispielkreis");
  });

  it("fills 'stand' from the render date when the profile has none", () => {
    expect(unfilledPlaceholders({ name: "X" })).toContain("stand");
    expect(unfilledPlaceholders({ name: "X" }, { date: "2024-01-02" })).not.toContain("stand");
    expect(unfilledPlaceholders(undefined)).toEqual(PLACEHOLDERS.map((p) => p.key));
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
  it("compares the selected models in the given order", async () => {
    const doc = (await unzipDocx(await renderDocx(circular441, { models: ["wuppertal", "essen"] })))["word/document.xml"]!;
    const table = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => textOf(t).includes("unser Modell"))!;
    const head = textOf(table.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0]).replace(/\s+/g, " ").trim();
    expect(head).toBe("Stadt Wuppertal Stadt Essen");
    // The circular in full still has every model.
    expect(textOf(doc)).toContain("Der Kreis Paderborn setzt auf Bündelung aller Kräfte im sozialen Bereich.");
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
  };

  it("leaves out what it lacks instead of showing it empty", async () => {
    const parts = await unzipDocx(await renderDocx(generic));
    const doc = parts["word/document.xml"]!;
    const text = textOf(doc);
    expect(text).not.toMatch(/null|undefined|Az\.:|Referenz: Die Modelle|unser Modell|Das Handbuch/);
    // No models: no section to choose one, and no integration-specific wording.
    expect(text).not.toMatch(/Organisationsmodell|Sprachförderung|Integrationsarbeit|Migrantenorganisationen/);
    expect(text).toContain("welche Stelle federführend ist");
    expect(text).toContain("Ein Zitat.");
    expect(doc).toContain('<w:pStyle w:val="ListNumber"/>');
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
    const parts = await unzipDocx(await renderDocx(circular, { onWarning: (m) => warnings.push(m), profile: fullProfile }));
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/U\+0000/);
    expect(parts["word/document.xml"]).toContain("ABCDE &lt;b&gt; &amp; ]]&gt; {{kommune}} \u{1F600}");
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
