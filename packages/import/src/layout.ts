import { parseFileReferenceLine } from "./file-reference.js";
import { looksLikeFurnitureNearHeader } from "./furniture.js";
import {
  isPressLine,
  parseCategoryLine,
  parseCitationLine,
  parseDateLine,
  parseNumberOnlyLine,
  parseSeriesOnlyLine,
  type NumberLine,
} from "./header.js";
import type { SourceLine } from "./normalize.js";
import { DEFAULT_PUBLISHER as PUBLISHER_OF_CATEGORIES, publisherNamedBy, type Publisher } from "./publishers.js";

/**
 * classic: header lines separated by blank lines ("Mitteilungen - …", "StGB NRW-Mitteilung N/JJJJ vom …", title).
 * newer: the same header lines separated by single line breaks, maybe after unrelated lines.
 * archive: a stray word, "N/JJJJ", the title, "Link kopieren", the body.
 * body-only: no header at all, only the body and the "Az.:" line.
 * Other publishers' headers (publisher line, series and number, date, Az.) are classic or newer the same way.
 */
export type LayoutName = "classic" | "newer" | "archive" | "body-only";

/** Where the header lines are (indices into the normalized lines). */
export interface Layout {
  name: LayoutName;
  /** Who published the circular: named by a line of its own or by its series. */
  publisher: Publisher;
  /** The line naming the publisher ("Landkreistag Nordrhein-Westfalen"), if any. */
  publisherLine: number | null;
  category: number | null;
  /** The series line ("StGB NRW-Mitteilung 441/2004 vom …", "DStGB Aktuell"), or the archive's bare "N/JJJJ". */
  numberLine: number | null;
  /** A number line below a series-only line ("Ausgabe 24/2023 vom …"). */
  numberLine2: number | null;
  /** What the number line(s) say. */
  number: NumberLine | null;
  /** A date line of its own ("Köln, 14.03.2022"). */
  dateLine: number | null;
  /** An Az. line in the header, before the title: then it is the circular's own. */
  fileReferenceLine: number | null;
  title: number | null;
  /**
   * Non-empty lines before the title that are no header line and read like
   * text: kept in the body, since no text may get lost.
   */
  stray: number[];
  /** Short lines without sentence punctuation around the header (banners, a stray word): page furniture. */
  furniture: number[];
  bodyStart: number;
}

/** Why a text is refused although it has something like a header. */
export type HeaderProblem = { kind: "press"; line: string } | { kind: "no-publisher"; line: string };

// The header sits at the top; a citation further down is a cross-reference in the body.
const HEADER_WINDOW = 12;
const ARCHIVE_WINDOW = 4;
// A shared series ("Rundschreiben Nr. 5/2020") counts as a header only this near the top.
const SHARED_WINDOW = 4;
// A title is a line, not a paragraph: a longer line after the header is body text.
const MAX_TITLE = 300;

function isBullet(text: string): boolean {
  return /^[-–•*·]\s/.test(text);
}

