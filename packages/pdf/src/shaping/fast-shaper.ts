// Replays a shaping table (table.ts): the same glyphs and positions fontkit's
// layout gives, for text the table covers, without parsing GSUB and GPOS.
// Each step mirrors fontkit 2's OTLayoutEngine for the default shaper: glyphs
// from the character map, the GSUB lookups of the script's plan in order,
// initial advances, the GPOS lookups, default ignorables hidden. Whatever the
// table cannot replay makes `layout` return null, and fontkit shapes the text.
import { SortedLookup } from "./sorted-lookup.js";
import type { PairSubtable, ShapingOp, ShapingTable, ValueField } from "./table.js";

/** A glyph as fontkit gives it (fontkit's own objects, from the font's getGlyph). */
export interface FontGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** The parsed font, as far as the shaper needs it: fontkit's glyph objects, cached per id. */
export interface GlyphFont {
  getGlyph(id: number, codePoints?: number[]): FontGlyph;
  glyphForCodePoint(codePoint: number): FontGlyph;
}

/** A glyph position with fontkit's GlyphPosition fields, in its order (pdfkit scales each field it finds). */
export interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The run pdfkit reads from fontkit's layout: glyphs, positions and the total advance. */
export class ShapedRun {
  constructor(
    readonly glyphs: FontGlyph[],
    readonly positions: Position[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

type Op =
  | { kind: "guard"; glyphs: Set<number> }
  | { kind: "single"; subtables: SortedLookup[] }
  | { kind: "ligature"; subtables: Record<number, number[][] | undefined>[] }
  | { kind: "pair"; subtables: Pair[] };

type Pair =
  | { format: 1; n1: number; n2: number; fields1: ValueField[]; fields2: ValueField[]; sets: Record<number, number[] | undefined> }
  | { format: 2; n1: number; n2: number; fields1: ValueField[]; fields2: ValueField[]; coverage: SortedLookup; class1: SortedLookup; class2: SortedLookup; class2Count: number; rows: Record<number, number[] | undefined>; dense: Map<number, Float64Array> };

interface Program {
  gsub: Op[];
  gpos: Op[];
}

function pairOf(s: PairSubtable): Pair {
  const common = { n1: s.fields1.length, n2: s.fields2.length, fields1: s.fields1, fields2: s.fields2 };
  // The table's records, keyed by glyph id, are looked up as they came from JSON: no copy into a Map at load.
  if (s.format === 1) return { format: 1, ...common, sets: s.sets };
  return { format: 2, ...common, coverage: new SortedLookup(s.coverage, 1), class1: new SortedLookup(s.class1, 2), class2: new SortedLookup(s.class2, 2), class2Count: s.class2Count, rows: s.rows, dense: new Map() };
}

function opOf(op: ShapingOp): Op {
  if ("guard" in op) return { kind: "guard", glyphs: new Set(op.guard) };
  if ("single" in op) return { kind: "single", subtables: op.single.map((flat) => new SortedLookup(flat, 2)) };
  if ("ligature" in op) return { kind: "ligature", subtables: op.ligature };
  return { kind: "pair", subtables: op.pair.map(pairOf) };
}

/** A class-1 row with every class 2's values in place (the table keeps only the entries that are not zero), made on first use. */
function denseRow(s: Extract<Pair, { format: 2 }>, class1: number): Float64Array | undefined {
  let row = s.dense.get(class1);
  if (row) return row;
  const sparse = s.rows[class1];
  if (!sparse) return undefined;
  const n = s.n1 + s.n2;
  row = new Float64Array(s.class2Count * n);
  for (let k = 0; k < sparse.length; k += 1 + n) row.set(sparse.slice(k + 1, k + 1 + n), sparse[k]! * n);
  s.dense.set(class1, row);
  return row;
}

/** fontkit's LayoutEngine#isDefaultIgnorable (from DerivedCoreProperties, as HarfBuzz has it). */
function isDefaultIgnorable(ch: number | undefined): boolean {
  if (ch === undefined) return false;
  const plane = ch >> 16;
  if (plane === 0) {
    switch (ch >> 8) {
      case 0x00:
        return ch === 0x00ad;
      case 0x03:
        return ch === 0x034f;
      case 0x06:
        return ch === 0x061c;
      case 0x17:
        return 0x17b4 <= ch && ch <= 0x17b5;
      case 0x18:
        return 0x180b <= ch && ch <= 0x180e;
      case 0x20:
        return (0x200b <= ch && ch <= 0x200f) || (0x202a <= ch && ch <= 0x202e) || (0x2060 <= ch && ch <= 0x206f);
      case 0xfe:
        return (0xfe00 <= ch && ch <= 0xfe0f) || ch === 0xfeff;
      case 0xff:
        return 0xfff0 <= ch && ch <= 0xfff8;
      default:
        return false;
    }
  }
  if (plane === 0x01) return (0x1bca0 <= ch && ch <= 0x1bca3) || (0x1d173 <= ch && ch <= 0x1d17a);
  if (plane === 0x0e) return 0xe0000 <= ch && ch <= 0xe0fff;
  return false;
}

interface Info {
  id: number;
  codePoints: number[];
}

function addValue(position: Position, fields: ValueField[], values: ArrayLike<number>, at: number): void {
  for (let k = 0; k < fields.length; k++) {
    const v = values[at + k]!;
    switch (fields[k]) {
      case "xAdvance":
        position.xAdvance += v;
        break;
      case "yAdvance":
        position.yAdvance += v;
        break;
      case "xPlacement":
        position.xOffset += v;
        break;
      case "yPlacement":
        position.yOffset += v;
        break;
    }
  }
}

/** GPOS pair adjustment at glyph i (the next glyph exists): true when a subtable applied (fontkit stops there). */
function applyPair(subtables: Pair[], ids: number[], positions: Position[], i: number): void {
  const first = ids[i]!;
  const second = ids[i + 1]!;
  for (const s of subtables) {
    if (s.format === 1) {
      const set = s.sets[first];
      if (!set) continue;
      const stride = 1 + s.n1 + s.n2;
      for (let k = 0; k < set.length; k += stride) {
        if (set[k] !== second) continue;
        addValue(positions[i]!, s.fields1, set, k + 1);
        addValue(positions[i + 1]!, s.fields2, set, k + 1 + s.n1);
        return;
      }
      continue;
    }
    if (!s.coverage.has(first)) continue;
    const row = denseRow(s, s.class1.get(first, 0));
    // A row the font has but the table left out holds only zeros.
    if (row) {
      const at = s.class2.get(second, 0) * (s.n1 + s.n2);
      addValue(positions[i]!, s.fields1, row, at);
      addValue(positions[i + 1]!, s.fields2, row, at + s.n1);
    }
    return;
  }
}

/**
 * True when no rule of the table can touch a space that ends a run: no
 * substitution or guard names the space glyph, no ligature has it as a
 * component, no kerning pair has it second. "word " then shapes as "word"
 * followed by the space, as fontkit would shape it whole.
 */
export function trailingSpaceIsInert(table: ShapingTable): boolean {
  const space = spaceGlyphOf(table);
  if (space === undefined) return false;
  for (const op of table.ops) {
    if ("guard" in op) {
      if (op.guard.includes(space)) return false;
    } else if ("single" in op) {
      for (const flat of op.single) for (let i = 0; i < flat.length; i += 2) if (flat[i] === space) return false;
    } else if ("ligature" in op) {
      for (const subtable of op.ligature) {
        if (subtable[space]) return false;
        for (const set of Object.values(subtable)) if (set?.some((ligature) => ligature.indexOf(space, 1) > 0)) return false;
      }
    } else {
      for (const s of op.pair) {
        const n = s.fields1.length + s.fields2.length;
        if (s.format === 1) {
          for (const set of Object.values(s.sets)) for (let k = 0; set && k < set.length; k += 1 + n) if (set[k] === space) return false;
        } else {
          let spaceClass = 0;
          for (let i = 0; i < s.class2.length; i += 2) if (s.class2[i] === space) spaceClass = s.class2[i + 1]!;
          for (const row of Object.values(s.rows)) for (let k = 0; row && k < row.length; k += 1 + n) if (row[k] === spaceClass) return false;
        }
      }
    }
  }
  return true;
}

/** The space's glyph in the table's character map. */
function spaceGlyphOf(table: ShapingTable): number | undefined {
  for (let i = 0; i < table.cmap.length; i += 3) if (table.cmap[i] === 0x20) return table.cmap[i + 1];
  return undefined;
}

/**
 * Runs of words kept for "word " (see trailingSpaceIsInert), each until it is
 * used. A document is measured, then drawn, and the handout has about 300
 * distinct words: a thousand cover one. What is left (words that end a line)
 * would otherwise pile up over a batch, per cut and thread.
 */
const MAX_WORDS = 1024;

/**
 * A position as a literal of the same shape as the shaper's own, not a spread
 * copy: V8 gives a spread copy a hidden class of its own, and pdfkit's
 * drawing, reading runs of both kinds from its cache for every document of a
 * batch, was a tenth slower.
 */
const copyPosition = (p: Position): Position => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset });

/** Shapes text with a precomputed table; null where fontkit must do it. */
export class FastShaper {
  /** The table's character map: [code point, glyph id, script index], sorted by code point. */
  private readonly chars: SortedLookup;
  private readonly programs = new Map<string, Program>();
  private readonly scripts: string[];
  private readonly noScript: string;
  /** The space's glyph id when a trailing space is inert, else undefined. */
  private readonly inertSpace: number | undefined;
  /** Words (no space in them) as shaped, with arrays and positions of their own: pdfkit scales the positions it is given. */
  private readonly words = new Map<string, { glyphs: FontGlyph[]; positions: Position[] }>();

