import type { Block, ListBlock, QuoteContentBlock } from "@handreichung/content";
import { BULLET, CLOSING, headingKind, headingLevel, isSalutation, isSentence, looksLikeHeading, numbering, type Numbering } from "./headings.js";
import { quoteFinder } from "./quotes.js";
import { findTables, type TableRun } from "./table.js";
import type { Unit } from "./units.js";

/** How a stretch of body units is read. */
export type Segment =
  | { kind: "text"; units: Unit[] }
  /** A quotation: by its marks, or an indented (<DIR>) letter or announced quotation. */
  | { kind: "quote"; units: Unit[] }
  /** Headings an old page wrapped in <DIR>. */
  | { kind: "headings"; units: Unit[] };

// An indent around most of the body is the page's layout, not a quotation.
const WHOLE_BODY = 0.8;

/** What an indented (<DIR>) group of lines is: decided by what it looks like, never by the indent alone. */
function indentKind(units: readonly Unit[], before: Unit | undefined, total: number): Segment["kind"] {
  if (units.length <= 2 && units.every((u) => looksLikeHeading(u.text) && /^[\p{Lu}\d]/u.test(u.text) && !BULLET.test(u.text))) return "headings";
  if (units.length >= WHOLE_BODY * total) return "text";
  // A letter: salutation at the top or a closing formula.
  if (isSalutation(units[0]!.text) || units.some((u) => CLOSING.test(u.text))) return "quote";
  // An announced quotation ("Es heißt darin:") of running text, not an indented list.
  const listLike = units.every((u) => BULLET.test(u.text) || numbering(u.text) !== null);
  if (before?.text.endsWith(":") && !listLike && units.some((u) => isSentence(u.text))) return "quote";
  return "text";
}

/**
 * Splits the body into quotations, wrapped headings and plain text. `openAtEnd`:
 * the text is cut off, so a quotation still open at its end is one.
 */
