import { bannerLines, isFurniture } from "./furniture.js";
import { stripTags } from "./html.js";

/** One line of the source after clean-up; blank and dropped lines have `text === ""`. */
export interface SourceLine {
  /** Clean text: single spaces, trimmed. */
  text: string;
  /** The line with its inner spacing kept (tabs, runs of spaces, indent): where table columns show. */
  spaced: string;
  /** Id of the closed <DIR>/<blockquote> element the line is in, else null. */
  indent: number | null;
  /** Page furniture dropped from this line, as written, else null. */
  dropped: string | null;
}

// Characters that become a plain space (non-breaking, fixed-width, form feed, vertical tab) or go (zero-width).
const SPACE_LIKE = new Set([0x00a0, 0x2007, 0x202f, 0x0c, 0x0b]);
const ZERO_WIDTH = new Set([0x200b, 0x2060, 0xfeff]);
const SPECIAL = /[\u00a0\u2007\u202f\f\v\u200b\u2060\ufeff]/;

/**
 * Builds a string from char codes in chunks: no per-match strings, lone
 * surrogates kept. `apply` takes the typed array as it is; spreading it went
 * through its iterator, an object per character (a 2 MB text of columns
 * allocated 206 MB to import, 93 MB this way).
 */
function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + 8192)) as unknown as number[]));
  return parts.join("");
}

/**
 * Non-breaking and other fixed-width spaces become plain spaces, zero-width
 * ones go. One pass by hand: a regex replace with millions of matches makes
 * millions of strings.
 */
function cleanCharacters(text: string): string {
  if (!SPECIAL.test(text)) return text;
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (ZERO_WIDTH.has(c)) continue;
    out[n++] = SPACE_LIKE.has(c) ? 0x20 : c;
  }
  return fromCodes(out, n);
}

/** Runs of spaces and tabs as one space, trimmed; by hand, for the same reason. */
export function collapseSpaces(line: string): string {
  if (!line.includes("\t") && !line.includes("  ")) return line.trim();
  const out = new Uint16Array(line.length);
  let n = 0;
  let gap = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      gap = true;
      continue;
    }
    if (gap && n > 0) out[n++] = 0x20;
    gap = false;
    out[n++] = c;
  }
  return fromCodes(out, n).trim();
}

const BLANK: SourceLine = Object.freeze({ text: "", spaced: "", indent: null, dropped: null });

/**
 * Turns the text as a web page or a file yields it into clean lines: no BOM,
 * "\n" line ends, plain spaces for non-breaking ones, no trailing white space,
 * no leftover tags, and page furniture blanked (kept as a blank line so it
 * still separates blocks, and recorded so a warning can name it).
 */
export function normalizeLines(text: string): SourceLine[] {
  const raw = cleanCharacters(text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n")).split("\n");
  const { texts, indents } = stripTags(raw);
  const lines: SourceLine[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i]!;
    const indent = indents[i]!;
    if (line === "") {
      // Most lines of a long text may be blank: one shared object for them.
      lines[i] = indent === null ? BLANK : { ...BLANK, indent };
      continue;
    }
    const spaced = line.trimEnd();
    const clean = collapseSpaces(spaced);
    lines[i] = isFurniture(clean) ? { text: "", spaced: "", indent, dropped: clean } : { text: clean, spaced, indent, dropped: null };
  }
  for (const i of bannerLines(lines.map((line) => line.text))) {
    const line = lines[i]!;
    if (line.text !== "") lines[i] = { text: "", spaced: "", indent: line.indent, dropped: line.text };
  }
  return lines;
}
