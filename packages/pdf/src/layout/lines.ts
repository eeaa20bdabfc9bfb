import { breakPoints, type BreakPoint } from "../text/hyphenate.js";

/** One set line: its text, natural width, and whether a hyphen is drawn after it. */
export interface Line {
  text: string;
  width: number;
  hyphen: boolean;
  /** Last line of a paragraph (or before a hard break): no trailing space. */
  last: boolean;
  /** Where the line's text starts in the text that was broken (links and substitutions are found by offset). */
  start: number;
  /** The break after the line swallowed white space (a space or a hard break), not a split inside a word. */
  spaceAfter: boolean;
}

export type Measure = (text: string) => number;

// Below this fill a line is hyphenated rather than left short: keeps the rag calm
// and spares hyphens where they buy little.
const HYPHENATE_BELOW = 0.86;
// A break that leaves the line at least this full is good enough to prefer for its place in the word.
const FILLED = 0.8;

export interface BreakOptions {
  /** Names of offices and places: never broken within three letters of a compound's joint. */
  strict?: boolean;
  /** The width of the space between two words, when it depends on them (a space inside Arabic text is set in the Arabic font); default measure(" "). */
  gap?: (before: string, after: string) => number;
  /** False: no hyphenation (right-to-left paragraphs: Arabic and Hebrew are not hyphenated, and a hyphen would stand on the wrong side). */
  hyphenate?: boolean;
}

/**
 * Greedy ragged-right line breaking with German hyphenation. Words wider than
 * the line are cut at any character, so nothing ever overflows.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure, options: BreakOptions = {}): Line[] {
  const lines: Line[] = [];
  const space = measure(" ");
  const hyphenWidth = measure("-");
  for (const segment of text.split("\n")) {
    const words = segment.split(" ").filter((w) => w.length > 0);
    let cur: string[] = [];
    let curWidth = 0;
    const flush = (hyphen: boolean, last: boolean) => {
      lines.push({ text: cur.join(" "), width: curWidth, hyphen, last, start: 0, spaceAfter: false });
      cur = [];
      curWidth = 0;
    };
    let i = 0;
    let pending: string | undefined;
    while (pending !== undefined || i < words.length) {
      const word = pending ?? words[i++]!;
      pending = undefined;
      const w = measure(word);
      const gap = cur.length ? (options.gap ? options.gap(cur[cur.length - 1]!, word) : space) : 0;
      if (curWidth + gap + w <= maxWidth) {
        cur.push(word);
        curWidth += gap + w;
        continue;
      }
      if (options.hyphenate !== false && (cur.length === 0 || curWidth < maxWidth * HYPHENATE_BELOW)) {
        const bp = bestBreak(word, maxWidth - curWidth - gap, measure, hyphenWidth, maxWidth, options.strict ?? false);
        if (bp) {
          cur.push(bp.prefix);
          curWidth += gap + measure(bp.prefix);
          flush(bp.hyphen, false);
          pending = bp.rest;
          continue;
        }
      }
      if (cur.length) {
        flush(false, false);
        pending = word;
        continue;
      }
      // A word wider than the whole line with no usable break point: cut it.
      const [head, tail] = cutToWidth(word, maxWidth, measure);
      cur.push(head);
      curWidth = measure(head);
      flush(false, false);
      pending = tail;
    }
    flush(false, true);
  }
  // "text\n" ends in an empty segment that is no line of its own.
  if (lines.length > 1 && lines[lines.length - 1]!.text === "") lines.pop();
  placeLines(text, lines);
  return lines;
}

/**
 * Sets each line's offset in `text`: lines follow one another, apart by the
 * white space a break swallowed (none where a word was hyphenated or cut).
 */
function placeLines(text: string, lines: Line[]): void {
  let at = 0;
  for (const line of lines) {
    if (line.text === "") {
      line.start = at;
      continue;
    }
    let next = at;
    while (next < text.length && (text[next] === " " || text[next] === "\n") && !text.startsWith(line.text, next)) next++;
    line.start = next;
    at = next + line.text.length;
    line.spaceAfter = text[at] === " " || text[at] === "\n";
  }
}

/**
 * The break to take in a word that does not fit in `room`: at a joint of a
 * compound when that fills the line well, else the longest fitting break that
 * keeps clear of joints; a break within three letters of a joint
 * ("Integrationszen-trum") only when nothing else fills the line, and in names
 * (`strict`) never.
 */
function bestBreak(word: string, room: number, measure: Measure, hyphenWidth: number, lineWidth: number, strict: boolean) {
  if (room <= 0 || word.length < 4) return undefined;
  const fitting: { bp: BreakPoint; width: number }[] = [];
  // Prefixes grow, so the first one that does not fit ends the search.
  for (const bp of breakPoints(word)) {
    const width = measure(bp.prefix) + (bp.hyphen ? hyphenWidth : 0);
    if (width > room) break;
    fitting.push({ bp, width });
  }
  const used = lineWidth - room;
  const fills = (c: { width: number }) => used + c.width >= lineWidth * FILLED;
  const longest = (kinds: string[]) => [...fitting].reverse().find((c) => kinds.includes(c.bp.kind));
  const joint = longest(["joint", "explicit"]);
  if (joint && fills(joint)) return joint.bp;
  const clear = longest(["joint", "explicit", "syllable"]);
  if (strict || (clear && fills(clear))) return clear?.bp;
  return longest(["joint", "explicit", "syllable", "near"])?.bp;
}

function cutToWidth(word: string, maxWidth: number, measure: Measure): [string, string | undefined] {
  const chars = Array.from(word);
  let width = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const cw = measure(chars[n]!);
    if (width + cw > maxWidth && n > 0) break;
    width += cw;
  }
  const head = chars.slice(0, n).join("");
  const tail = chars.slice(n).join("");
  return [head, tail.length ? tail : undefined];
}
