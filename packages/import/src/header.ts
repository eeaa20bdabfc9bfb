import { parseGermanDate } from "./date.js";
import { PUBLISHERS, type Publisher } from "./publishers.js";
import type { ImportWarning } from "./warnings.js";

const CATEGORY = /^Mitteilungen\s*[-–—]\s*(\S.*)$/;
// What follows the series: "Nr. 245/2023 vom 07.06.2023", "Ausgabe 24/2023", "441/2004, 26.05.2004".
const NUMBER_PART = /^[\s,:–-]*(?:(?:Nr\.?|Nummer|Ausgabe)\s*)?(\d{1,5})\s*\/\s*(\d{2,4})(?:,?\s+vom\s+(\S.*)|,\s*(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}))?$/;
// The archive layout's bare "15/2005", or a number line below a series-only line ("Ausgabe 24/2023 vom …").
const BARE_NUMBER = /^(?:Nr\.\s*)?(\d{1,5})\s*\/\s*(\d{4})$/;
const LABELLED_NUMBER = /^(?:Nr\.?|Nummer|Ausgabe)\s*\d/;
// "Köln, 14.03.2022", "Düsseldorf, den 7. Juni 2023", "Datum: 14.03.2022", "14.03.2022".
const DATE_LINE = /^(?:(?:Datum|Stand)\s*:\s*|\p{Lu}[\p{L}-]{1,30}(?: (?:am|an der|in|im) \p{Lu}[\p{L}-]{1,30})?,\s*(?:den\s+)?)?(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}{3,9})\s?\d{4})$/u;
const PRESS = /^Presse(?:mitteilung|information|meldung|erklärung|notiz)(?:en)?\b/i;

/** Letters and digits only, lower case: "StGB NRW-Mitteilung" and "StGB NRW Mitteilung" compare equal. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

interface SeriesName {
  squeezed: string;
  publisher: Publisher;
  shared: boolean;
}
const SERIES: SeriesName[] = PUBLISHERS.flatMap((p) => [
  ...p.series.map((name) => ({ squeezed: squeeze(name), publisher: p, shared: false })),
  ...p.sharedSeries.map((name) => ({ squeezed: squeeze(name), publisher: p, shared: true })),
]).sort((a, b) => b.squeezed.length - a.squeezed.length);

/**
 * Where the series name at the start of `line` ends, or -1. Spaces, hyphens and
 * case do not count, but the name must end at a word boundary.
 */
function seriesEnd(line: string, squeezed: string): number {
  let k = 0;
  let i = 0;
  for (; i < line.length && k < squeezed.length; i++) {
    const c = line[i]!.toLowerCase();
    if (c === squeezed[k]) k++;
    else if (c !== " " && c !== "-" && c !== "–") return -1;
  }
  if (k < squeezed.length) return -1;
  return i < line.length && /[\p{L}\p{N}]/u.test(line[i]!) ? -1 : i;
}

/** The series a line starts with: its end in the line, whose it is, whether others use it too. */
function seriesAt(line: string): { end: number; name: string; publisher: Publisher; shared: boolean } | null {
  if (line.length > 200) return null;
  for (const s of SERIES) {
    const end = seriesEnd(line, s.squeezed);
    if (end >= 0) return { end, name: line.slice(0, end).trim(), publisher: s.publisher, shared: s.shared };
  }
  return null;
}

/** The category of a "Mitteilungen - <Kategorie>" line, else null. */
export function parseCategoryLine(line: string): string | null {
  return CATEGORY.exec(line)?.[1]?.trim() ?? null;
}

export interface NumberLine {
  /** The series as the line writes it ("Rundschreiben"), null for a bare "N/JJJJ". */
  series: string | null;
  /** The publisher the series belongs to; for a shared series the first that uses it. */
  publisher: Publisher | null;
  /** A series that several publishers use: the page must name its publisher. */
  shared: boolean;
  number: number | null;
  year: number | null;
  date: string | null;
  /** Why a field is null although the line has something there. */
  warnings: ImportWarning[];
  /** Whether the line named a date at all ("vom …"). */
  hasDate: boolean;
}

function numberLineOf(series: ReturnType<typeof seriesAt>, m: RegExpExecArray): NumberLine {
  const warnings: ImportWarning[] = [];
  let number: number | null = Number(m[1]);
  if (number < 1) {
    warnings.push({ code: "invalid-number", value: m[1]! });
    number = null;
  }
  let year: number | null = Number(m[2]);
  if (m[2]!.length !== 4 || year < 1900 || year > 2999) {
    // A two-digit year would have to be guessed into a century: not done.
    warnings.push({ code: "invalid-year", value: m[2]! });
    year = null;
  }
  const dateText = m[3] ?? m[4];
  let date: string | null = null;
  if (dateText !== undefined) {
    const parsed = parseGermanDate(dateText);
    if (parsed && "iso" in parsed) date = parsed.iso;
    else warnings.push({ code: "invalid-date", value: dateText });
  }
  return {
    series: series?.name ?? null,
    publisher: series?.publisher ?? null,
    shared: series?.shared ?? false,
    number,
    year,
    date,
    warnings,
    hasDate: dateText !== undefined,
  };
}

/**
 * Reads a series line: "StGB NRW-Mitteilung 441/2004 vom 26.05.2004",
 * "Rundschreiben Nr. 245/2023 vom 07.06.2023", "DStGB Aktuell 24/2023".
 * The number's year is kept apart from the date's: 15/2005 can be dated 01.12.2004.
 */
export function parseCitationLine(line: string): NumberLine | null {
  const series = seriesAt(line);
  if (!series) return null;
  const m = NUMBER_PART.exec(line.slice(series.end));
  return m ? numberLineOf(series, m) : null;
}

/** A bare "15/2005" (archive pages) or a labelled "Ausgabe 24/2023 vom …" below a series-only line. */
export function parseNumberOnlyLine(line: string, labelled: boolean): NumberLine | null {
  if (labelled && !LABELLED_NUMBER.test(line)) return null;
  const m = labelled ? NUMBER_PART.exec(line) : BARE_NUMBER.exec(line);
  return m ? numberLineOf(null, m) : null;
}

/** A line that is a series name and nothing else ("DStGB Aktuell"), with whose it is. */
export function parseSeriesOnlyLine(line: string): { name: string; publisher: Publisher; shared: boolean } | null {
  const series = seriesAt(line);
  return series && series.end === line.length ? series : null;
}

export function isCitationLine(line: string): boolean {
  return parseCitationLine(line) !== null;
}

export function isBareNumberLine(line: string): boolean {
  return BARE_NUMBER.test(line);
}

/** A header's date line ("Köln, 14.03.2022"): the ISO date, "invalid" with the text, or null. */
export function parseDateLine(line: string): { iso: string } | { invalid: string } | null {
  const m = DATE_LINE.exec(line);
  return m ? parseGermanDate(m[1]!) : null;
}

/** "Pressemitteilung Nr. 18/2023", "Presseinformation": what a circular header is not. */
export function isPressLine(line: string): boolean {
  return PRESS.test(line);
}
