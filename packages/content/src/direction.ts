// The Unicode Bidirectional Algorithm (UAX #9) for both renderers, from
// bidi-js: which parts of a text run right to left, and in what order a line
// shows them. One implementation, so the PDF and the Word template agree.
import bidiModule, { type Bidi } from "bidi-js";

// bidi-js's types declare an ES default export over a CommonJS file: at run
// time (Node, and bundlers reading its "module" build) the default import is the factory.
const bidiFactory = bidiModule as unknown as () => Bidi;
let instance: Bidi | undefined;
// The factory unpacks the Unicode tables: only when a text needs them.
const bidi = (): Bidi => (instance ??= bidiFactory());

/** A paragraph's direction: given ("rtl" for an Arabic block), or "auto" from its first strong character. */
export type BaseDirection = "ltr" | "rtl" | "auto";

/** The resolved embedding level of every UTF-16 unit of a text; odd levels run right to left. */
export interface BidiLevels {
  readonly text: string;
  /** What bidi-js was given: astral characters and line breaks stood in for. */
  readonly analysed: string;
  readonly levels: Uint8Array;
  /** The paragraph level: 1 for a right-to-left paragraph, 0 otherwise. */
  readonly base: number;
}

// bidi-js reads a string unit by unit, so the halves of an emoji or a rare
// Han character would count as strong left-to-right letters. Each astral
// character is given to it as two units of a BMP character of its own class.
const STAND_IN: Record<string, string> = {
  L: "A",
  R: "\u05d0",
  AL: "\u0627",
  EN: "0",
  ES: "+",
  ET: "#",
  AN: "\u0660",
  CS: ",",
  NSM: "\u0300",
  BN: "\u00ad",
  S: "\t",
  WS: " ",
  ON: "!",
};

function analysable(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch.length === 2) {
      const stand = STAND_IN[bidi().getBidiCharTypeName(ch)] ?? "!";
      out += stand + stand;
    } else out += ch;
  }
  // A line break would start a new paragraph with its own direction; within a block it is only a line break.
  return out.replace(/[\n\r\u2029\u001c-\u001e\u0085]/g, " ");
}

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udeff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

/** True when the text holds a character of a right-to-left script (a quick test before any bidi work). */
export function hasRtl(text: string): boolean {
  return STRONG_RTL.test(text);
}

// Controls that set text right to left without a right-to-left letter: RLM, RLE, RLO, RLI (ALM is in the Arabic block).
const RTL_CONTROL = /[\u200f\u202b\u202e\u2067]/;

/**
 * True when the bidirectional algorithm may reorder the text: it holds a right-to-left
 * letter, or a control that sets text right to left ("Stadt \u202eMusterstadt"). Word
 * applies such controls itself; a PDF shows them only where the renderer applies them.
 */
export function mayReorder(text: string): boolean {
  return hasRtl(text) || RTL_CONTROL.test(text);
}

/** The embedding levels of `text`, one paragraph (line breaks inside are white space here, not paragraph ends). */
export function bidiLevels(text: string, base: BaseDirection): BidiLevels {
  const analysed = analysable(text);
  const result = bidi().getEmbeddingLevels(analysed, base === "auto" ? undefined : base);
  return { text, analysed, levels: result.levels, base: result.paragraphs[0]?.level ?? (base === "rtl" ? 1 : 0) };
}

/** A stretch of a text at one embedding level, by UTF-16 index (end exclusive). */
export interface LevelRun {
  start: number;
  end: number;
  level: number;
}

/** The text cut where the level changes, in logical order: what Word needs to mark runs right to left. */
export function levelRuns(levels: BidiLevels, start = 0, end = levels.text.length): LevelRun[] {
  const out: LevelRun[] = [];
  for (let i = start; i < end; i++) {
    const level = levels.levels[i]!;
    const last = out[out.length - 1];
    if (last && last.level === level) last.end = i + 1;
    else out.push({ start: i, end: i + 1, level });
  }
  return out;
}

/**
 * The UTF-16 indices of the line `start`..`end` (end exclusive) in display
 * order, left to right, after rules L1 and L2: trailing white space takes the
 * paragraph level, then runs are reversed from the highest level down.
 */
export function visualIndices(levels: BidiLevels, start: number, end: number): number[] {
  if (end <= start) return [];
  // bidi-js gives the indices of the whole text with the line's part reordered in place.
  return bidi().getReorderedIndices(levels.analysed, { levels: levels.levels, paragraphs: [{ start: 0, end: levels.text.length - 1, level: levels.base }] }, start, end - 1).slice(start, end);
}

/** The mirror image of a bracket or other mirrored character ("(" for ")"), or the character itself. */
export function mirrorOf(ch: string): string {
  return bidi().getMirroredCharacter(ch) ?? ch;
}

/** Characters to draw mirrored in right-to-left runs ("(" as ")"), by UTF-16 index. */
export function mirroredCharacters(levels: BidiLevels, start: number, end: number): Map<number, string> {
  if (end <= start) return new Map();
  return bidi().getMirroredCharactersMap(levels.analysed, levels.levels, start, end - 1);
}