export function segmentBody(units: readonly Unit[], options: { openAtEnd?: boolean } = {}): Segment[] {
  const finder = quoteFinder(
    units.map((u) => u.text),
    options,
  );
  const segments: Segment[] = [];
  const push = (kind: Segment["kind"], part: Unit[]) => {
    const last = segments[segments.length - 1];
    if (kind === "text" && last?.kind === "text") for (const unit of part) last.units.push(unit);
    else segments.push({ kind, units: part });
  };
  let i = 0;
  while (i < units.length) {
    const end = finder.end(i);
    if (end >= 0) {
      push("quote", units.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    const indent = units[i]!.indent;
    if (indent === null) {
      const last = segments[segments.length - 1];
      if (last?.kind === "text") last.units.push(units[i]!);
      else segments.push({ kind: "text", units: [units[i]!] });
      i++;
      continue;
    }
    // The indented group, up to its end or a quotation by marks inside it.
    let j = i + 1;
    while (j < units.length && units[j]!.indent === indent && finder.end(j) < 0) j++;
    const group = units.slice(i, j);
    push(indentKind(group, units[i - 1], units.length), group);
    i = j;
  }
  return segments;
}

/** Which units are inside a quotation: their Az. lines are not the circular's own. */
export function quotedUnits(segments: readonly Segment[]): boolean[] {
  const out: boolean[] = [];
  for (const s of segments) for (let k = 0; k < s.units.length; k++) out.push(s.kind === "quote");
  return out;
}

/**
 * The segments without `unit` (the circular's own Az. line), or null when
 * taking it out may change how the rest reads (it was indented, or has marks):
 * then the body must be segmented again.
 */
export function withoutUnit(segments: readonly Segment[], unit: Unit): Segment[] | null {
  if (unit.indent !== null || /[„»“”«"]/.test(unit.text)) return null;
  const out: Segment[] = [];
  for (const segment of segments) {
    const at = segment.units.indexOf(unit);
    if (at < 0) out.push(segment);
    else if (segment.kind !== "text") return null;
    else if (segment.units.length > 1) out.push({ kind: "text", units: segment.units.filter((u) => u !== unit) });
  }
  return out;
}

/** What the blocks of one body share: whether it has roman chapters, whether a section heading came yet. */
interface Context {
  roman: boolean;
  /** A level-2 heading of a section (numbered, standalone, wrapped): lone "- " titles sit below it. */
  seenSection: boolean;
}

// A one-line block between blank lines, short, capitalised, without final or
// inner punctuation: "Hinweise der Geschäftsstelle". Only where blank lines
// separate blocks (classic layout); a letter's closing is no heading.
function isStandaloneHeading(units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const next = units[i + 1];
  if (!unit.blankBefore || !next?.blankBefore) return false;
  const text = unit.text;
  return (
    text.length <= 60 && text.split(" ").length <= 8 && /^\p{Lu}/u.test(text) && !/[.,;:!?\d“”"«»)]/u.test(text) && !BULLET.test(text) && !CLOSING.test(text)
  );
}

/**
 * Runs of "1. …", "2. …" lines counting up from 1 (blank lines between them
 * allowed): an ordered list, numbers left to the list. Returns start -> end.
 */
function orderedRuns(units: readonly Unit[], skip: (i: number) => boolean): Map<number, number> {
  const runs = new Map<number, number>();
  let i = 0;
  while (i < units.length) {
    const n = skip(i) ? null : numbering(units[i]!.text);
    if (n?.kind !== "number" || n.value !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length && !skip(j)) {
      const m = numbering(units[j]!.text);
      if (m?.kind !== "number" || m.value !== j - i + 1) break;
      j++;
    }
    if (j - i >= 2) runs.set(i, j - 1);
    i = j;
  }
  return runs;
}

/**
 * Numbered lines directly next to a line numbered the same way are a list
 * written as text ("1.1 Kopie\n1.2 Antrag"), not a run of empty sections.
 */
function isNumberedHeading(units: readonly Unit[], i: number): Numbering | null {
  const unit = units[i]!;
  const kind = headingKind(unit.text);
  if (!kind) return null;
  const prev = units[i - 1];
  const next = units[i + 1];
  if (prev && !unit.blankBefore && numbering(prev.text)?.kind === kind) return null;
  if (next && !next.blankBefore && numbering(next.text)?.kind === kind) return null;
  return kind;
}

/**
 * Turns plain body lines into blocks. Every line's text is kept as written: a
 * "- " bullet loses only its marker, an ordered list's "1. " its number (the
 * list numbers its items), a numbered heading keeps its number.
 */
function textBlocks(units: readonly Unit[], ctx: Context, inQuote: boolean): QuoteContentBlock[] {
  const tables = new Map<number, TableRun>(findTables(units).map((t) => [t.start, t]));
  const inTable = new Uint8Array(units.length);
  for (const t of tables.values()) inTable.fill(1, t.start, t.end + 1);
  const ordered = orderedRuns(units, (i) => inTable[i] === 1);
  const blocks: QuoteContentBlock[] = [];
  const heading = (level: 2 | 3, text: string) => {
    if (level === 2) ctx.seenSection = true;
    blocks.push({ type: "heading", level, text });
  };
  const isBullet = (k: number) => k >= 0 && k < units.length && inTable[k] === 0 && BULLET.test(units[k]!.text);
  let list: ListBlock | null = null;

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const table = tables.get(i);
    if (table) {
      list = null;
      blocks.push(table.block);
      i = table.end;
      continue;
    }
    const runEnd = ordered.get(i);
    if (runEnd !== undefined) {
      list = null;
      blocks.push({ type: "list", ordered: true, items: units.slice(i, runEnd + 1).map((u) => numbering(u.text)!.rest) });
      i = runEnd;
      continue;
    }
    const bullet = BULLET.exec(unit.text);
    if (bullet) {
      // A lone "- Zwischentitel" between paragraphs is a sub-heading, not a one-item list;
      // so is one after a blank line below a list whose items end in punctuation.
      const lone = !isBullet(i + 1) && i + 1 < units.length && looksLikeHeading(bullet[1]!, 10);
      const afterList = list !== null && unit.blankBefore && /[.,;:]$/.test(units[i - 1]!.text);
      if (lone && (list === null ? !isBullet(i - 1) : afterList)) {
        list = null;
        blocks.push({ type: "heading", level: ctx.seenSection ? 3 : 2, text: bullet[1]! });
        continue;
      }
      // Bullets separated only by a blank line still form one list.
      if (list === null) {
        list = { type: "list", ordered: false, items: [] };
        blocks.push(list);
      }
      list.items.push(bullet[1]!);
      continue;
    }
    list = null;
    const kind = isNumberedHeading(units, i);
    if (kind) {
      heading(headingLevel(kind, ctx.roman), unit.text);
      continue;
    }
    if (!inQuote && isStandaloneHeading(units, i)) {
      heading(2, unit.text);
      continue;
    }
    // "… dargestellt:" + an unmarked line + "- " lines: the unmarked line is the
    // list's first item whose marker got lost (441/2004 has exactly this).
    const prev = units[i - 1];
    const next = units[i + 1];
    const last = blocks[blocks.length - 1];
    if (
      prev && next && !unit.blankBefore && !next.blankBefore && isBullet(i + 1) &&
      last?.type === "paragraph" && last.text === prev.text && prev.text.endsWith(":")
    ) {
      list = { type: "list", ordered: false, items: [unit.text] };
      blocks.push(list);
      continue;
    }
    blocks.push({ type: "paragraph", text: unit.text });
  }
  return blocks;
}

/** Whether the body has roman chapters ("I. Allgemeines"): then "1." sections sit one level below. */
function hasRomanChapters(units: readonly Unit[]): boolean {
  return units.some((u, i) => isNumberedHeading(units, i) === "roman");
}

/** Turns the segmented body into blocks: quotations keep their own structure. */
export function buildBody(segments: readonly Segment[]): Block[] {
  const ctx: Context = { roman: segments.some((s) => hasRomanChapters(s.units)), seenSection: false };
  const blocks: Block[] = [];
  for (const segment of segments) {
    if (segment.kind === "headings") {
      for (const u of segment.units) {
        const level = headingLevel(numbering(u.text)?.kind ?? null, ctx.roman);
        if (level === 2) ctx.seenSection = true;
        blocks.push({ type: "heading", level, text: u.text });
      }
    } else if (segment.kind === "quote") {
      const inner = textBlocks(segment.units, { roman: ctx.roman, seenSection: true }, true);
      const only = inner[0];
      blocks.push(inner.length === 1 && only?.type === "paragraph" ? { type: "quote", text: only.text } : { type: "quote", blocks: inner });
    } else for (const block of textBlocks(segment.units, ctx, false)) blocks.push(block);
  }
  return blocks;
}

/** Units -> blocks in one step, for callers that have no cut-off text to consider. */
export function buildBlocks(units: readonly Unit[]): Block[] {
  return buildBody(segmentBody(units));
}
