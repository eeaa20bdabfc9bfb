import { checkPdf, formatFindings, pdfElements, readPdf, seedText, type PdfDocument, type PdfNode } from "@handreichung/checks";
import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it, vi } from "vitest";
import { DateError, renderPdf, UnknownModelError } from "./index.js";
import { makePng } from "./testing/png.js";

const DATE = "2024-03-01";
const MODELS = ["Stadt Arnsberg", "Stadt Essen", "Kreis Paderborn", "Stadt Wuppertal"];

const profile = {
  name: "Stadt Musterstadt",
  kind: "Stadt" as const,
  department: "Amt für Integration und Vielfalt",
  contact: { person: "Erika Mustermann", phone: "0231 123-4567", email: "integration@musterstadt.de", address: "Rathausplatz 1, 44100 Musterstadt" },
  website: "www.musterstadt.de",
  date: "2025-02-14",
};
const logo = { data: makePng(240, 96), format: "png" as const, width: 240, height: 96, alt: "Wappen der Stadt Musterstadt" };

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const allText = (doc: PdfDocument) => oneLine(doc.pages.map((p) => p.text).join("\n"));

/** Every element with its parent, in reading order, over all pages. */
function withParents(doc: PdfDocument): { node: PdfNode; parent: PdfNode | null }[] {
  const out: { node: PdfNode; parent: PdfNode | null }[] = [];
  const walk = (node: PdfNode, parent: PdfNode | null) => {
    out.push({ node, parent });
    for (const child of node.children) walk(child, node);
  };
  for (const page of doc.pages) if (page.tree) for (const top of page.tree.children) walk(top, null);
  return out;
}

describe("the built-in circular", async () => {
  const bytes = await renderPdf(circular441, { date: DATE });
  const doc = await readPdf(bytes);

  it("passes the project's PDF check: tags, language, title, PDF/UA, fonts, artifacts, every source sentence in order", async () => {
    const { findings } = await checkPdf(bytes, { source: seedText(), pages: { min: 2, max: 4 } });
    expect(formatFindings(findings)).toBe("");
  });

  it("has 2 to 4 A4 pages", () => {
    expect(doc.pages.length).toBeGreaterThanOrEqual(2);
    expect(doc.pages.length).toBeLessThanOrEqual(4);
    for (const page of doc.pages) expect([page.width, page.height]).toEqual([595.28, 841.89]);
  });

  it("is tagged Document > H1, H2 first in a Sect per model, and lists as L > LI > Lbl + LBody", () => {
    for (const page of doc.pages) expect(page.tree!.children.map((n) => n.role)).toEqual(["Document"]);
    const all = withParents(doc);
    expect(all.filter(({ node }) => node.role === "H1").map(({ node }) => node.text)).toEqual(["Handbuch Integrationsarbeit"]);
    const h2 = all.filter(({ node }) => node.role === "H2");
    expect(h2.map(({ node }) => node.text)).toEqual([...MODELS, "Bestellung", "Fundstelle"]);
    for (const { node, parent } of h2) {
      expect(parent?.role, node.text).toBe("Sect");
      expect(parent?.children[0], node.text).toBe(node);
    }
    const items = all.filter(({ node }) => node.role === "LI");
    expect(items.length).toBeGreaterThan(10);
    for (const { node, parent } of items) {
      expect(parent?.role).toBe("L");
      // An item continued from the previous page shows only its body there.
      expect([["Lbl", "LBody"], ["LBody"]]).toContainEqual(node.children.map((c) => c.role));
    }
  });

  it("does not split a model's box or the ordering box across pages", () => {
    for (const page of doc.pages) {
      for (const sect of page.tree!.children[0]!.children.filter((n) => n.role === "Sect")) {
        expect(sect.children[0]?.role, `page ${page.number}: a box continued from the page before`).toBe("H2");
      }
    }
  });

  it("keeps header and footer out of the structure, as artifacts on every page", () => {
    expect(doc.taggedText).not.toContain("Seite 1 von");
    expect(doc.taggedText).not.toContain("Quelle:");
    for (const page of doc.pages) {
      const furniture = oneLine(page.artifactText);
      expect(furniture).toContain(`Seite ${page.number} von ${doc.pages.length}`);
      expect(furniture).toContain("Quelle: StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    }
  });

  it("reads in order: title, body, the models in source order, ordering information", () => {
    const text = oneLine(doc.taggedText);
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = ["Handbuch Integrationsarbeit", "Das neu erstellte Handbuch", "Das Buch", ...MODELS, "Bestellung", "Fundstelle"].map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    expect(text).toContain("Az.: I/1 800");
    expect(text).toContain("Mitteilungen – Recht, Personal, Organisation");
  });

  it("shows both subtitles of the handbook as the source writes them, and says so as the Word template does", () => {
    const text = oneLine(doc.taggedText);
    expect(text).toContain("Untertitel Konzepte von Kommunen für Kommunen Konzepte von und für Kommunen (beide so in der Mitteilung genannt)");
    expect(text).toContain("Bestellanschrift Ministerium");
  });

  it("lists Arnsberg's key points as phrases that read on their own", () => {
    // Without white space: a word hyphenated at a line end reads with a line break in the tagged text.
    const bare = (t: string) => t.replace(/\s+/g, "");
    const items = withParents(doc).filter(({ node }) => node.role === "LBody").map(({ node }) => bare(node.text));
    expect(items).toContain(bare("Nach diesem ganzheitlichen Ansatz wurden Ausländeramt, Asylbewerberleistungen und Flüchtlingsleistungen zusammengeführt"));
    expect(items).not.toContain(bare("ganzheitlichen Ansatz"));
  });

  it("embeds Source Sans 3 subsets and no standard font", () => {
    expect(doc.fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of doc.fonts) expect(font).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+SourceSans3-/), embedded: true });
  });

  it("has a bookmark for the title and every heading, nested under the title", () => {
    expect(doc.outline).toEqual([{ title: "Handbuch Integrationsarbeit", depth: 0 }, ...[...MODELS, "Bestellung", "Fundstelle"].map((title) => ({ title, depth: 1 }))]);
  });

  it("says what it is: language, title shown in the title bar, PDF/UA in XMP, tagged", () => {
    expect(doc).toMatchObject({ lang: "de-DE", title: "Handbuch Integrationsarbeit", displayDocTitle: true, marked: true, version: "1.7" });
    expect(doc.xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(doc.xmp).toContain("<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>");
  });

  it("marks page numbers as pagination artifacts (seen in the uncompressed file)", async () => {
    const raw = Buffer.from(await renderPdf(circular441, { date: DATE, compress: false })).toString("latin1");
    expect(raw).toMatch(/\/Artifact <<\s*\/Type \/Pagination/);
  });
});

