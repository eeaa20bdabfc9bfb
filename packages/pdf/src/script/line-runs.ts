import { BIDI_CONTROLS, type BidiLevels, mirroredCharacters, visualIndices } from "@handreichung/content/data";
import type { ChainFont } from "./coverage.js";
import type { FontRun } from "./itemize.js";
import { splitGraphemes } from "unicode-segmenter/grapheme";

/** One piece of a line to draw: one font, one embedding level, in display order. */
export interface DrawRun {
  /** The piece's text in logical order, by UTF-16 index into the paragraph (end exclusive). */
  start: number;
  end: number;
  font: ChainFont | null;
  /** Embedding level: odd runs right to left. */
  level: number;
  /** The run's text in logical order, without bidi controls: what it reads as. */
  logical: string;
  /**
   * What to hand the shaper (fontkit) so its glyphs come out in display
   * order: mirrored brackets swapped in for right-to-left runs, and reversed
   * (by grapheme) where fontkit's own reversal, which follows the script of
   * the first letter, would put them the wrong way.
   */
  shaped: string;
  /** True when the glyphs stand in the reverse of the text's order by this code's doing (a left-to-right script forced right to left): the text layer needs the logical text as /ActualText. */
  reversed: boolean;
}

// fontkit (the pinned 2.0.4) lays out right to left when the first character
// of a script other than Common, Inherited or Unknown belongs to one of these
// scripts (its Script.forString and RTL table); script/line-runs.test.ts
// checks this against fontkit itself.
// Script=Unknown is what no script claims: unassigned, private-use and surrogate code points.
const FIRST_SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Cn}\p{Co}\p{Cs}]/u;
const SHAPER_RTL =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Nko}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]$/u;

/** Whether fontkit lays `text` out right to left (and so reverses its glyphs into display order itself). */
export function shaperReverses(text: string): boolean {
  const first = FIRST_SCRIPTED.exec(text);
  return first !== null && SHAPER_RTL.test(first[0]);
}


// The bidi controls (marks, embeddings, overrides, isolates): applied by the algorithm, never drawn.
const BIDI_CONTROL = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;
const withoutControls = (s: string) => s.replace(BIDI_CONTROLS, "");

/** `text` with its grapheme clusters in reverse order (a base keeps its marks after it). */
export function reverseClusters(text: string): string {
  return [...splitGraphemes(text)].reverse().join("");
}

/**
 * The runs of the line `start`..`end` of a paragraph, in display order from
 * left to right: the Unicode Bidirectional Algorithm's order (bidi-js, rules
 * L1 and L2) cut where the font, the level or one of `cuts` (a language span,
 * a link) changes. Text is broken into lines in logical order first; each
 * line is reordered on its own.
 */
export function lineRuns(levels: BidiLevels, fonts: readonly FontRun[], start: number, end: number, cuts: ReadonlySet<number> = new Set()): DrawRun[] {
  const text = levels.text;
  const fontAt = fontIndex(fonts);
  const order = visualIndices(levels, start, end);
  const lineLevels = levelsAfterL1(levels, start, end);
  const groups: { lo: number; hi: number; level: number; font: ChainFont | null; last: number }[] = [];
  for (const i of order) {
    // Bidi controls steer the order; they are not drawn.
    if (BIDI_CONTROL.test(text[i]!)) continue;
    const level = lineLevels[i - start]!;
    const font = fontAt(i);
    const g = groups[groups.length - 1];
    const step = level % 2 === 1 ? -1 : 1;
    // A run continues while the next index is its neighbour in the run's direction, in the same font and level, and no cut lies between.
    if (g && g.level === level && g.font === font && i === g.last + step && !cuts.has(step === 1 ? i : g.last)) {
      g.last = i;
      g.lo = Math.min(g.lo, i);
      g.hi = Math.max(g.hi, i);
    } else groups.push({ lo: i, hi: i, level, font, last: i });
  }
  const mirrors = mirroredCharacters(levels, start, end);
  return peelSpaces(groups, text).map((g) => {
    const logical = withoutControls(text.slice(g.lo, g.hi + 1));
    const rtl = g.level % 2 === 1;
    let shaped = logical;
    // Mirrored characters are all in the BMP: swap them unit by unit.
    if (rtl && mirrors.size > 0) shaped = withoutControls(Array.from({ length: g.hi + 1 - g.lo }, (_, k) => mirrors.get(g.lo + k) ?? text[g.lo + k]).join(""));
    const flip = rtl !== shaperReverses(shaped);
    if (flip) shaped = reverseClusters(shaped);
    // Reversing a lone neutral (a full stop, a bracket) changes nothing; a reversed word does.
    const reversed = flip && rtl && [...logical].length > 1;
    return { start: g.lo, end: g.hi + 1, font: g.font, level: g.level, logical, shaped, reversed };
  });
}

/**
 * White space at either end of a right-to-left run becomes a run of its own. Readers that
 * follow the content (pdf.js) put a space between two words only when a space
 * glyph stands between them in the stream; inside a right-to-left run the
 * glyphs are in display order, so a space at its logical end would come first.
 */
function peelSpaces<G extends { lo: number; hi: number; level: number; font: ChainFont | null; last: number }>(groups: G[], text: string): G[] {
  const out: G[] = [];
  const space = (i: number) => text[i] === " ";
  for (const g of groups) {
    // A left-to-right run flows forward: its spaces are where a reader expects them.
    if (g.level % 2 === 0) {
      out.push(g);
      continue;
    }
    let lo = g.lo;
    let hi = g.hi;
    while (lo < hi && space(lo)) lo++;
    while (hi > lo && space(hi)) hi--;
    const parts: G[] = [];
    if (lo > g.lo) parts.push({ ...g, lo: g.lo, hi: lo - 1 });
    parts.push({ ...g, lo, hi });
    if (hi < g.hi) parts.push({ ...g, lo: hi + 1, hi: g.hi });
    // In display order: a right-to-left run's logical end is on its left.
    out.push(...(g.level % 2 === 1 ? parts.reverse() : parts));
  }
  return out;
}

// Rule L1: white space at the end of a line takes the paragraph's level.
function levelsAfterL1(levels: BidiLevels, start: number, end: number): Uint8Array {
  const out = levels.levels.slice(start, end);
  for (let i = end - 1; i >= start && /\s/.test(levels.text[i]!); i--) out[i - start] = levels.base;
  return out;
}

function fontIndex(fonts: readonly FontRun[]): (i: number) => ChainFont | null {
  let k = 0;
  return (i) => {
    // Indices come in display order, not always ascending: search from the last hit either way.
    while (k > 0 && fonts[k]!.start > i) k--;
    while (k < fonts.length - 1 && fonts[k]!.end <= i) k++;
    return fonts[k]?.font ?? null;
  };
}