/** Finds the header, or returns null when there is none (body-only page or no circular). */
export function detectLayout(lines: readonly SourceLine[]): Layout | HeaderProblem | null {
  const filled: number[] = [];
  for (let i = 0; i < lines.length && filled.length < HEADER_WINDOW; i++) if (lines[i]!.text !== "") filled.push(i);
  const text = (i: number) => lines[i]!.text;

  let publisherLine: number | null = null;
  let publisher: Publisher | null = null;
  let numberLine: number | null = null;
  let numberLine2: number | null = null;
  let number: NumberLine | null = null;
  let sharedSeries: string | null = null;
  for (const [k, i] of filled.entries()) {
    if (publisherLine === null && numberLine === null) {
      const named = publisherNamedBy(text(i));
      if (named) {
        publisherLine = i;
        publisher = named;
        continue;
      }
    }
    if (numberLine !== null) break;
    const citation = parseCitationLine(text(i));
    if (citation) {
      if (citation.shared && publisher === null) {
        if (k < SHARED_WINDOW) sharedSeries ??= text(i);
        continue;
      }
      numberLine = i;
      number = citation;
      if (!citation.shared || publisher === null) publisher = citation.publisher;
      continue;
    }
    const seriesOnly = parseSeriesOnlyLine(text(i));
    const below = filled[k + 1];
    if (seriesOnly && below !== undefined && (!seriesOnly.shared || publisher !== null)) {
      const labelled = parseNumberOnlyLine(text(below), true);
      if (labelled) {
        numberLine = i;
        numberLine2 = below;
        number = { ...labelled, series: seriesOnly.name, publisher: seriesOnly.publisher, shared: seriesOnly.shared };
        if (!seriesOnly.shared || publisher === null) publisher = seriesOnly.publisher;
      }
    }
  }

  const window = filled.filter((i) => numberLine === null || i < numberLine);
  const category = window.find((i) => parseCategoryLine(text(i)) !== null) ?? null;
  let archive = false;
  if (numberLine === null && publisherLine === null) {
    // The archive's bare "N/JJJJ": near the top, or right below the category line.
    const candidates = category === null ? filled.slice(0, ARCHIVE_WINDOW) : filled.filter((i) => i > category).slice(0, 1);
    for (const i of candidates) {
      const bare = parseNumberOnlyLine(text(i), false);
      if (bare) {
        numberLine = i;
        number = bare;
        archive = category === null;
        break;
      }
    }
  }
  if (numberLine === null && category === null) {
    const press = filled.slice(0, SHARED_WINDOW).find((i) => isPressLine(text(i)));
    if (press !== undefined) return { kind: "press", line: text(press) };
    if (sharedSeries !== null) return { kind: "no-publisher", line: sharedSeries };
    if (publisherLine === null) return null;
    // A publisher's name over something that is no circular (a news item, a press page).
    const next = filled.find((i) => i > publisherLine!);
    return { kind: "press", line: next === undefined ? text(publisherLine) : text(next) };
  }
  // A category line alone (no number line) belongs to StGB NRW, the one publisher with categories.
  publisher ??= number?.publisher ?? null;

  // Date and Az. lines of their own follow the number line, before the title.
  const header = [publisherLine, category, numberLine, numberLine2].filter((i): i is number => i !== null);
  let last = Math.max(...header);
  let dateLine: number | null = null;
  let fileReferenceLine: number | null = null;
  for (const i of filled) {
    if (i <= last) continue;
    if (dateLine === null && parseDateLine(text(i)) !== null) dateLine = i;
    else if (fileReferenceLine === null && parseFileReferenceLine(text(i)) !== null && number !== null) fileReferenceLine = i;
    else break;
    last = i;
  }
  if (dateLine !== null) header.push(dateLine);
  if (fileReferenceLine !== null) header.push(fileReferenceLine);

  const next = lines.findIndex((line, i) => i > last && line.text !== "");
  const title = next >= 0 && text(next).length <= MAX_TITLE && !isBullet(text(next)) && parseFileReferenceLine(text(next)) === null ? next : null;

  let name: LayoutName;
  const sorted = [...header].sort((a, b) => a - b);
  const adjacent = sorted.every((i, k) => k === 0 || i === sorted[k - 1]! + 1);
  if (archive) name = "archive";
  else if (adjacent && (sorted.length > 1 || title === last + 1)) name = "newer";
  else name = "classic";

  const bodyStart = (title ?? last) + 1;
  const others = filled.filter((i) => i < bodyStart && !header.includes(i) && i !== title);
  return {
    name,
    publisher: publisher ?? PUBLISHER_OF_CATEGORIES,
    publisherLine,
    category,
    numberLine,
    numberLine2,
    number,
    dateLine,
    fileReferenceLine,
    title,
    stray: others.filter((i) => !looksLikeFurnitureNearHeader(text(i))),
    furniture: others.filter((i) => looksLikeFurnitureNearHeader(text(i))),
    bodyStart,
  };
}

export function isLayout(value: Layout | HeaderProblem | null): value is Layout {
  return value !== null && "name" in value;
}
