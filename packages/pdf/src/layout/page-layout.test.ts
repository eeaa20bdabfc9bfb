// The printed page as a reader judges it: a measure of 60–80 characters, box
// headings alike, no break within three letters of a compound's joint, and no
// last page that holds only the Fundstelle.
import { breakNearJoint } from "@handreichung/hyphenation";
import { pdfElements, readPdf, type PdfDocument, type PdfPage } from "@handreichung/checks";
import type { Circular } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { makePng } from "../testing/png.js";
import { STYLE } from "../theme.js";

const DATE = "2026-01-15";
const stadt = {
  name: "Musterhausen",
  kind: "Stadt" as const,
  department: "Fachbereich Soziales, Integration und Integrationszentrum",
  contact: { person: "Erika Mustermann", phone: "02345 678-90", email: "integration@musterhausen.de", address: "Rathausplatz 1, 12345 Musterhausen" },
  website: "www.musterhausen.de",
};
const kreis = {
  name: "Hochsauerlandkreis",
  kind: "Kreis" as const,
  department: "Kommunales Integrationszentrum des Hochsauerlandkreises",
  contact: { person: "Maximilian Mustermann-Schulze", phone: "0291 94-1234", email: "kommunales.integrationszentrum.fachdienst-migration@hochsauerlandkreis.de", address: "Steinstraße 27, 59872 Meschede" },
  website: "https://www.hochsauerlandkreis.de/buergerservice/integration-und-migration",
};
// The four looks of the issue: the default, a Stadt with a logo, a "…kreis" with a tall logo and a long e-mail, two models.
const looks: [string, Parameters<typeof renderPdf>[1]][] = [
  ["the default", {}],
  ["a Stadt with logo", { profile: stadt, logo: { data: makePng(240, 96), format: "png", width: 240, height: 96, alt: "Wappen" } }],
  ["a Kreis named …kreis with a tall logo", { profile: kreis, logo: { data: makePng(180, 260, { alpha: true }), format: "png", width: 180, height: 260, alt: "Wappen" } }],
  ["two models", { models: ["essen", "paderborn"] }],
];

interface PrintedLine {
  page: number;
  x: number;
  y: number;
  right: number;
  text: string;
  size: number;
  /** Ends with a hyphen drawn by the renderer (an artifact run of its own). */
  hyphenated: boolean;
}

