// A shaping table: what fontkit's OpenType shaping does to the text of one
// font cut, precomputed by `pnpm build` (build-table.ts) so that most text is
// laid out without parsing GSUB and GPOS at run time. It holds the lookups of
// the plan fontkit runs for each script, as data; a lookup the table cannot
// replay exactly is a guard: text that reaches it is shaped by fontkit.

import { SortedLookup } from "./sorted-lookup.js";

/** The table format this code reads and writes. */
export const SHAPING_TABLE_FORMAT = 1;

/** Position fields a pair adjustment may change, as fontkit names them in a value record. */
export type ValueField = "xAdvance" | "yAdvance" | "xPlacement" | "yPlacement";

/** A pair adjustment subtable of format 1: explicit second glyphs per first glyph. */
export interface PairGlyphsSubtable {
  format: 1;
  /** The fields of the first and the second glyph's value record, in this order in each entry. */
  fields1: ValueField[];
  fields2: ValueField[];
  /** First glyph → [second glyph, ...values1, ...values2, second glyph, ...]. */
  sets: Record<number, number[]>;
}

/** A pair adjustment subtable of format 2: classes of the first and second glyph. */
export interface PairClassSubtable {
  format: 2;
  fields1: ValueField[];
  fields2: ValueField[];
  /** The glyphs the subtable covers (it applies only to these as first glyph). */
  coverage: number[];
  /** [glyph, class, glyph, class, ...]; a glyph not listed is class 0. */
  class1: number[];
  class2: number[];
  class2Count: number;
  /** Class 1 → [class 2, ...values1, ...values2, class 2, ...] for the class-2 entries that are not all zero. */
  rows: Record<number, number[]>;
}

export type PairSubtable = PairGlyphsSubtable | PairClassSubtable;

/** One lookup of the plan, in the order fontkit applies them. */
export type ShapingOp =
  /** A lookup that may change the text in a way not replayed here: fontkit shapes the run. */
  | { guard: number[] }
  /** Single substitution, one map per subtable: [from, to, from, to, ...]. */
  | { single: number[][] }
  /** Ligature substitution, per subtable: first glyph → [[ligature, ...components], ...] in the font's order. */
  | { ligature: Record<number, number[][]>[] }
  /** Pair adjustment (kerning). */
  | { pair: PairSubtable[] };

/** The substitutions and positionings of one script's plan, as indexes into the table's ops (scripts share most). */
export interface ShapingProgram {
  gsub: number[];
  gpos: number[];
}

export interface ShapingTableMeta {
  format: number;
  /** The fontkit version the table was made with; another fontkit means the plain path. */
  fontkit: string;
  /** The font file's fingerprint (see fontFingerprint). */
  font: string;
}

/**
 * What pdfkit reads of the font when it embeds it, from two tables fontkit
 * decodes whole (the glyph names of `post`, every string of `name`): 25–35 ms
 * of a cold start per cut. The rest of `post` is decoded when asked for.
 */
export interface FontHeader {
  postscriptName: string;
  /** The scalar fields of the `post` table as fontkit decodes it (version, italicAngle, isFixedPitch, ...). */
  post: Record<string, number | string | boolean>;
}

export interface ShapingTable {
  meta: ShapingTableMeta;
  header: FontHeader;
  /** The script tags fontkit detects; index into it from `cmap`. */
  scripts: string[];
  /** The tag fontkit gives a run with no script of its own (only digits, spaces, punctuation). */
  noScript: string;
  /** The characters the table can shape: [code point, glyph id, script index or -1 for none, ...]. */
  cmap: number[];
  /** Every distinct lookup of all programs. */
  ops: ShapingOp[];
  /** Script tag → its program. */
  programs: Record<string, ShapingProgram>;
}

/**
 * A fingerprint of a TrueType/OpenType file: its length and every table's
 * tag, checksum and length from the table directory. Reading it costs
 * nothing; any change to the font's tables changes it.
 */
export function fontFingerprint(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) return `${bytes.byteLength}`;
  const numTables = view.getUint16(4);
  const parts = [String(bytes.byteLength)];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (at + 16 > bytes.byteLength) break;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    parts.push(`${tag}:${view.getUint32(at + 4).toString(16)}:${view.getUint32(at + 12)}`);
  }
  return parts.join(" ");
}

/**
 * The table in `json` when it was made by this code from exactly this font
 * file with this fontkit; else null, and the renderer shapes with fontkit.
 */
export function shapingTableFor(json: Uint8Array | null, fontBytes: Uint8Array, fontkitVersion: string): ShapingTable | null {
  if (!json) return null;
  let table: ShapingTable;
  try {
    table = JSON.parse(new TextDecoder().decode(json)) as ShapingTable;
  } catch {
    return null;
  }
  const meta = table?.meta;
  if (!meta || meta.format !== SHAPING_TABLE_FORMAT || meta.fontkit !== fontkitVersion || meta.font !== fontFingerprint(fontBytes)) return null;
  return lookupsAreSorted(table) ? table : null;
}

/** The fast shaper looks glyphs up by binary search in the table's flat lists (sorted-lookup.ts): each must be sorted by its key. */
function lookupsAreSorted(table: ShapingTable): boolean {
  if (!SortedLookup.isSorted(table.cmap, 3)) return false;
  for (const op of table.ops) {
    if ("single" in op && !op.single.every((flat) => SortedLookup.isSorted(flat, 2))) return false;
    if ("pair" in op) {
      for (const s of op.pair) {
        if (s.format === 2 && !(SortedLookup.isSorted(s.coverage, 1) && SortedLookup.isSorted(s.class1, 2) && SortedLookup.isSorted(s.class2, 2))) return false;
      }
    }
  }
  return true;
}
