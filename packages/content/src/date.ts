// The one date rule of the project, without zod: the schemas, both renderers
// and the CLI's --date and SOURCE_DATE_EPOCH all check dates here.

/** The dates a document may carry: four-digit years, none before the 20th century. */
export const DATE_RANGE = { first: "1900-01-01", last: "9999-12-31" } as const;

/** Why a value is no usable date: not a calendar date as YYYY-MM-DD, or outside {@link DATE_RANGE}. */
export type DateProblem = "not-a-date" | "out-of-range";

/** What a usable date is, for messages: "must be …" / "is not …". */
export const DATE_RULE: Record<DateProblem, string> = {
  "not-a-date": "a real date as YYYY-MM-DD",
  "out-of-range": `a date from ${DATE_RANGE.first} to ${DATE_RANGE.last}`,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null for an ISO date (YYYY-MM-DD) that exists in the calendar and lies in {@link DATE_RANGE}; else what is wrong. */
export function isoDateProblem(value: unknown): DateProblem | null {
  if (typeof value !== "string") return "not-a-date";
  const m = ISO_DATE.exec(value);
  if (!m) return "not-a-date";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC maps years 0–99 to 1900–1999; a setter does not.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return "not-a-date";
  return value < DATE_RANGE.first ? "out-of-range" : null;
}

/** True for a date {@link isoDateProblem} accepts. */
export function isIsoDate(value: unknown): value is string {
  return isoDateProblem(value) === null;
}

/** A date option a renderer cannot use; `field` names it (`date`, `profile.date`, `circular.date`). */
export class DateError extends Error {
  readonly code = "E_BAD_DATE";
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly problem: DateProblem,
  ) {
    super(`${field}: ${JSON.stringify(value)} is not ${DATE_RULE[problem]}`);
    this.name = "DateError";
  }
}

/** Throws a {@link DateError} unless `value` is a usable date. */
export function assertIsoDate(field: string, value: unknown): asserts value is string {
  const problem = isoDateProblem(value);
  if (problem) throw new DateError(field, value, problem);
}

/**
 * The dates a renderer prints, checked: the creation date (`options.date`, else
 * the circular's, else 1970-01-01, never the clock) and the "Stand" (the
 * profile's date, else `options.date`, else none). Library callers may pass
 * anything, so nothing unchecked reaches XML or a PDF.
 * @throws DateError (code `E_BAD_DATE`) naming the field.
 */
export function renderDates(circular: { date: string | null }, options: { date?: string | undefined; profile?: { date?: string | undefined } | undefined }): { created: string; stand: string | null } {
  if (options.date !== undefined) assertIsoDate("date", options.date);
  if (circular.date !== null && circular.date !== undefined) assertIsoDate("circular.date", circular.date);
  const profileDate = options.profile?.date;
  if (profileDate !== undefined) assertIsoDate("profile.date", profileDate);
  return { created: options.date ?? circular.date ?? "1970-01-01", stand: profileDate ?? options.date ?? null };
}

/** The last Sunday of `month` (0-based) in `year`, 01:00 UTC: when EU summer time begins (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Today in Germany as YYYY-MM-DD: the documents' date when none is given, the
 * same in the CLI and the web page, whatever the machine's time zone.
 *
 * German time by the EU rule (UTC+1, UTC+2 from the last Sunday of March to
 * the last Sunday of October, at 01:00 UTC), in force since 1996, instead of
 * Intl: its first date format loads locale data, about 20 ms of every start
 * of the CLI without `--date`. date.test.ts compares the two for every
 * change of the clocks from 1996 to 2099 with the time zone data of the
 * running Node, so a change of the rule fails a test; outside those years
 * Intl answers.
 */
export function todayInGermany(now: Date = new Date()): string {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  if (!(year >= 1996 && year <= 2099)) {
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  }
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}