/** The lines of a page as printed: runs on one baseline in one column, left to right. */
function printedLines(page: PdfPage): PrintedLine[] {
  const rows = new Map<string, PdfPage["runs"]>();
  for (const run of page.runs) {
    const key = run.y.toFixed(1);
    rows.set(key, [...(rows.get(key) ?? []), run]);
  }
  const lines: PrintedLine[] = [];
  for (const runs of rows.values()) {
    runs.sort((a, b) => a.x - b.x);
    // Runs more than a word space apart are separate columns (a detail row's label and value).
    let group: typeof runs = [];
    const flush = () => {
      if (group.length === 0) return;
      const last = group[group.length - 1]!;
      lines.push({ page: page.number, x: group[0]!.x, y: group[0]!.y, right: last.x + last.width, text: group.map((r) => r.str).join(""), size: group[0]!.size, hyphenated: last.str === "-" && group.length > 1 });
      group = [];
    };
    for (const run of runs) {
      const prev = group[group.length - 1];
      if (prev && run.x - (prev.x + prev.width) > 8) flush();
      group.push(run);
    }
    flush();
  }
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

const render = async (options: Parameters<typeof renderPdf>[1], circular: Circular = circular441) => readPdf(await renderPdf(circular, { date: DATE, ...options }), { fonts: false, colors: true });

describe.each(looks)("%s", async (_, options) => {
  const doc = await render(options);
  const lines = doc.pages.flatMap(printedLines);

  it("keeps 2 to 4 pages", () => {
    expect(doc.pageCount).toBeGreaterThanOrEqual(2);
    expect(doc.pageCount).toBeLessThanOrEqual(4);
  });

  it("sets body text at a measure of 60–80 characters: full lines of 11 pt text hold 60–80 (median and nine in ten)", () => {
    const body = lines.filter((l) => l.size === STYLE.body.size);
    // A full line reaches (nearly) the right edge of its column; a paragraph's last line does not.
    const edge = Math.max(...body.map((l) => l.right));
    const full = body.filter((l) => l.right >= edge - 0.1 * (edge - l.x) && l.x < edge - 300);
    const counts = full.map((l) => [...l.text.trimEnd()].length).sort((a, b) => a - b);
    expect(counts.length).toBeGreaterThan(10);
    const median = counts[counts.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(80);
    const within = counts.filter((c) => c >= 60 && c <= 80).length;
    expect(within / counts.length, `full lines by length: ${counts.join(", ")}`).toBeGreaterThanOrEqual(0.9);
    expect(counts[counts.length - 1]).toBeLessThanOrEqual(85);
  });

  it("never breaks a word within three letters of a compound's joint (Integrationszen-trum)", () => {
    // The handout hyphenates: without hyphenated lines this would check nothing.
    expect(lines.filter((l) => l.hyphenated).length).toBeGreaterThan(0);
    const bad: string[] = [];
    lines.forEach((line, i) => {
      if (!line.hyphenated) return;
      const next = lines.slice(i + 1).find((l) => l.page === line.page && Math.abs(l.x - line.x) < 20 && l.y < line.y) ?? lines.find((l) => l.page === line.page + 1);
      const head = line.text.slice(0, -1).split(" ").pop()!.replace(/^[„(]+/, "");
      const tail = (next?.text ?? "").split(" ")[0]!.replace(/[“),.;:]+$/, "");
      if (breakNearJoint(head + tail, head.length) === "near") bad.push(`${head}-${tail}`);
    });
    expect(bad).toEqual([]);
  });

  it("gives every box heading (models, Bestellung, Kontakt) the same colour", () => {
    const headings = ["Stadt Arnsberg", "Stadt Essen", "Kreis Paderborn", "Stadt Wuppertal", "Bestellung", "Kontakt"];
    const colours = doc.pages.flatMap((p) => p.textColors ?? []).filter((t) => headings.includes(t.text.trim()));
    expect(colours.length).toBeGreaterThanOrEqual(3);
    expect(new Set(colours.map((c) => c.color))).toEqual(new Set([STYLE.boxTitle.color]));
  });

  it("does not end on a page that holds only the Fundstelle", () => {
    expect(onlyFundstelle(doc)).toBe(false);
  });
});

/** Whether the last page's tagged content is the Fundstelle alone. */
function onlyFundstelle(doc: PdfDocument): boolean {
  const last = doc.pages[doc.pages.length - 1]!;
  const top = pdfElements({ ...doc, pages: [last] }).filter((n) => n.text.trim() !== "");
  const first = last.tree?.children[0]?.children.filter((n) => n.text.trim() !== "") ?? [];
  return first.length === 1 && first[0]!.role === "Sect" && first[0]!.children[0]?.text.trim() === "Fundstelle" && top.length > 0;
}

describe("the Fundstelle is kept with what precedes it", () => {
  // Bodies of growing length: at some length the Fundstelle would land on a page of its own.
  const generic = (paragraphs: number): Circular => ({
    ...circular441,
    body: Array.from({ length: paragraphs }, (_, i) => ({ type: "paragraph" as const, text: `Absatz ${i + 1}. ` + "Die Kommunen organisieren ihre Integrationsarbeit als Querschnittsaufgabe mit hoher Vernetzung der Fachdienste. ".repeat(3) })),
    models: [],
    publication: null,
  });

  it("for every length of body from one to forty paragraphs", async () => {
    const alone: number[] = [];
    for (let n = 1; n <= 40; n++) if (onlyFundstelle(await render({}, generic(n)))) alone.push(n);
    expect(alone).toEqual([]);
  });
});