describe("determinism", () => {
  it("gives the same bytes for the same input and date, whatever the time zone", async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const a = await renderPdf(circular441, { date: DATE });
      process.env.TZ = "America/Los_Angeles";
      const b = await renderPdf(circular441, { date: DATE });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      const other = await renderPdf(circular441, { date: "2024-03-02" });
      expect(Buffer.from(a).equals(Buffer.from(other))).toBe(false);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("stamps the date as UTC midnight in Info, by default the circular's", async () => {
    expect((await readPdf(await renderPdf(circular441, { date: DATE }), { fonts: false })).creationDate).toBe("D:20240301000000Z");
    expect((await readPdf(await renderPdf(circular441), { fonts: false })).creationDate).toBe("D:20040526000000Z");
  });
});

describe("dates", () => {
  it.each(["2024-02-30", "<x>&", "2024-3-1", "26.05.2004", "10000-01-01", "1899-12-31", ""])("rejects %j with E_BAD_DATE before writing anything", async (date) => {
    const error = await renderPdf(circular441, { date }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DateError);
    expect(error).toMatchObject({ code: "E_BAD_DATE" });
    expect((error as Error).message).toMatch(/^date: /);
  });

  it("rejects a profile date it would print as Stand", async () => {
    await expect(renderPdf(circular441, { date: DATE, profile: { ...profile, date: "2025-02-31" } })).rejects.toMatchObject({ code: "E_BAD_DATE", message: expect.stringMatching(/^profile\.date: /) });
  });
});

describe("personalisation", async () => {
  const personal = await readPdf(await renderPdf(circular441, { date: DATE, profile, logo }));
  const chosen = await readPdf(await renderPdf(circular441, { date: DATE, profile, models: ["wuppertal", "essen"] }), { fonts: false });

  it("passes the project's PDF check", async () => {
    const { findings } = await checkPdf(await renderPdf(circular441, { date: DATE, profile, logo }), { source: seedText(), pages: { min: 2, max: 4 } });
    expect(formatFindings(findings)).toBe("");
  });

  it("shows the logo as a Figure with alt text, and name, department, contact and Stand", () => {
    expect(pdfElements(personal).filter((n) => n.role === "Figure").map((n) => n.alt)).toEqual(["Wappen der Stadt Musterstadt"]);
    const text = oneLine(personal.taggedText);
    for (const s of ["Stadt Musterstadt", "Amt für Integration und Vielfalt", "Kontakt", "Erika Mustermann", "0231 123-4567", "integration@musterstadt.de", "Stand: 14.02.2025"]) {
      expect(text).toContain(s);
    }
  });

  it("renders only the chosen models, in the chosen order", () => {
    // The model sections' headings, not the sentence before them that names the selection.
    const headings = pdfElements(chosen)
      .filter((n) => n.role === "H2")
      .map((n) => oneLine(n.text));
    const sectionOf = (place: string) => headings.findIndex((h) => h.includes(place));
    expect(sectionOf("Wuppertal"), headings.join(" | ")).toBeGreaterThanOrEqual(0);
    expect(sectionOf("Wuppertal"), headings.join(" | ")).toBeLessThan(sectionOf("Essen"));
    for (const left of ["Arnsberg", "Paderborn"]) expect(sectionOf(left), headings.join(" | ")).toBe(-1);
    expect(allText(chosen)).not.toContain("Kreis Paderborn");
  });

  it("rejects an unknown model id, naming the valid ones", async () => {
    const err = await renderPdf(circular441, { models: ["essen", "bochum"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownModelError);
    expect(err).toMatchObject({ code: "E_UNKNOWN_MODEL", id: "bochum" });
    expect(String((err as Error).message)).toContain("arnsberg, essen, paderborn, wuppertal");
  });

  it("rejects a logo that is no image with a coded error", async () => {
    const bad = { ...logo, data: new Uint8Array([1, 2, 3, 4]) };
    await expect(renderPdf(circular441, { profile, logo: bad })).rejects.toMatchObject({ code: "E_BAD_LOGO" });
  });
});

/** A plain circular: no models, no publication, nothing optional. */
function generic(over: Partial<Circular> = {}): Circular {
  return {
    id: "test",
    issuer: "Städte- und Gemeindebund Nordrhein-Westfalen",
    series: "StGB NRW-Mitteilung",
    category: null,
    number: null,
    year: null,
    date: null,
    title: "Eine Mitteilung ohne Modelle",
    fileReference: null,
    body: [{ type: "paragraph", text: "Ein einziger Absatz." }],
    models: [],
    publication: null,
    source: null,
    incomplete: null,
    ...over,
  };
}

describe("other circulars", () => {
  it("keeps every letter in the text layer after text that fontkit shapes by decomposing", async () => {
    // A fresh module graph: fonts parsed anew, as in a new process or a batch worker.
    vi.resetModules();
    const fresh = (await import("./index.js")).renderPdf;
    const before = await readPdf(await fresh(generic({ title: "İstanbul", body: [{ type: "paragraph", text: "İstanbul" }] }), { date: DATE, onWarning: () => {} }), { fonts: false });
    expect(before.taggedText).toContain("İstanbul");
    const after = await readPdf(await fresh(generic({ title: "Integration", body: [{ type: "paragraph", text: "Ideen in Iserlohn" }] }), { date: DATE }), { fonts: false });
    expect(after.taggedText).toContain("Integration");
    expect(after.taggedText).toContain("Ideen in Iserlohn");
  });

  it("sets a long circular over 30+ pages with correct page numbers and bookmarks", async () => {
    const body: Circular["body"] = [];
    for (let s = 1; s <= 30; s++) {
      body.push({ type: "heading", level: 2, text: `Abschnitt ${s}: Verwaltungsvereinfachung` });
      for (let p = 0; p < 4; p++) {
        body.push({ type: "paragraph", text: `Absatz ${s}.${p}. ` + "Die Kommunen organisieren ihre Integrationsarbeit als Querschnittsaufgabe mit hoher Vernetzung der Fachdienste. ".repeat(6) });
      }
      body.push({ type: "heading", level: 3, text: `Unterabschnitt ${s}.1` });
      body.push({ type: "list", ordered: s % 2 === 0, items: Array.from({ length: 6 }, (_, i) => `Punkt ${i + 1} mit Bündelung aller Kräfte im sozialen Bereich`) });
      body.push({ type: "quote", text: "„Ein Zitat aus einem Erlass des Ministeriums, das etwas länger ist, damit es mehrere Zeilen füllt und umbrochen wird.“" });
    }
    const bytes = await renderPdf(generic({ body }), { date: DATE });
    const doc = await readPdf(bytes, { fonts: false });
    expect(doc.pages.length).toBeGreaterThanOrEqual(30);
    const { findings } = await checkPdf(bytes);
    expect(formatFindings(findings)).toBe("");
    expect(doc.outline).toHaveLength(1 + 30 * 2 + 1);
    expect(doc.outline.filter((o) => o.depth === 1)).toHaveLength(31);
    expect(doc.outline.filter((o) => o.depth === 2)).toHaveLength(30);
    expect(pdfElements(doc).filter((n) => n.role === "BlockQuote")).not.toHaveLength(0);
    // Headings are kept with what follows: none ends a page.
    for (const page of doc.pages) {
      const last = pdfElements({ ...doc, pages: [page] }).filter((n) => n.children.length === 0 && n.text.trim() !== "").at(-1);
      expect(last?.role, `page ${page.number} ends with ${last?.role} "${last?.text}"`).not.toMatch(/^H\d$/);
    }
  });

  it("leaves out title-block lines whose data is null", async () => {
    const doc = await readPdf(await renderPdf(generic(), { date: DATE }), { fonts: false });
    const text = allText(doc);
    expect(text).not.toContain("Az.:");
    expect(text).not.toContain("Mitteilungen –");
    expect(text).toContain("Eine Mitteilung ohne Modelle");
    expect(doc.pages).toHaveLength(1);
  });

  it("tags an H3 without an H2 before it as H2, so no level is skipped", async () => {
    const doc = await readPdf(await renderPdf(generic({ body: [{ type: "heading", level: 3, text: "Nur H3" }, { type: "paragraph", text: "Text." }] })), { fonts: false });
    const roles = pdfElements(doc).map((n) => n.role);
    expect(roles).toContain("H2");
    expect(roles).not.toContain("H3");
  });

  it("reports characters no font has, once, and survives hostile text", async () => {
    const warnings: string[] = [];
    // Emoji, Chinese, Hebrew and Arabic have fallback fonts; Devanagari and Ethiopic have none in the chain.
    const hostile = "Emoji 😀 CJK 漢字 RTL עברית العربية Hindi क Ge'ez ሀ ctrl\u0007 zw\u200b\u200d\ufeff " + "Donaudampfschifffahrtsgesellschaftskapitän".repeat(12) + " https://example.org/" + "a".repeat(400);
    const bytes = await renderPdf(
      generic({
        title: `Titel mit ${hostile.slice(0, 40)}`,
        body: [
          { type: "paragraph", text: hostile },
          { type: "list", ordered: true, items: Array.from({ length: 10_000 }, (_, i) => `Punkt ${i}`) },
        ],
      }),
      { date: DATE, onWarning: (m) => warnings.push(m) },
    );
    const missing = warnings.filter((w) => w.includes("no font has a glyph"));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('"क" (U+0915)');
    expect(missing[0]).toContain("ሀ");
    for (const ch of ["😀", "漢", "ע", "ع"]) expect(missing[0]).not.toContain(ch);
    expect(warnings.some((w) => w.includes("U+0007") && w.includes("U+200B"))).toBe(true);
    const doc = await readPdf(bytes, { fonts: false, pages: [1, -2, -1] });
    expect(doc.pageCount).toBeGreaterThan(100);
    // The long word is cut to fit: no text runs past the right margin.
    const xMax = Math.max(...doc.pages[0]!.runs.map((r) => r.x + r.width));
    expect(xMax).toBeLessThanOrEqual(595.28 - 60);
    expect(allText(doc)).toContain("Punkt 9999");
  });
});
