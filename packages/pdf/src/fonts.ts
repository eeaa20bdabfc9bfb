import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ParsedFont } from "./internals/pdfkit.js";
import type { FontRole } from "./theme.js";

export type { ParsedFont };

const FILES: Record<FontRole, string> = {
  regular: "400Regular/SourceSans3_400Regular.ttf",
  italic: "400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  semibold: "600SemiBold/SourceSans3_600SemiBold.ttf",
  bold: "700Bold/SourceSans3_700Bold.ttf",
};

export const FONT_ROLES = Object.keys(FILES) as FontRole[];

// Font files are read once per process: a batch of many municipalities renders many PDFs.
const cache = new Map<FontRole, Buffer>();

/** The TTF bytes of one Source Sans 3 cut (OFL, from the npm font package). */
export function fontData(role: FontRole): Buffer {
  let data = cache.get(role);
  if (!data) {
    const require = createRequire(import.meta.url);
    data = readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${FILES[role]}`));
    cache.set(role, data);
  }
  return data;
}


// Parsed fonts are reused by later documents (pdfkit accepts a parsed font
// as source): parsing four cuts costs more than setting the whole handout.
const parsed = new Map<FontRole, ParsedFont>();

/** What to register a cut under: the parsed font once there is one, else the file's bytes. */
export function fontSource(role: FontRole): ParsedFont | Buffer {
  return parsed.get(role) ?? fontData(role);
}

/** True when `font` is the parsed font later documents reuse for `role`. */
export function fontIsShared(role: FontRole, font: ParsedFont): boolean {
  return parsed.get(role) === font;
}

/** Remembers the font pdfkit parsed for `role`, for the next document. */
export function rememberParsed(role: FontRole, font: ParsedFont): void {
  if (!parsed.has(role)) parsed.set(role, font);
}

// Advance widths at 1 pt by cut, so that measuring a word costs one lookup after the first time.
const widths = new Map<FontRole, Map<string, number>>();

/** A width cache for one cut; entries are widths at a font size of 1 pt. */
export function widthCache(role: FontRole): Map<string, number> {
  let m = widths.get(role);
  if (!m) widths.set(role, (m = new Map()));
  // Hostile input (10,000 distinct tokens) must not grow it without bound.
  if (m.size > 50_000) m.clear();
  return m;
}

// pdfkit shapes every word with fontkit (OpenType lookups) and caches the
// glyph runs per font object, i.e. per document. The runs depend only on the
// parsed font, which later documents share, so the cache is shared too: in a
// batch, shaping was a quarter of the render time.
const layoutCaches = new Map<FontRole, Record<string, unknown>>();

/** The shared glyph-run cache for one cut, in the shape pdfkit's EmbeddedFont keeps it. */
export function sharedLayoutCache(role: FontRole): Record<string, unknown> {
  let cache = layoutCaches.get(role);
  // Hostile input (many distinct words) must not grow it without bound.
  if (!cache || Object.keys(cache).length > 50_000) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(role, cache);
  }
  return cache;
}
