import { loadAsset } from "@handreichung/assets";
import type { ParsedFont } from "./internals/pdfkit.js";
import { FONTKIT_VERSION } from "./shaping/fontkit-version.js";
import { shapingTableFor, type ShapingTable } from "./shaping/table.js";
import type { FontRole } from "./theme.js";

export type { ParsedFont };

/** Each cut's file, as an asset path (Source Sans 3, OFL, from the npm font package). */
const FILES: Record<FontRole, string> = {
  regular: "@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf",
  italic: "@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  semibold: "@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf",
  bold: "@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf",
};

export const FONT_ROLES = Object.keys(FILES) as FontRole[];

/** Every font file the renderer may load, for a page that must serve them. */
export const FONT_ASSETS: readonly string[] = Object.values(FILES);

/**
 * The shaping table `pnpm build` makes of a cut (scripts/emit-shaping.mjs),
 * as an asset path: `@handreichung/pdf/shaping/SourceSans3_400Regular.json`.
 */
export function shapingAsset(fontAsset: string): string {
  const file = fontAsset.slice(fontAsset.lastIndexOf("/") + 1).replace(/\.ttf$/, "");
  return `@handreichung/pdf/shaping/${file}.json`;
}

/** Every shaping table, for a page that must serve them. */
export const SHAPING_ASSETS: readonly string[] = FONT_ASSETS.map(shapingAsset);

// Font files are loaded once per process: a batch of many municipalities renders many PDFs.
const data = new Map<FontRole, Uint8Array>();
const tables = new Map<FontRole, ShapingTable | null>();

/**
 * Loads the TTF bytes of every cut and its shaping table (once); renderPdf
 * awaits it before it creates a document. A table that is missing (not
 * built, not served) or was made from another font file or fontkit is not
 * used: fontkit shapes everything, to the same result.
 */
export async function loadFonts(): Promise<void> {
  await Promise.all(
    FONT_ROLES.filter((role) => !data.has(role)).map(async (role) => {
      const [bytes, table] = await Promise.all([loadAsset(FILES[role], import.meta.url), loadAsset(shapingAsset(FILES[role]), import.meta.url).catch(() => null)]);
      tables.set(role, shapingTableFor(table, bytes, FONTKIT_VERSION));
      data.set(role, bytes);
    }),
  );
}

/** The shaping table of a cut, or null when fontkit shapes all its text; loadFonts must have finished. */
export function shapingTable(role: FontRole): ShapingTable | null {
  return tables.get(role) ?? null;
}

/** The TTF bytes of one cut; loadFonts must have finished. */
export function fontData(role: FontRole): Uint8Array {
  const bytes = data.get(role);
  if (!bytes) throw new Error(`font "${role}" is not loaded: await loadFonts() first`);
  return bytes;
}


// Parsed fonts are reused by later documents (pdfkit accepts a parsed font
// as source): parsing four cuts costs more than setting the whole handout.
const parsed = new Map<FontRole, ParsedFont>();

/** What to register a cut under: the parsed font once there is one, else the file's bytes. */
export function fontSource(role: FontRole): ParsedFont | Uint8Array {
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
