import { mirrorOf } from "@handreichung/content/data";
import { drawGlyphRun, glyphRunWidth } from "../internals/glyph-run.js";
import type { FontRole } from "../theme.js";
import type { ChainFont } from "./coverage.js";
import { cutOf } from "./fallback-fonts.js";
import type { DrawRun } from "./line-runs.js";

/** How the caller selects fonts: the registered name of a chain font in the role's weight. */
export type FontName = (font: ChainFont, role: FontRole) => string;

/** A fallback font is registered as "arabic-bold": its family in the role's cut (see fallback-fonts.ts). */
export const fontName: FontName = (font, role) => (isPrimary(font) ? font : cutOf(font, role));

function isPrimary(font: ChainFont): font is FontRole {
  return font === "regular" || font === "italic" || font === "semibold" || font === "bold";
}

// In a right-to-left run brackets were drawn mirrored: they read as the ones written.
const readMirrored = (codePoint: number) => mirrorOf(String.fromCodePoint(codePoint)).codePointAt(0)!;

export interface RunStyle {
  role: FontRole;
  size: number;
}

/** The width in points of a run in `style`. A Source Sans 3 run measures as doc.text sets it; a fallback run whole. */
export function runWidth(doc: PDFKit.PDFDocument, run: Pick<DrawRun, "font" | "shaped" | "level">, style: RunStyle, name: FontName = fontName): number {
  doc.font(name(run.font ?? style.role, style.role)).fontSize(style.size);
  return run.font === null || (isPrimary(run.font) && run.level % 2 === 0) ? doc.widthOfString(run.shaped) : glyphRunWidth(doc, run.shaped);
}

/**
 * Draws the runs of one line, laid out left to right from `x` in display
 * order with their baseline at `baseline`, each in its font; returns the
 * line's width. They are written in logical order, each at its place, so a
 * reader that follows the content (pdf.js, a screen reader) meets the words
 * in the order they are read; within a right-to-left run the glyphs stand in
 * display order, as readers expect and reorder. The caller has opened the
 * marked content the runs belong to. A run this code reversed (a
 * left-to-right word forced right to left) carries its logical text as
 * /ActualText, so it reads as written.
 */
export function drawRuns(doc: PDFKit.PDFDocument, runs: readonly DrawRun[], x: number, baseline: number, style: RunStyle, name: FontName = fontName): number {
  const placed: { run: DrawRun; x: number }[] = [];
  let pen = x;
  for (const run of runs) {
    placed.push({ run, x: pen });
    pen += runWidth(doc, run, style, name);
  }
  placed.sort((a, b) => a.run.start - b.run.start);
  for (const { run, x: at } of placed) {
    doc.font(name(run.font ?? style.role, style.role)).fontSize(style.size);
    if (run.reversed) doc.markContent("Span", { actual: run.logical } as never);
    // Left-to-right Source Sans 3 text goes through doc.text, as all German text does; the rest is written glyph by glyph.
    if (run.font === null || (isPrimary(run.font) && run.level % 2 === 0)) doc.text(run.shaped, at, baseline, { lineBreak: false, baseline: "alphabetic" });
    else drawGlyphRun(doc, run.shaped, at, baseline, run.level % 2 === 1 ? readMirrored : undefined);
    if (run.reversed) doc.endMarkedContent();
  }
  return pen - x;
}
