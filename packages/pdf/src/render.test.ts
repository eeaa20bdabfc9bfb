import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { circular441 } from "@handreichung/content/data";
import type { Circular } from "@handreichung/content";
import { describe, expect, it, vi } from "vitest";
import { renderPdf, UnknownModelError } from "./index.js";
import { flatten, makePng, outlineTitles, pageCount, pdfText, run, structTree, tempPdf, textOf } from "./testing/pdf-tools.js";

const SOURCE = "/work/shared/seed/000_ef6309266876cf8d.txt";
const CHECK = "/work/shared/checks/pdf_check.py";
const DATE = "2024-03-01";

const profile = {
  name: "Stadt Musterstadt",
  kind: "Stadt" as const,
  department: "Amt für Integration und Vielfalt",
  contact: { person: "Erika Mustermann", phone: "0231 123-4567", email: "integration@musterstadt.de", address: "Rathausplatz 1, 44100 Musterstadt" },
  website: "www.musterstadt.de",
  date: "2025-02-14",
};
const logo = { data: makePng(240, 96), format: "png" as const, width: 240, height: 96, alt: "Wappen der Stadt Musterstadt" };

function pdfCheck(path: string): string {
  try {
    return execFileSync("python3", [CHECK, path, "--source", SOURCE], { encoding: "utf8" });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

describe("the built-in circular", async () => {
  const path = tempPdf(await renderPdf(circular441, { date: DATE, compress: false }), "builtin");

  it("passes pdf_check (tags, language, title, XMP, fonts, every source sentence)", () => {
    expect(pdfCheck(path)).toMatch(/^pdf_check: ok/m);
  });

  it("has 2 to 4 A4 pages", () => {
    expect(pageCount(path)).toBeGreaterThanOrEqual(2);
    expect(pageCount(path)).toBeLessThanOrEqual(4);
    expect(run("pdfinfo", [path])).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it("is tagged Document > H1, H2 per model inside a Sect, and lists as L > LI > Lbl + LBody", () => {
    const tree = structTree(path);
    expect(tree.children.map((n) => n.role)).toEqual(["Document"]);
    const doc = tree.children[0]!;
    const all = flatten(doc);
    expect(all.filter((n) => n.role === "H1").map(textOf)).toEqual(["Handbuch Integrationsarbeit"]);
    const sects = doc.children.filter((n) => n.role === "Sect");
    expect(sects.map((s) => textOf(s.children[0]!))).toEqual(["Stadt Arnsberg", "Stadt Essen", "Kreis Paderborn", "Stadt Wuppertal", "Bestellung", "Fundstelle"]);
    expect(sects.every((s) => s.children[0]!.role === "H2")).toBe(true);
    for (const list of all.filter((n) => n.role === "L")) {
      expect(list.children.length).toBeGreaterThan(0);
      for (const li of list.children) {
        expect(li.role).toBe("LI");
        expect(li.children.map((c) => c.role)).toEqual(["Lbl", "LBody"]);
      }
    }
    // The first heading is the H1; no heading level is skipped.
    const levels = all.filter((n) => /^H\d$/.test(n.role)).map((n) => Number(n.role.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l).toBeLessThanOrEqual(levels[i - 1]! + 1));
  });

  it("keeps header and footer out of the structure", () => {
    const text = textOf(structTree(path));
    expect(text).not.toContain("Seite 1 von");
    expect(text).not.toContain("Quelle:");
  });

  it("reads in order: title, body, the models in source order, ordering information", () => {
    const text = pdfText(path).replace(/\s+/g, " ");
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = ["Handbuch Integrationsarbeit", "Das neu erstellte Handbuch", "Das Buch", "Stadt Arnsberg", "Stadt Essen", "Kreis Paderborn", "Stadt Wuppertal", "Bestellung", "Fundstelle"].map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    expect(text).toContain("Az.: I/1 800");
    expect(text).toContain("Mitteilungen – Recht, Personal, Organisation");
  });

  it("embeds Source Sans 3 subsets with Unicode maps and no standard font", () => {
    const rows = run("pdffonts", [path]).split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+SourceSans3/);
      const cols = row.split(/\s+/);
      expect(cols.slice(-5, -2)).toEqual(["yes", "yes", "yes"]);
    }
  });

  it("has a bookmark for the title and every heading, nested under the title", () => {
    expect(outlineTitles(path)).toEqual([
      { title: "Handbuch Integrationsarbeit", depth: 0 },
      ...["Stadt Arnsberg", "Stadt Essen", "Kreis Paderborn", "Stadt Wuppertal", "Bestellung", "Fundstelle"].map((title) => ({ title, depth: 1 })),
    ]);
  });

  it('prints the source and "Seite X von Y" on every page', () => {
    const pages = pageCount(path);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(path, p);
      expect(text).toContain(`Seite ${p} von ${pages}`);
      expect(text).toContain("Quelle: StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    }
  });

  it("writes the PDF/UA catalogue entries (checked on the uncompressed file)", async () => {
    const raw = Buffer.from(await renderPdf(circular441, { date: DATE, compress: false })).toString("latin1");
    expect(raw).toContain("/Lang (de-DE)");
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/S \/Document/);
    expect(raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(raw).toMatch(/\/Artifact <<\s*\/Type \/Pagination/);
    expect(raw).toContain("/Subtype /Type0");
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
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

  it("stamps the date as UTC midnight in Info", async () => {
    const path = tempPdf(await renderPdf(circular441, { date: DATE }));
    expect(run("pdfinfo", ["-isodates", path])).toMatch(/CreationDate:\s+2024-03-01T00:00:00Z/);
  });

  it("defaults the date to the circular's", async () => {
    const path = tempPdf(await renderPdf(circular441));
    expect(run("pdfinfo", ["-isodates", path])).toMatch(/CreationDate:\s+2004-05-26T00:00:00Z/);
  });
});

describe("personalisation", async () => {
  const path = tempPdf(await renderPdf(circular441, { date: DATE, profile, logo, compress: false }), "personal");
  const chosen = tempPdf(await renderPdf(circular441, { date: DATE, profile, models: ["wuppertal", "essen"] }), "chosen");

  it("passes pdf_check", () => {
    expect(pdfCheck(path)).toMatch(/^pdf_check: ok/m);
  });

  it("shows the logo as a Figure with alt text, and name, department, contact and Stand", () => {
    const raw = run("pdfinfo", ["-struct", path]);
    expect(raw).toMatch(/Figure/);
    const rawPdf = readFileSync(path).toString("latin1");
    expect(rawPdf).toMatch(/\/S \/Figure[\s\S]{0,200}\/Alt/);
    const text = pdfText(path).replace(/\s+/g, " ");
    for (const s of ["Stadt Musterstadt", "Amt für Integration und Vielfalt", "Kontakt", "Erika Mustermann", "0231 123-4567", "integration@musterstadt.de", "Stand: 14.02.2025"]) {
      expect(text).toContain(s);
    }
  });

  it("renders only the chosen models, in the chosen order", () => {
    const text = pdfText(chosen).replace(/\s+/g, " ");
    expect(text.indexOf("Stadt Wuppertal")).toBeLessThan(text.indexOf("Stadt Essen"));
    expect(text).not.toContain("Kreis Paderborn");
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
    const before = tempPdf(await fresh(generic({ title: "İstanbul", body: [{ type: "paragraph", text: "İstanbul" }] }), { date: DATE, onWarning: () => {} }), "decomposed");
    expect(pdfText(before)).toContain("İstanbul");
    const after = tempPdf(await fresh(generic({ title: "Integration", body: [{ type: "paragraph", text: "Ideen in Iserlohn" }] }), { date: DATE }), "after");
    expect(pdfText(after)).toContain("Integration");
    expect(pdfText(after)).toContain("Ideen in Iserlohn");
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
    const path = tempPdf(await renderPdf(generic({ body }), { date: DATE }), "long");
    const pages = pageCount(path);
    expect(pages).toBeGreaterThanOrEqual(30);
    for (const p of [1, 2, Math.floor(pages / 2), pages]) expect(pdfText(path, p)).toContain(`Seite ${p} von ${pages}`);
    const outline = outlineTitles(path);
    expect(outline).toHaveLength(1 + 30 * 2 + 1);
    expect(outline.filter((o) => o.depth === 1)).toHaveLength(31);
    expect(outline.filter((o) => o.depth === 2)).toHaveLength(30);
    expect(run("qpdf", ["--check", path])).toContain("No syntax or stream encoding errors");
  });

  it("leaves out title-block lines whose data is null", async () => {
    const path = tempPdf(await renderPdf(generic(), { date: DATE }));
    const text = pdfText(path);
    expect(text).not.toContain("Az.:");
    expect(text).not.toContain("Mitteilungen –");
    expect(text).toContain("Eine Mitteilung ohne Modelle");
    expect(pageCount(path)).toBe(1);
  });

  it("tags an H3 without an H2 before it as H2, so no level is skipped", async () => {
    const path = tempPdf(await renderPdf(generic({ body: [{ type: "heading", level: 3, text: "Nur H3" }, { type: "paragraph", text: "Text." }] })));
    const roles = flatten(structTree(path)).map((n) => n.role);
    expect(roles).toContain("H2");
    expect(roles).not.toContain("H3");
  });

  it("reports characters no font has, once, and survives hostile text", async () => {
    const warnings: string[] = [];
    const hostile = "Emoji 😀 CJK 漢字 RTL עברית العربية ctrl\u0007 zw\u200b\u200d\ufeff " + "Donaudampfschifffahrtsgesellschaftskapitän".repeat(12) + " https://example.org/" + "a".repeat(400);
    const started = performance.now();
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
    expect(performance.now() - started).toBeLessThan(25_000);
    const path = tempPdf(bytes, "hostile");
    expect(run("qpdf", ["--check", path])).toContain("No syntax or stream encoding errors");
    const missing = warnings.filter((w) => w.includes("no glyph"));
    expect(missing).toHaveLength(1);
    for (const ch of ["😀", "漢", "ע", "ع"]) expect(missing[0]).toContain(ch);
    expect(warnings.some((w) => w.includes("U+0007") && w.includes("U+200B"))).toBe(true);
    // The long word is cut to fit: no text runs past the right margin.
    const bbox = run("pdftotext", ["-bbox", "-f", "1", "-l", "1", path, "-"]);
    const xMax = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(xMax).toBeLessThanOrEqual(595.28 - 60);
    expect(pageCount(path)).toBeGreaterThan(100);
  });
});
