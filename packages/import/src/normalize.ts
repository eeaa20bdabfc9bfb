import { stripTags } from "./html.js";
import { isPageNoise } from "@handreichung/content";

/** One line of the source after clean-up; blank and noise lines have `text === ""`. */
export interface SourceLine {
  text: string;
  /** Inside a clearly delimited quotation (<DIR>…</DIR>). */
  quoted: boolean;
}

/**
 * Turns the text as a web page or a file yields it into clean lines: no BOM,
 * "\n" line ends, plain spaces for non-breaking ones, no trailing white space,
 * no leftover tags, and page furniture blanked (kept as a blank line so it
 * still separates blocks).
 */
export function normalizeLines(text: string): SourceLine[] {
  const raw = text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    // Non-breaking and other fixed-width spaces become plain spaces; zero-width ones go.
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .split("\n");
  return stripTags(raw).map(({ text: line, quoted }) => {
    const text = line.replace(/[ \t\f\v]+/g, " ").trim();
    return { text: isPageNoise(text) ? "" : text, quoted };
  });
}
