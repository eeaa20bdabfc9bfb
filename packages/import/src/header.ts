import { parseGermanDate } from "./date.js";

const CATEGORY = /^Mitteilungen\s*[-–—]\s*(\S.*)$/;
// "StGB NRW-Mitteilung 441/2004 vom 26.05.2004"; the date part may be missing.
const CITATION = /^StGB\s*NRW[-\s]Mitteilung\s+(?:Nr\.\s*)?(\d{1,5})\s*\/\s*(\d{2,4})(?:\s+vom\s+(.+?))?$/;
// The archive layout's bare "15/2005".
const BARE_NUMBER = /^(?:Nr\.\s*)?(\d{1,5})\s*\/\s*(\d{4})$/;

/** The category of a "Mitteilungen - <Kategorie>" line, else null. */
export function parseCategoryLine(line: string): string | null {
  return CATEGORY.exec(line)?.[1]?.trim() ?? null;
}

export function isCitationLine(line: string): boolean {
  return CITATION.test(line);
}

export function isBareNumberLine(line: string): boolean {
  return BARE_NUMBER.test(line);
}

export interface NumberLine {
  number: number | null;
  year: number | null;
  date: string | null;
  /** Why a field is null although the line has something there. */
  warnings: string[];
  /** Whether the line named a date at all ("vom …"). */
  hasDate: boolean;
}

/**
 * Reads number, year and date from a citation line or a bare "N/JJJJ" line.
 * The number's year is kept apart from the date's: 15/2005 can be dated 01.12.2004.
 */
export function parseNumberLine(line: string): NumberLine | null {
  const m = CITATION.exec(line) ?? BARE_NUMBER.exec(line);
  if (!m) return null;
  const warnings: string[] = [];
  let number: number | null = Number(m[1]);
  if (number < 1) {
    warnings.push(`invalid circular number "${m[1]}": number is null`);
    number = null;
  }
  let year: number | null = Number(m[2]);
  if (m[2]!.length !== 4 || year < 1900 || year > 2999) {
    // A two-digit year would have to be guessed into a century: not done.
    warnings.push(`invalid year "${m[2]}": year is null`);
    year = null;
  }
  const dateText = m[3];
  let date: string | null = null;
  if (dateText !== undefined) {
    const parsed = parseGermanDate(dateText);
    if (parsed && "iso" in parsed) date = parsed.iso;
    else warnings.push(`invalid date "${dateText}": date is null`);
  }
  return { number, year, date, warnings, hasDate: dateText !== undefined };
}
