import { blockCircular, multilingualSample, paintedColours } from "@handreichung/checks";
import { parseCircular, parseProfile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { beforeAll, describe, expect, it } from "vitest";
import { fontData, loadFonts } from "../fonts.js";
import { writeColoursWherePainted } from "./colour-state.js";
import { drawGlyphRun } from "./glyph-run.js";
import { PDFDocument } from "./pdfkit-build.js";
import { renderPdf } from "../index.js";

beforeAll(() => loadFonts());

/** Draws the same page content with pdfkit as it is, and with repeated colours skipped. */
async function drawn(skip: boolean): Promise<Uint8Array> {
  const doc = new PDFDocument({ compress: false, bufferPages: true, font: null as unknown as string });
  if (skip) writeColoursWherePainted(doc);
  doc.registerFont("regular", fontData("regular") as Buffer);
  doc.font("regular").fontSize(11);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  const dark = "#1b1f24";
  const accent = "#1d4f7a";
  doc.fillColor(dark).fillColor(dark).text("eins", 72, 72).fillColor(dark).text("zwei", 72, 90);
  doc.rect(72, 110, 100, 2).fill(accent);
  doc.text("drei (in the colour the rule left)", 72, 120);
  doc.fillColor(dark).text("vier", 72, 140);
  doc.save().fillColor(accent).text("fünf, inside q", 72, 160).restore();
  doc.fillColor(accent).text("sechs: after Q the colour is the one before q again", 72, 180);
  doc.lineWidth(1).strokeColor(accent).moveTo(72, 200).lineTo(200, 200).stroke();
  doc.strokeColor(accent).moveTo(72, 204).lineTo(200, 204).stroke(accent);
  doc.fillColor(dark).rect(72, 206, 10, 10).fill("even-odd");
  doc.rect(90, 206, 10, 10).fillAndStroke(accent, dark);
  doc.fillColor(dark).fillColor(accent).rect(110, 206, 10, 10).fillAndStroke("#b9c7d6");
  doc.fillColor(dark).fillColor(accent, 0.5).text("sieben, half transparent", 72, 220).fillColor(accent).text("still half", 72, 230);
  doc.fillColor("red").text("acht, a named colour", 72, 240);
  doc.fillColor([27, 31, 36]).text("neun, as an array", 72, 260).fillColor([27, 31, 36]);
  drawGlyphRun(doc, "zehn, a glyph run", 72, 290);
  doc.fillColor("#b9c7d6").text("elf: page 1 ends in this colour", 72, 310);
  doc.addPage();
  doc.fillColor(accent).text("page 2 starts in black: the colour is written again", 72, 72);
  doc.text("a long paragraph that pdfkit continues on a page of its own ".repeat(220), 72, 90, { width: 400 });
  doc.fillColor(accent).text("the page pdfkit added starts in black too", 72, 400);
  doc.switchToPage(0);
  doc.fillColor(accent).text("back on page 1, whatever its colour was at its end", 72, 700);
  doc.end();
  return done;
}

describe("writeColoursWherePainted (pdfkit 0.20: fill/stroke set colours through fillColor/strokeColor, q/Q go through save/restore)", () => {
  it("paints everything in the colours pdfkit alone gives, with no colour operator that changes nothing or is never painted in", async () => {
    const [plain, skipped] = await Promise.all([drawn(false), drawn(true)]);
    const before = await paintedColours(plain);
    const after = await paintedColours(skipped);
    expect(before.painted.length).toBeGreaterThan(20);
    expect(new Set(before.painted.map((p) => p.page)).size).toBeGreaterThanOrEqual(3);
    // If this fails after a pdfkit upgrade, pdfkit sets colours or writes q/Q another way: adapt internals/colour-state.ts.
    expect(after.painted).toEqual(before.painted);
    expect(before.redundant).toBeGreaterThan(0);
    expect(before.unused).toBeGreaterThan(0);
    expect({ redundant: after.redundant, unused: after.unused, where: after.unusedAt }).toEqual({ redundant: 0, unused: 0, where: [] });
    expect(after.colourOperators).toBeLessThan(before.colourOperators);
  });

  it("names the method when pdfkit no longer has it", () => {
    const doc = new PDFDocument({ font: null as unknown as string });
    (doc as unknown as { save: unknown }).save = undefined;
    expect(() => writeColoursWherePainted(doc)).toThrow("pdfkit internals changed: PDFDocument#save is missing");
  });
});

describe("the handout's colour operators", () => {
  it("set each colour once, where something is painted in it: never while text is measured", async () => {
    const sample = multilingualSample();
    const blocks = blockCircular([
      { type: "heading", level: 2, text: "Zuständigkeiten" },
      { type: "table", headerRow: true, rows: [["Kreis", "Betrag"], ["Musterkreis", "1.234,50 €"]] },
      { type: "quote", text: "Ein Zitat mit https://example.org/ darin." },
      { type: "list", ordered: false, items: ["eins", "zwei https://example.org/x"] },
      { type: "paragraph", text: "Absatz mit שלום und مرحبا." },
    ]);
    const documents = [
      await renderPdf(circular441, { date: "2026-01-15" }),
      await renderPdf(parseCircular(sample.circular), { date: "2026-01-15", profile: parseProfile(sample.profile) }),
      await renderPdf(blocks, { date: "2026-01-15" }),
    ];
    for (const pdf of documents) {
      const { painted, redundant, unused, unusedAt, colourOperators } = await paintedColours(pdf);
      expect({ redundant, unused, where: unusedAt }).toEqual({ redundant: 0, unused: 0, where: [] });
      expect(colourOperators).toBeLessThan(painted.length);
    }
  });
});
