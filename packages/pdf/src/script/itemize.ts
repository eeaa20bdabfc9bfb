import { graphemeSegments } from "unicode-segmenter/grapheme";
import { type ChainFont, covers } from "./coverage.js";

/** A stretch of text set in one font of the chain (by UTF-16 index, end exclusive); `font` null where no font has it. */
export interface FontRun {
  start: number;
  end: number;
  font: ChainFont | null;
}

// Invisible characters that only steer others (joiners, variation selectors,
// bidi controls, tags): a font need not have them, they go with their cluster.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
// Spaces, punctuation and digits belong to every script: they stay in the font
// of the text around them, so an Arabic run is not cut at each space.
const COMMON = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
const EMOJI_PRESENTATION = "\ufe0f";

// unicode-segmenter (UAX #29) rather than Intl.Segmenter: Node 20's takes time
// quadratic in the text's length (a 100 KB text took minutes).
const graphemes = (text: string) => graphemeSegments(text);

/**
 * Splits `text` into runs by the first font of `chain` that has each
 * character. Grapheme clusters stay whole (a base with its combining marks,
 * an emoji sequence with its joiners and modifiers); a cluster goes to the
 * first font that has all its visible characters, else the first that has its
 * base; white space, punctuation and digits continue the run they stand in
 * when its font has them; an emoji asked for as emoji (U+FE0F) goes to the
 * emoji font.
 */
export function fontRuns(text: string, chain: readonly ChainFont[], has: (font: ChainFont, codePoint: number) => boolean = covers): FontRun[] {
  if (text.length === 0) return [];
  const primary = chain[0]!;
  if (allIn(text, primary, has)) return [{ start: 0, end: text.length, font: primary }];
  const out: (FontRun & { common: boolean })[] = [];
  for (const { segment, index } of graphemes(text)) {
    const visible: number[] = [];
    let asEmoji = false;
    for (const ch of segment) {
      if (ch === EMOJI_PRESENTATION) asEmoji = true;
      // A hard line break is no glyph either: the layout makes it a new line.
      if (!IGNORABLE.test(ch) && ch !== "\n") visible.push(ch.codePointAt(0)!);
    }
    const last = out[out.length - 1];
    const hasAll = (font: ChainFont) => visible.every((cp) => has(font, cp));
    let font: ChainFont | null;
    if (visible.length === 0) font = last ? last.font : primary;
    // Not after emoji: Noto Emoji's space and punctuation are emoji-wide, and its glyphs are pictures, not a script.
    else if (last?.font && last.font !== "emoji" && COMMON.test(String.fromCodePoint(visible[0]!)) && !asEmoji && hasAll(last.font)) font = last.font;
    else if (asEmoji && chain.includes("emoji") && hasAll("emoji")) font = "emoji";
    else font = chain.find(hasAll) ?? chain.find((f) => has(f, visible[0]!)) ?? null;
    // White space, punctuation and digits that open the text take the font of what follows, when it has them.
    if (last && out.length === 1 && last.font !== font && font !== null && last.common && visible.length > 0 && !COMMON.test(String.fromCodePoint(visible[0]!))) {
      const lead = text.slice(last.start, last.end);
      if (allIn(lead, font, has)) last.font = font;
    }
    const common = visible.length === 0 || COMMON.test(String.fromCodePoint(visible[0]!));
    if (last && last.font === font) {
      last.end = index + segment.length;
      last.common &&= common;
    } else out.push({ start: index, end: index + segment.length, font, common });
  }
  return out.map(({ start, end, font }) => ({ start, end, font }));
}

function allIn(text: string, font: ChainFont, has: (font: ChainFont, codePoint: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // ASCII letters and punctuation are in every Source Sans 3 cut, and a line break needs no glyph; skip the lookup.
    if ((unit >= 0x20 && unit < 0x7f) || unit === 0x0a) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!has(font, cp)) return false;
  }
  return true;
}

/** The code points of `text` that no font of `chain` has (by the table: nothing is parsed), in order of appearance. */
export function missingCharacters(text: string, chain: readonly ChainFont[], has: (font: ChainFont, codePoint: number) => boolean = covers): string[] {
  const out = new Set<string>();
  for (const run of fontRuns(text, chain, has)) {
    if (run.font !== null) continue;
    for (const ch of text.slice(run.start, run.end)) if (!IGNORABLE.test(ch)) out.add(ch);
  }
  return [...out];
}

/** The fonts of `chain` that `text` needs, beyond its first. */
export function fallbacksNeeded(text: string, chain: readonly ChainFont[], has: (font: ChainFont, codePoint: number) => boolean = covers): Set<ChainFont> {
  const out = new Set<ChainFont>();
  for (const run of fontRuns(text, chain, has)) if (run.font !== null && run.font !== chain[0]) out.add(run.font);
  return out;
}