  constructor(
    table: ShapingTable,
    private readonly font: GlyphFont,
  ) {
    this.chars = new SortedLookup(table.cmap, 3);
    const ops = table.ops.map(opOf);
    const pick = (indexes: number[]) => indexes.map((i) => ops[i]!);
    for (const [tag, program] of Object.entries(table.programs)) this.programs.set(tag, { gsub: pick(program.gsub), gpos: pick(program.gpos) });
    this.scripts = table.scripts;
    this.noScript = table.noScript;
    this.inertSpace = trailingSpaceIsInert(table) ? spaceGlyphOf(table) : undefined;
  }

  /** True for a character of the table (the font has it); undefined for the others, which fontkit answers. */
  has(codePoint: number): true | undefined {
    return this.chars.has(codePoint) ? true : undefined;
  }

  /**
   * fontkit's `font.layout(text)` for text the table covers, else null.
   * pdfkit shapes a line word by word with the space after each ("word "),
   * after measuring the words alone: with an inert space that run is the
   * word's, shaped before, and the space.
   */
  layout(text: string): ShapedRun | null {
    const last = text.length - 1;
    if (this.inertSpace !== undefined && last > 0 && text.charCodeAt(last) === 0x20) {
      const key = text.slice(0, last);
      const word = this.words.get(key);
      if (word) {
        // pdfkit keeps "word " in its own cache from now on.
        this.words.delete(key);
        const space = this.font.getGlyph(this.inertSpace, [0x20]);
        word.glyphs.push(space);
        word.positions.push({ xAdvance: space.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
        return new ShapedRun(word.glyphs, word.positions);
      }
    }
    const run = this.shape(text);
    if (run && this.inertSpace !== undefined && last >= 0 && !text.includes(" ")) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      this.words.set(text, { glyphs: [...run.glyphs], positions: run.positions.map(copyPosition) });
    }
    return run;
  }

  private shape(text: string): ShapedRun | null {
    const infos: Info[] = [];
    let script = -1;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = ((cp & 0x3ff) << 10) + (next & 0x3ff) + 0x10000;
          i++;
        }
      }
      const c = this.chars.find(cp);
      if (c < 0) return null;
      if (script < 0) script = this.chars.at(c, 2);
      // As fontkit: the glyph object for the code point, and its code points as the glyph info's.
      const glyph = this.font.getGlyph(this.chars.at(c, 1), [cp]);
      infos.push({ id: glyph.id, codePoints: [...glyph.codePoints] });
    }
    if (infos.length === 0) return new ShapedRun([], []);
    const program = this.programs.get(script < 0 ? this.noScript : this.scripts[script]!);
    if (!program) return null;

