import type { Block, ListBlock } from "@handreichung/content";
import { startsWithMonth } from "./date.js";

/** One non-empty body line with what the layout tells about it. */
export interface Unit {
  text: string;
  /** A blank line (or page furniture) precedes it. */
  blankBefore: boolean;
  /** "dir": inside <DIR>…</DIR>; "marks": inside a „…“ spanning whole lines. */
  quote: "dir" | "marks" | null;
}

const BULLET = /^[-–•*·]\s+(\S.*)$/;
const SUB_NUMBERED = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.*)$/;
const NUMBERED = /^\d{1,2}\.\s+(\S.*)$/;
const ROMAN = /^[IVX]{1,4}\.\s+(\S.*)$/;
const MAX_HEADING = 90;

type Numbering = "roman" | "number" | "sub";

function numbering(text: string): { kind: Numbering; rest: string } | null {
  let m = SUB_NUMBERED.exec(text);
  if (m) return { kind: "sub", rest: m[1]! };
  m = NUMBERED.exec(text);
  if (m) return { kind: "number", rest: m[1]! };
  m = ROMAN.exec(text);
  if (m) return { kind: "roman", rest: m[1]! };
  return null;
}

// "1. Ausgangslage": numbered, short, a capital after the number, no final
// punctuation. "1. Januar 2005 …" and "1. Der Antrag ist … zu stellen." are text.
function headingKind(text: string): Numbering | null {
  const n = numbering(text);
  if (!n || text.length > MAX_HEADING || /[.,;:!?]$/.test(text)) return null;
  if (!/^[\p{Lu}„"]/u.test(n.rest) || startsWithMonth(n.rest) || n.rest.split(" ").length > 12) return null;
  return n.kind;
}

/**
 * Numbered lines directly next to a line numbered the same way are a list
 * written as text ("1. Kopie\n2. Antrag"), not a run of empty sections.
 */
function isHeading(units: readonly Unit[], i: number): Numbering | null {
  const unit = units[i]!;
  if (unit.quote !== null) return null;
  const kind = headingKind(unit.text);
  if (!kind) return null;
  const prev = units[i - 1];
  const next = units[i + 1];
  if (prev && !unit.blankBefore && numbering(prev.text)?.kind === kind) return null;
  if (next && !next.blankBefore && numbering(next.text)?.kind === kind) return null;
  return kind;
}

// A one-line block between blank lines, short, capitalised, without final or
// inner punctuation: "Hinweise der Geschäftsstelle". Only where blank lines
// separate blocks (classic layout); a letter's closing is no heading.
const CLOSING = /^(mit freundlichen grüßen|im auftrag|gez\b)/i;
function isStandaloneHeading(units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const next = units[i + 1];
  if (unit.quote !== null || !unit.blankBefore || !next?.blankBefore) return false;
  const text = unit.text;
  return (
    text.length <= 60 && text.split(" ").length <= 8 && /^\p{Lu}/u.test(text) && !/[.,;:!?\d“”"«»)]/u.test(text) && !BULLET.test(text) && !CLOSING.test(text)
  );
}

/**
 * Turns body lines into blocks. Every line's text is kept as written: a "- "
 * bullet loses only its marker, a numbered heading keeps its number.
 */
export function buildBlocks(units: readonly Unit[]): Block[] {
  const kinds = units.map((_, i) => isHeading(units, i));
  // With "I." chapters, "1." sections sit one level below them.
  const roman = kinds.includes("roman");
  const blocks: Block[] = [];
  let list: ListBlock | null = null;

  units.forEach((unit, i) => {
    const bullet = BULLET.exec(unit.text);
    if (unit.quote === "marks" || (unit.quote === "dir" && !bullet)) {
      list = null;
      blocks.push({ type: "quote", text: unit.text });
      return;
    }
    if (bullet) {
      // Bullets separated only by a blank line still form one list.
      if (list === null) {
        list = { type: "list", ordered: false, items: [] };
        blocks.push(list);
      }
      list.items.push(bullet[1]!);
      return;
    }
    list = null;
    const kind = kinds[i];
    if (kind) {
      const level = kind === "sub" || (kind === "number" && roman) ? 3 : 2;
      blocks.push({ type: "heading", level, text: unit.text });
      return;
    }
    if (isStandaloneHeading(units, i)) {
      blocks.push({ type: "heading", level: 2, text: unit.text });
      return;
    }
    // "… dargestellt:" + an unmarked line + "- " lines: the unmarked line is the
    // list's first item whose marker got lost (441/2004 has exactly this).
    const prev = units[i - 1];
    const next = units[i + 1];
    const last = blocks[blocks.length - 1];
    if (
      prev && next && !unit.blankBefore && !next.blankBefore && next.quote === null && BULLET.test(next.text) &&
      last?.type === "paragraph" && last.text === prev.text && prev.text.endsWith(":")
    ) {
      list = { type: "list", ordered: false, items: [unit.text] };
      blocks.push(list);
      return;
    }
    blocks.push({ type: "paragraph", text: unit.text });
  });
  return blocks;
}
