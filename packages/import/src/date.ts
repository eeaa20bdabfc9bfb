const MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

export type DateResult = { iso: string } | { invalid: string } | null;

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 30.02. over into March; a round trip catches that.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * "26.05.2004" or "26. Mai 2004" -> { iso: "2004-05-26" }; a date that does not
 * exist -> { invalid: text as written }; anything else -> null.
 */
export function parseGermanDate(text: string): DateResult {
  const s = text.trim();
  const numeric = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s);
  if (numeric) {
    const out = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return out ? { iso: out } : { invalid: s };
  }
  const named = /^(\d{1,2})\.\s?([A-Za-zÄÖÜäöü]+)\s+(\d{4})$/.exec(s);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    if (month === 0) return null;
    const out = iso(Number(named[3]), month, Number(named[1]));
    return out ? { iso: out } : { invalid: s };
  }
  return null;
}

/** True when the text starts with a German month name ("1. Januar 2005 …" is no heading). */
export function startsWithMonth(text: string): boolean {
  const word = /^[A-Za-zÄÖÜäöü]+/.exec(text)?.[0].toLowerCase();
  return word !== undefined && MONTHS.includes(word);
}
