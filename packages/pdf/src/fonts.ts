/// <reference path="./fontkit.d.ts" />
import { loadAsset } from "@handreichung/assets";
import { create as parseFont } from "fontkit";
import { presetHeader } from "./internals/fontkit.js";
import type { FontFile, ParsedFont } from "./internals/pdfkit.js";
import { FONTKIT_VERSION } from "./shaping/fontkit-version.js";
import { shapingTableFor, type ShapingTable } from "./shaping/table.js";
import { FILES, FONT_ROLES, shapingAsset } from "./font-files.js";
import { KeptAcrossDocuments } from "./kept-across-documents.js";
import type { FontRole } from "./theme.js";

export type { ParsedFont };
export { FONT_ASSETS, FONT_ROLES, SHAPING_ASSETS, shapingAsset } from "./font-files.js";

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

let tablesEnabled = true;

/** Turns the shaping tables off (tests compare the documents made both ways); fonts parsed before keep theirs. */
export function setShapingTablesEnabled(on: boolean): void {
  tablesEnabled = on;
}

/** The shaping table of a cut, or null when fontkit shapes all its text; loadFonts must have finished. */
export function shapingTable(role: FontRole): ShapingTable | null {
  return tablesEnabled ? (tables.get(role) ?? null) : null;
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

/**
 * What to register a cut under: the parsed font once there is one; else,
 * with a shaping table, the font parsed here with the table's header (its
 * `name` and `post` tables are then not decoded); else the file's bytes.
 */
export function fontSource(role: FontRole): ParsedFont | Uint8Array {
  const known = parsed.get(role);
  if (known) return known;
  const table = shapingTable(role);
  if (!table) return fontData(role);
  const font = parseFont(fontData(role)) as ParsedFont;
  presetHeader(font, table.header);
  return font;
}

/** True when `font` is the parsed font later documents reuse for `role`. */
export function fontIsShared(role: FontRole, font: ParsedFont): boolean {
  return parsed.get(role) === font;
}

/** Remembers the font pdfkit parsed for `role`, for the next document. */
export function rememberParsed(role: FontRole, font: ParsedFont): void {
  if (!parsed.has(role)) parsed.set(role, font);
}

// What documents share about the text they set, by cut (see kept-across-documents.ts).
const glyphRunCaches = new Map<FontRole, KeptAcrossDocuments<unknown>>();
const widthCaches = new Map<FontRole, KeptAcrossDocuments<number>>();

function keptFor<V>(caches: Map<FontRole, KeptAcrossDocuments<V>>, role: FontRole): KeptAcrossDocuments<V> {
  let cache = caches.get(role);
  if (!cache) caches.set(role, (cache = new KeptAcrossDocuments<V>()));
  return cache;
}

/** The glyph runs of one cut (pdfkit's, by text) that documents share. */
export const glyphRuns = (role: FontRole): KeptAcrossDocuments<unknown> => keptFor(glyphRunCaches, role);

/** The widths of words in one cut at a font size of 1 pt, so that measuring a word costs one lookup after the first time. */
export const wordWidths = (role: FontRole): KeptAcrossDocuments<number> => keptFor(widthCaches, role);

// The font files embedded so far, by cut: see shareFontFiles.
const fontFiles = new Map<FontRole, Map<string, FontFile>>();

/** The font files of one cut kept for later documents (a few subsets, by their glyphs). */
export function sharedFontFiles(role: FontRole): Map<string, FontFile> {
  let files = fontFiles.get(role);
  if (!files) fontFiles.set(role, (files = new Map()));
  return files;
}

