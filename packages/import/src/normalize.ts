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

/**
 * Turns the text as a web page or a file yields it into clean lines: no BOM,
 * "\n" line ends, plain spaces for non-breaking ones, no trailing white space,
 * no leftover tags, and page furniture blanked (kept as a blank line so it
 * still separates blocks, and recorded so a warning can name it).
 */
export function normalizeLines(text: string): SourceLine[] {
  const raw = text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    // Non-breaking and other fixed-width spaces become plain spaces; zero-width ones go.
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .split("\n");
  const lines = stripTags(raw).map(({ text: line, indent }): SourceLine => {
    const spaced = line.replace(/[\f\v]/g, " ").trimEnd();
    const clean = spaced.replace(/[ \t]+/g, " ").trim();
    return isFurniture(clean) ? { text: "", spaced: "", indent, dropped: clean } : { text: clean, spaced, indent, dropped: null };
  });
  for (const i of bannerLines(lines.map((line) => line.text))) {
    const line = lines[i]!;
    if (line.text !== "") lines[i] = { text: "", spaced: "", indent: line.indent, dropped: line.text };
  }
  return lines;
}
