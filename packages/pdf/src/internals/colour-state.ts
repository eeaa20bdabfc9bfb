// pdfkit writes "/DeviceRGB cs r g b scn" whenever a colour is set: also when
// it is the colour in effect, and also when nothing is painted in it before
// the next one (the renderer sets a style's colour while it measures text, and
// per line). The handout's pages held twice as many colour operators as
// painting ones. This writes a fill colour only when something is painted in
// it and it is not the colour in effect already, and a stroke colour only when
// it changes. It relies on how pdfkit 0.20.2 works: fill() and stroke() set
// their colour through fillColor()/strokeColor(), text and images are drawn
// between save() and restore(), and every q and Q goes through those two;
// internals/colour-state.test.ts fails when that changes.
import { PdfkitShapeError } from "./pdfkit.js";

interface Colours {
  fill: string | null;
  stroke: string | null;
}

interface ColourMethods {
  fillColor(color: unknown, opacity?: number): unknown;
  strokeColor(color: unknown, opacity?: number): unknown;
  fill(color?: unknown, rule?: unknown): unknown;
  fillAndStroke(fillColor?: unknown, strokeColor?: unknown, rule?: unknown): unknown;
  save(): unknown;
  restore(): unknown;
  addPage(options?: unknown): unknown;
  switchToPage(n: number): unknown;
}

const METHODS = ["fillColor", "strokeColor", "fill", "fillAndStroke", "save", "restore", "addPage", "switchToPage"] as const;
const RULE = /(even-?odd)|(non-?zero)/;

/**
 * A key for a colour pdfkit always writes: hex ("#1d4f7a") or an RGB or CMYK
 * array. null for anything else (named and spot colours, gradients,
 * patterns), which is written at once and makes the colour unknown.
 */
function keyOf(color: unknown): string | null {
  if (typeof color === "string") return /^#(?:[0-9a-f]{3}){1,2}$/i.test(color) ? color.toLowerCase() : null;
  if (Array.isArray(color) && (color.length === 3 || color.length === 4) && color.every((c) => typeof c === "number")) return color.join(" ");
  return null;
}

/**
 * Makes `doc` write colours only where they change what is painted. A fill
 * colour is held until something is painted (text, images and glyph runs
 * begin with save(); shapes end with fill()) and written then if it differs
 * from the one in effect. After q/Q the colour in effect is the one before q;
 * on a new page, and on a page switched back to, it is unknown, and a colour
 * held but not yet written is dropped, as pdfkit would have written it on the
 * page before: set a colour there before painting.
 */
export function writeColoursWherePainted(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as ColourMethods;
  for (const name of METHODS) if (typeof d[name] !== "function") throw new PdfkitShapeError(`PDFDocument#${name} is missing`);
  const original: ColourMethods = { fillColor: d.fillColor, strokeColor: d.strokeColor, fill: d.fill, fillAndStroke: d.fillAndStroke, save: d.save, restore: d.restore, addPage: d.addPage, switchToPage: d.switchToPage };
  const unknown = (): Colours => ({ fill: null, stroke: null });
  let current = unknown();
  let saved: Colours[] = [];
  let held: { color: unknown; key: string } | null = null;

  const writeHeld = () => {
    if (held && held.key !== current.fill) {
      original.fillColor.call(d, held.color);
      current = { ...current, fill: held.key };
    }
    held = null;
  };
  d.fillColor = function (this: ColourMethods, color: unknown, opacity?: number) {
    const key = keyOf(color);
    // An opacity goes into a graphics state of its own: written at once, as is a colour without a key.
    if (key !== null && opacity == null) {
      held = { color, key };
      return this;
    }
    held = null;
    const result = original.fillColor.call(this, color, opacity);
    current = { ...current, fill: key };
    return result;
  };
  d.strokeColor = function (this: ColourMethods, color: unknown, opacity?: number) {
    const key = keyOf(color);
    if (key !== null && opacity == null && current.stroke === key) return this;
    const result = original.strokeColor.call(this, color, opacity);
    current = { ...current, stroke: key };
    return result;
  };
  d.fill = function (this: ColourMethods, color?: unknown, rule?: unknown) {
    if (typeof color === "string" && RULE.test(color)) return d.fill.call(this, undefined, color);
    if (color) this.fillColor(color);
    writeHeld();
    return original.fill.call(this, undefined, rule);
  };
  d.fillAndStroke = function (this: ColourMethods, fillColor?: unknown, strokeColor?: unknown, rule?: unknown) {
    // pdfkit's own reading of the arguments; its colours set through the methods above.
    if (strokeColor == null) strokeColor = fillColor;
    if (typeof fillColor === "string" && RULE.test(fillColor)) [rule, fillColor] = [fillColor, null];
    if (typeof strokeColor === "string" && RULE.test(strokeColor)) [rule, strokeColor] = [strokeColor, fillColor];
    if (fillColor) {
      this.fillColor(fillColor);
      this.strokeColor(strokeColor);
    }
    writeHeld();
    return original.fillAndStroke.call(this, null, null, rule);
  };
  d.save = function (this: ColourMethods) {
    writeHeld();
    saved.push(current);
    return original.save.call(this);
  };
  d.restore = function (this: ColourMethods) {
    current = saved.pop() ?? unknown();
    return original.restore.call(this);
  };
  const newPage = () => {
    current = unknown();
    saved = [];
    held = null;
  };
  d.addPage = function (this: ColourMethods, options?: unknown) {
    const result = original.addPage.call(this, options);
    newPage();
    return result;
  };
  d.switchToPage = function (this: ColourMethods, n: number) {
    const result = original.switchToPage.call(this, n);
    newPage();
    return result;
  };
}
