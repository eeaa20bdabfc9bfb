import { startsWithMonth } from "./date.js";

export const BULLET = /^[-–•*·]\s+(\S.*)$/;
const SUB_NUMBERED = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+(\S.*)$/;
const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;
const ROMAN = /^[IVX]{1,4}\.\s+(\S.*)$/;
const MAX_HEADING = 90;

export type Numbering = "roman" | "number" | "sub";

/** "II. Finanzlage" -> roman, "2. Empfehlungen" -> number 2, "2.1 Kreisumlage" -> sub. */
export function numbering(text: string): { kind: Numbering; value: number; rest: string } | null {
  const c = text.charCodeAt(0);
  // Only a digit or a roman numeral can start one.
  if (text.length > 2000 || !((c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88)) return null;
  let m = SUB_NUMBERED.exec(text);
  if (m) return { kind: "sub", value: 0, rest: m[1]! };
  m = NUMBERED.exec(text);
  if (m) return { kind: "number", value: Number(m[1]), rest: m[2]! };
  m = ROMAN.exec(text);
  if (m) return { kind: "roman", value: 0, rest: m[1]! };
  return null;
}

/** Short, no final punctuation, a few words: how a heading looks. */
export function looksLikeHeading(text: string, maxWords = 12): boolean {
  return text.length <= MAX_HEADING && !/[.,;:!?]$/.test(text) && text.split(" ").length <= maxWords;
}

// "1. Ausgangslage": numbered, short, a capital after the number, no final
// punctuation. "1. Januar 2005 …" and "1. Der Antrag ist … zu stellen." are text.
export function headingKind(text: string): Numbering | null {
  const n = numbering(text);
  if (!n || !looksLikeHeading(text)) return null;
  if (!/^[\p{Lu}„"]/u.test(n.rest) || startsWithMonth(n.rest) || n.rest.split(" ").length > 12) return null;
  return n.kind;
}

/** The level of a numbered heading: "I." chapters 2, "1." sections 2 (3 below roman chapters), "1.1" 3. */
export function headingLevel(kind: Numbering | null, roman: boolean): 2 | 3 {
  return kind === "sub" || (kind === "number" && roman) ? 3 : 2;
}

// A letter's salutation and closing: what a quoted letter looks like.
const SALUTATION = /^(?:Sehr geehrte|Sehr verehrte|Liebe|Lieber)\b/;
export const CLOSING = /^(?:mit freundlichen grüßen|mit freundlichem gruß|im auftrag|gez\b|i\.\s?a\.)/i;

export function isSalutation(text: string): boolean {
  return SALUTATION.test(text);
}

/** Whether `text` has at least `count` words, looking no further than needed (a line may be megabytes long). */
export function hasWords(text: string, count: number): boolean {
  let words = 1;
  for (let at = text.indexOf(" "); at >= 0 && words < count; at = text.indexOf(" ", at + 1)) words++;
  return words >= count;
}

/** A sentence of some length: ends in . ! ? (before a closing mark) and has four words or more. */
export function isSentence(text: string): boolean {
  return /[.!?][“”"«»)]?$/.test(text) && hasWords(text, 4);
}
