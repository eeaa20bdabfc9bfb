// The one place the renderer changes fontkit's behaviour: getGlyph and layout, on the
// parsed fonts pdfkit hands out. fontkit comes with the pinned pdfkit;
// internals/fontkit.test.ts fails with a clear message when its shape changes.

interface Glyph {
  codePoints: number[];
  constructor: new (id: number, codePoints: number[], font: unknown) => Glyph;
}
interface GlyphFont {
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}

const exact = new WeakSet<object>();

/**
 * Makes a glyph asked for with code points an object that has exactly
 * those, whatever fontkit cached for its id first. fontkit keeps one glyph
 * object per id, with the code points of the text it first came from, and
 * parsed fonts are shared by every document of a process (a batch, the web
 * page's worker) — so one document's text decided what later documents'
 * text layers said:
 * - Source Sans 3 takes ạ apart into a and a dot below to stack a second
 *   mark (ccmp): the glyph a, first asked for that way, read as "ạ" in every
 *   later "Leitfaden".
 * - Subsetting "İ" takes that composite glyph apart and caches its part I
 *   without code points: every later "I" was missing from the text layer.
 * - Noto's Arabic fonts draw ڕ as the glyph of ر plus a mark: ڕ and ر would
 *   read as each other (internals/glyph-run.ts gives each pair an entry).
 */
export function exactGlyphCodePoints(font: object): void {
  if (exact.has(font)) return;
  const f = font as GlyphFont;
  if (typeof f.getGlyph !== "function") {
    throw new Error("fontkit internals changed: the parsed font has no getGlyph(id, codePoints) (see packages/pdf/src/internals/fontkit.ts)");
  }
  exact.add(font);
  const original = f.getGlyph.bind(f);
  const made = new Map<string, Glyph>();
  f.getGlyph = (id, codePoints = []) => {
    const glyph = original(id, codePoints);
    if (!glyph || codePoints.length === 0) return glyph;
    if (glyph.codePoints.length === codePoints.length && glyph.codePoints.every((cp, i) => cp === codePoints[i])) return glyph;
    const key = `${id}:${codePoints.join(",")}`;
    let own = made.get(key);
    if (!own) made.set(key, (own = new glyph.constructor(id, codePoints, f)));
    return own;
  };
}

/** A shaper that gives fontkit's result for the text it knows, else null. */
export interface LayoutShortcut {
  layout(text: string): unknown;
  /** True when the shortcut knows the character (and so the font has it); undefined when fontkit must answer. */
  has(codePoint: number): boolean | undefined;
}

interface LayoutFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const shortcuts = new WeakSet<object>();

/**
 * Lets a shortcut (made once per parsed font) answer the parsed font's layout calls that pdfkit makes
 * (text, no user features, script and language left to fontkit) where it
 * can; fontkit answers the rest, and every call with features. The answers
 * are the same (shaping/fast-shaper.test.ts): only the work differs.
 */
export function layoutThrough(font: object, makeShortcut: () => LayoutShortcut): void {
  if (shortcuts.has(font)) return;
  const f = font as LayoutFont;
  if (typeof f.layout !== "function" || typeof f.hasGlyphForCodePoint !== "function") {
    throw new Error("fontkit internals changed: the parsed font has no layout(text, features) or hasGlyphForCodePoint (see packages/pdf/src/internals/fontkit.ts)");
  }
  shortcuts.add(font);
  const shortcut = makeShortcut();
  const layout = f.layout.bind(f);
  const has = f.hasGlyphForCodePoint.bind(f);
  f.layout = (text, features, ...rest) => {
    const plain = typeof text === "string" && rest.length === 0 && (features == null || (Array.isArray(features) && features.length === 0));
    return (plain && shortcut.layout(text)) || layout(text, features, ...rest);
  };
  f.hasGlyphForCodePoint = (codePoint) => shortcut.has(codePoint) ?? has(codePoint);
}

/** What presetHeader needs of fontkit's TTFFont: its decoded-table cache and its table decoder. */
interface TableFont {
  _tables?: Record<string, unknown>;
  _decodeTable?: (entry: unknown) => Record<string, unknown>;
  directory?: { tables?: Record<string, unknown> };
}

/**
 * Gives a freshly parsed font its PostScript name and the scalar fields of
 * its `post` table from a precomputed header, so fontkit does not decode the
 * whole `name` and `post` tables (every string, every glyph name) for them.
 * The rest of `post` (the glyph names) is decoded by fontkit on first use.
 */
export function presetHeader(font: object, header: { postscriptName: string; post: Record<string, unknown> }): void {
  const f = font as TableFont;
  const entry = f.directory?.tables?.post;
  if (!f._tables || typeof f._tables !== "object" || typeof f._decodeTable !== "function" || !entry) {
    throw new Error("fontkit internals changed: the parsed font has no _tables, _decodeTable or directory.tables.post (see packages/pdf/src/internals/fontkit.ts)");
  }
  if ("post" in f._tables) return;
  let full: Record<string, unknown> | undefined;
  const decoded = () => (full ??= f._decodeTable!(entry));
  const post: Record<string, unknown> = { ...header.post };
  // The list fields of post versions 2, 2.5 and 4, decoded as fontkit would when first read.
  for (const key of ["glyphNameIndex", "names", "offsets", "map"]) {
    if (key in post) continue;
    Object.defineProperty(post, key, { enumerable: true, configurable: true, get: () => decoded()[key] });
  }
  f._tables.post = post;
  Object.defineProperty(font, "postscriptName", { value: header.postscriptName, enumerable: true, configurable: true });
}
