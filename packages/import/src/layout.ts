import { parseFileReferenceLine } from "./file-reference.js";
import { isBareNumberLine, isCitationLine, parseCategoryLine } from "./header.js";
import type { SourceLine } from "./normalize.js";

/**
 * classic: "Mitteilungen - …", blank line, "StGB NRW-Mitteilung N/JJJJ vom …", title, blocks between blank lines.
 * newer: the same header lines separated by single line breaks, maybe after unrelated lines.
 * archive: a stray word, "N/JJJJ", the title, "Link kopieren", the body.
 * body-only: no header at all, only the body and the "Az.:" line.
 */
export type LayoutName = "classic" | "newer" | "archive" | "body-only";

/** Where the header lines are (indices into the normalized lines). */
export interface Layout {
  name: LayoutName;
  category: number | null;
  /** The citation line or the archive's bare "N/JJJJ". */
  numberLine: number | null;
  title: number | null;
  /**
   * Non-empty lines before the title that are no header line (unrelated lines
   * before "Mitteilungen - ", a stray word that is not known furniture): kept
   * in the body, since no text may get lost.
   */
  stray: number[];
  bodyStart: number;
}

// The header sits at the top; a citation further down is a cross-reference in the body.
const HEADER_WINDOW = 12;
const ARCHIVE_WINDOW = 4;

function isBullet(text: string): boolean {
  return /^[-–•*·]\s/.test(text);
}

/** Finds the header, or returns null when there is none (body-only page or no circular). */
export function detectLayout(lines: readonly SourceLine[]): Layout | null {
  const filled = lines.flatMap((line, i) => (line.text === "" ? [] : [i]));
  const window = filled.slice(0, HEADER_WINDOW);
  const text = (i: number) => lines[i]!.text;

  const citation = window.find((i) => isCitationLine(text(i))) ?? null;
  const category = window.find((i) => (citation === null || i < citation) && parseCategoryLine(text(i)) !== null) ?? null;
  let numberLine = citation;
  let archive = false;
  if (numberLine === null) {
    const afterCategory = category === null ? filled.slice(0, ARCHIVE_WINDOW) : filled.filter((i) => i > category).slice(0, 1);
    numberLine = afterCategory.find((i) => isBareNumberLine(text(i))) ?? null;
    archive = numberLine !== null && category === null;
  }
  if (category === null && numberLine === null) return null;

  const last = Math.max(category ?? -1, numberLine ?? -1);
  const next = filled.find((i) => i > last);
  const title = next !== undefined && !isBullet(text(next)) && parseFileReferenceLine(text(next)) === null ? next : null;

  let name: LayoutName;
  if (archive) name = "archive";
  else if (category !== null && numberLine !== null) name = numberLine === category + 1 ? "newer" : "classic";
  else name = title === last + 1 ? "newer" : "classic";

  const bodyStart = (title ?? last) + 1;
  return {
    name,
    category,
    numberLine,
    title,
    stray: filled.filter((i) => i < bodyStart && i !== category && i !== numberLine && i !== title),
    bodyStart,
  };
}
