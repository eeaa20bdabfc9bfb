// How fallback-font runs (Arabic, Hebrew, Chinese, emoji) reach the page: the
// one place that writes text operators itself instead of through doc.text,
// using pdfkit's EmbeddedFont, its subset (fontkit's TTFSubset) and its
// ToUnicode table. pdfkit is pinned (0.20.2); internals/glyph-run.test.ts
// fails with a clear message when their shapes change.
//
// Why not doc.text:
// - pdfkit gives each glyph of the subset one ToUnicode entry, from the first
//   text it came from. Noto's Arabic fonts build many letters from one body
//   and a dot mark (ت, ث, ن, ي share the dotless body), so "مكتب" would read
//   back as "مكيب". Here each glyph gets a subset entry per text it stands
//   for: the same outline twice if it must, and the right letter each time.
// - A dot mark stands for no text of its own. No entry suits every reader:
//   pdf.js reads an empty one as a control character, poppler prints any
//   character it is given. So such a glyph is not text at all: it is drawn
//   as its outline, a filled path, right after the run's text.
// - pdfkit shapes text word by word, which puts the words of a right-to-left
//   run in the wrong order; a run here is shaped whole.
import { PdfkitShapeError } from "./pdfkit.js";

/** The glyph of a run as fontkit gives it. */
interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  path: { toSVG(): string };
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface Subset {
  glyphs: number[];
  mapping: Record<number, number>;
  includeGlyph(id: number): number;
}
/** pdfkit's EmbeddedFont, as far as this module uses it. */
interface EmbeddedFont {
  id: string;
  scale: number;
  font: { unitsPerEm: number };
  subset: Subset;
  widths: number[];
  unicode: number[][];
  layout(text: string, features: unknown[]): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}
interface Doc {
  _font?: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
}

// Per embedded font: the subset index of each (glyph, text) pair.
const entries = new WeakMap<object, Map<string, number>>();

function embedded(doc: PDFKit.PDFDocument): EmbeddedFont {
  const font = (doc as unknown as Doc)._font;
  if (!font || typeof font.layout !== "function" || !font.subset || !Array.isArray(font.subset.glyphs) || typeof font.subset.includeGlyph !== "function") {
    throw new PdfkitShapeError("the current font has no EmbeddedFont#layout or fontkit subset (see packages/pdf/src/internals/glyph-run.ts)");
  }
  if (!Array.isArray(font.unicode) || !Array.isArray(font.widths)) throw new PdfkitShapeError("EmbeddedFont#unicode or #widths (the ToUnicode and width tables) are missing");
  return font;
}

/** The subset index for `glyph` read as `codePoints`: one entry per pair, the outline copied when one glyph stands for two texts. */
function entryFor(font: EmbeddedFont, glyph: Glyph, read: (codePoint: number) => number): number {
  let map = entries.get(font);
  if (!map) entries.set(font, (map = new Map()));
  const text = glyph.codePoints.map(read);
  const key = `${glyph.id}:${text.join(",")}`;
  let gid = map.get(key);
  if (gid === undefined) {
    if (font.subset.mapping[glyph.id] === undefined) gid = font.subset.includeGlyph(glyph.id);
    else {
      // A second text for the same outline: a copy of the glyph in the subset.
      font.subset.glyphs.push(glyph.id);
      gid = font.subset.glyphs.length - 1;
    }
    map.set(key, gid);
    font.widths[gid] = glyph.advanceWidth * font.scale;
    font.unicode[gid] = text;
  }
  return gid;
}

/** The advance width in points of `shaped` in the current font and size, shaped whole. */
export function glyphRunWidth(doc: PDFKit.PDFDocument, shaped: string): number {
  const font = embedded(doc);
  const { positions } = font.layout(shaped, []);
  let width = 0;
  for (const p of positions) width += p.xAdvance;
  return (width * (doc as unknown as Doc)._fontSize) / 1000;
}

const hex = (n: number) => n.toString(16).padStart(4, "0");
const num = (n: number) => String(Math.round(n * 1e4) / 1e4);

/**
 * Draws `shaped` (already in the order fontkit needs, see script/line-runs.ts)
 * in the current font and size with its baseline at `baseline` (from the page
 * top) starting at `x`; returns its width. The fill colour is the document's
 * current one. `read` gives the code point a glyph's code point reads as:
 * a bracket drawn mirrored in right-to-left text reads as the one written.
 */
export function drawGlyphRun(doc: PDFKit.PDFDocument, shaped: string, x: number, baseline: number, read: (codePoint: number) => number = (cp) => cp): number {
  const d = doc as unknown as Doc;
  const font = embedded(doc);
  const { glyphs, positions } = font.layout(shaped, []);
  const size = d._fontSize;
  const scale = size / 1000;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const y = d.page.height - baseline;
  d.save();
  // pdfkit's pages draw from the top left; text is set in PDF's own orientation, as doc.text does it.
  d.transform(1, 0, 0, -1, 0, d.page.height);
  d.addContent("BT");
  d.addContent(`/${font.id} ${num(size)} Tf`);
  // As pdfkit's doc.text writes it: TJ arrays with the shaped advances, a glyph
  // moved off its place (a mark) in a text position of its own.
  let shown: string[] = [];
  let shownAt = x;
  const flush = () => {
    if (shown.length > 0) {
      d.addContent(`1 0 0 1 ${num(shownAt)} ${num(y)} Tm`);
      d.addContent(`[${shown.join(" ")}] TJ`);
    }
    shown = [];
  };
  let pen = x;
  const outlines: { glyph: Glyph; x: number; y: number }[] = [];
  glyphs.forEach((glyph, i) => {
    const p = positions[i]!;
    if (glyph.codePoints.length === 0) {
      outlines.push({ glyph, x: pen + p.xOffset * scale, y: baseline - p.yOffset * scale });
      pen += p.xAdvance * scale;
      return;
    }
    const gid = entryFor(font, glyph, read);
    const rest = p.xAdvance - glyph.advanceWidth * font.scale;
    if (p.xOffset !== 0 || p.yOffset !== 0) {
      flush();
      d.addContent(`1 0 0 1 ${num(pen + p.xOffset * scale)} ${num(y + p.yOffset * scale)} Tm`);
      d.addContent(`[<${hex(gid)}>] TJ`);
      pen += p.xAdvance * scale;
      shownAt = pen;
      return;
    }
    if (shown.length === 0) shownAt = pen;
    // TJ numbers move left by n/1000 em: where the shaped advance differs from the glyph's own.
    shown.push(rest === 0 ? `<${hex(gid)}>` : `<${hex(gid)}> ${num(-rest)}`);
    pen += p.xAdvance * scale;
  });
  flush();
  d.addContent("ET");
  d.restore();
  for (const o of outlines) drawOutline(doc, o.glyph, o.x, o.y, size / font.font.unitsPerEm);
  return pen - x;
}

/** A glyph that stands for no text, drawn as its outline: a path filled in the current colour, origin at (x, y). */
function drawOutline(doc: PDFKit.PDFDocument, glyph: Glyph, x: number, y: number, scale: number): void {
  const svg = glyph.path.toSVG();
  if (svg === "") return;
  doc.save();
  // Font units, y up, to the page's points, y down.
  doc.transform(scale, 0, 0, -scale, x, y);
  doc.path(svg).fill();
  doc.restore();
}