    for (const op of program.gsub) if (!this.substitute(op, infos)) return null;
    const glyphs = infos.map((info) => this.font.getGlyph(info.id, info.codePoints));
    const positions: Position[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    const ids = glyphs.map((g) => g.id);
    for (const op of program.gpos) {
      if (op.kind === "guard") {
        if (ids.some((id) => op.glyphs.has(id))) return null;
      } else if (op.kind === "pair") {
        for (let i = 0; i + 1 < ids.length; i++) applyPair(op.subtables, ids, positions, i);
      } else return null;
    }
    // fontkit hides default ignorables by the first code point of the glyph object it has.
    for (let i = 0; i < glyphs.length; i++) {
      if (isDefaultIgnorable(glyphs[i]!.codePoints[0])) {
        glyphs[i] = this.font.glyphForCodePoint(0x20);
        positions[i]!.xAdvance = 0;
        positions[i]!.yAdvance = 0;
      }
    }
    return new ShapedRun(glyphs, positions);
  }

  /** One GSUB lookup over the glyphs; false when the run must go to fontkit. */
  private substitute(op: Op, infos: Info[]): boolean {
    switch (op.kind) {
      case "guard":
        return !infos.some((info) => op.glyphs.has(info.id));
      case "single":
        for (const info of infos) {
          for (const map of op.subtables) {
            const to = map.get(info.id, -1);
            if (to >= 0) {
              info.id = to;
              break;
            }
          }
        }
        return true;
      case "ligature":
        for (let i = 0; i < infos.length; i++) {
          for (const map of op.subtables) {
            const ligatures = map[infos[i]!.id];
            if (ligatures && this.ligate(ligatures, infos, i)) break;
          }
        }
        return true;
      case "pair":
        return false;
    }
  }

  /** The first ligature of the set whose components follow glyph i, applied as fontkit does; false when none matches. */
  private ligate(ligatures: number[][], infos: Info[], i: number): boolean {
    for (const ligature of ligatures) {
      const n = ligature.length - 1;
      if (i + n >= infos.length) continue;
      let k = 1;
      while (k <= n && infos[i + k]!.id === ligature[k]) k++;
      if (k <= n) continue;
      const codePoints = infos[i]!.codePoints.slice();
      for (let j = 1; j <= n; j++) codePoints.push(...infos[i + j]!.codePoints);
      infos.splice(i, n + 1, { id: ligature[0]!, codePoints });
      return true;
    }
    return false;
  }
}
