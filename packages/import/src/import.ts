import { ContentError, lastBodyLine, parseCircular, type Block, type Circular } from "@handreichung/content";
import { buildBody, quotedUnits, segmentBody, withoutUnit, type Segment } from "./blocks.js";
import { ImportError } from "./errors.js";
import { findFileReference, parseFileReferenceLine } from "./file-reference.js";
import { assertText } from "./guard.js";
import { parseCategoryLine, parseDateLine } from "./header.js";
import { circularId } from "./id.js";
import { isCutOff, lastWords } from "./incomplete.js";
import { detectLayout, isLayout, type Layout, type LayoutName } from "./layout.js";
import { normalizeLines, type SourceLine } from "./normalize.js";
import { DEFAULT_PUBLISHER, PUBLISHERS } from "./publishers.js";
import { toUnits } from "./units.js";
import { warningText, type ImportWarning } from "./warnings.js";

export interface ImportOptions {
  /** Where the text came from: names the error, and the id when nothing better is known. */
  fileName?: string;
  /** Fail when a field the publisher's circulars always have is missing, or the text is cut off. */
  strict?: boolean;
}

export interface ImportResult {
  /** Validated through parseCircular. */
  circular: Circular;
  /** What could not be determined and is null, what was dropped or kept as body text: one line each, in English. */
  warnings: string[];
  /** The same warnings as values, in the same order: `warningText(w, "de")` words them in German. */
  warningDetails: ImportWarning[];
  layout: LayoutName;
  /** The lines dropped as page furniture, as written (each is named in a warning too). */
  dropped: string[];
}

/** StGB NRW, whose circulars the body-only archive pages are. */
export const ISSUER = DEFAULT_PUBLISHER.issuer;
/** The title of a page that has none (body-only pages); the schema requires one. */
export const UNTITLED = "Ohne Titel";

/**
 * Real circulars have hundreds of lines, a long one a few thousand. A text of
 * more is no circular, and the limit keeps the time and memory an import can
 * take in bounds whatever the text (each line costs a few objects).
 */
export const MAX_LINES = 100_000;

/** Lines as normalizeLines splits them: "\r\n", "\r" and "\n" each end one. */
function lineCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** Joins the header lines a page cites itself with ("Schnellbrief Nr. 57/2022 · Köln, 14.03.2022"). */
export const CITATION_JOIN = " · ";

/** A line as an error quotes it: JSON-escaped, so control characters show and the quotes are unambiguous. */
function quoted(line: string): string {
  return JSON.stringify(line.length > 200 ? `${line.slice(0, 200)}…` : line);
}

/** The header's facts; what the text does not say is null, with a warning. */
function headerFacts(lines: readonly SourceLine[], layout: Layout | null, warnings: ImportWarning[]) {
  const text = (i: number | null) => (i === null ? null : lines[i]!.text);
  const publisher = layout?.publisher ?? DEFAULT_PUBLISHER;
  const category = layout?.category != null ? parseCategoryLine(lines[layout.category]!.text) : null;
  if (category === null && publisher.categories) warnings.push({ code: "no-category" });

  const number = layout?.number ?? null;
  if (number === null) warnings.push({ code: "no-number" });
  else warnings.push(...number.warnings);
  let date = number?.date ?? null;
  const dateLine = text(layout?.dateLine ?? null);
  if (dateLine !== null) {
    const parsed = parseDateLine(dateLine);
    if (parsed && "iso" in parsed) date ??= parsed.iso;
    else if (parsed) warnings.push({ code: "invalid-date", value: parsed.invalid });
  }
  if (date === null && !(number?.hasDate ?? false) && dateLine === null) warnings.push({ code: "no-date" });

  const title = text(layout?.title ?? null);
  if (title === null) warnings.push({ code: "no-title", title: UNTITLED });

  // How the page cites itself: its series line, and its own date line where it has one.
  const citation = [layout?.numberLine ?? null, layout?.numberLine2 ?? null, layout?.dateLine ?? null]
    .map(text)
    .filter((line): line is string => line !== null);
  const issuer = layout?.publisherLine != null ? lines[layout.publisherLine]!.text : publisher.issuer;
  return { publisher, issuer, category, number, date, title, citation: citation.length && number?.series != null ? citation.join(CITATION_JOIN) : null };
}

/**
 * Parses the plain text of a published circular (any of the known page layouts
 * and publishers) into a validated Circular. What the text does not say is
 * null, with a warning; no text is dropped except page furniture (each line
 * named in a warning) and leftover tags.
 * Throws ImportError for empty, binary or non-circular text, and in strict mode
 * when a required field is missing or the text is cut off.
 */
export function importCircular(text: string, options: ImportOptions = {}): ImportResult {
  const { fileName, strict = false } = options;
  assertText(text, fileName);
  // Counted before anything else is done with the lines, so a refusal is quick.
  const count = lineCount(text);
  if (count > MAX_LINES) {
    throw new ImportError("E_IMPORT_TOO_LONG", `the text has ${count} lines; the text of a circular has at most ${MAX_LINES}`, fileName);
  }
  const lines = normalizeLines(text);
  if (lines.every((line) => line.text === "")) {
    throw new ImportError("E_IMPORT_NOT_A_CIRCULAR", "not a circular: the text holds only page furniture (icon names, share buttons, \"Link kopieren\")", fileName);
  }

  const warnings: ImportWarning[] = [];
  const detected = detectLayout(lines);
  if (detected !== null && !isLayout(detected)) {
    throw new ImportError(
      "E_IMPORT_NOT_A_CIRCULAR",
      detected.kind === "press"
        ? `not a circular: a press release or news item (${quoted(detected.line)}), not a circular of a municipal association`
        : `not a circular of a known publisher: ${quoted(detected.line)} names no publisher (a line such as ${PUBLISHERS.slice(1, 3).map((p) => `"${p.names[0]}"`).join(" or ")})`,
      fileName,
    );
  }
  const layout = detected;

  const droppedAt = new Set(layout?.furniture ?? []);
  lines.forEach((line, i) => line.dropped !== null && droppedAt.add(i));
  const dropped = [...droppedAt].sort((a, b) => a - b).map((i) => lines[i]!.dropped ?? lines[i]!.text);
  for (const line of dropped) warnings.push({ code: "dropped-furniture", line });

  const stray: Block[] = (layout?.stray ?? []).map((i) => ({ type: "paragraph", text: lines[i]!.text }));
  if (stray.length > 0) {
    warnings.push({ code: "stray-lines", count: stray.length, first: lines[layout!.stray[0]!]!.text });
  }

  const units = toUnits(lines.slice(layout?.bodyStart ?? 0));
  let fileReference: string | null = layout?.fileReferenceLine != null ? parseFileReferenceLine(lines[layout.fileReferenceLine]!.text) : null;
  // Without one in the header, the circular's own Az. is its last standalone "Az.:" line outside quotations.
  let endsWithAz = false;
  let segments: Segment[] | null = segmentBody(units);
  if (fileReference === null) {
    const quotedFlags = quotedUnits(segments);
    const at = findFileReference(units, quotedFlags);
    if (layout === null && at < 0) {
      throw new ImportError(
        "E_IMPORT_NOT_A_CIRCULAR",
        'not a circular: no header ("Mitteilungen - …", "StGB NRW-Mitteilung N/JJJJ", "Rundschreiben Nr. N/JJJJ" under a publisher, "N/JJJJ") and no "Az.:" line',
        fileName,
      );
    }
    if (at >= 0) {
      const line = units[at]!.text;
      fileReference = parseFileReferenceLine(line);
      endsWithAz = true;
      if (at < units.length - 1) warnings.push({ code: "text-after-file-reference", line });
      segments = withoutUnit(segments, units[at]!);
      units.splice(at, 1);
    } else warnings.push({ code: "no-file-reference" });
  }
  if (units.length === 0) {
    throw new ImportError("E_IMPORT_NOT_A_CIRCULAR", "not a circular: no body text after the header", fileName);
  }

  // A text that stops mid-sentence with no Az. after it is cut off: an excerpt.
  const cutOff = !endsWithAz && isCutOff(units[units.length - 1]!.text);
  // A cut-off text may end inside a quotation that never closes: read again with that in mind.
  if (segments === null || cutOff) segments = segmentBody(units, { openAtEnd: cutOff });
  const body = [...stray, ...buildBody(segments)];
  // The last words as the body reads them (a list item without its "- ").
  const incomplete = cutOff ? { lastWords: lastWords(lastBodyLine({ body, models: [], publication: null } as unknown as Circular)) } : null;
  if (incomplete) warnings.push({ code: "incomplete", lastWords: incomplete.lastWords });
  const facts = headerFacts(lines, layout, warnings);
  const fields = {
    category: facts.category,
    number: facts.number?.number ?? null,
    year: facts.number?.year ?? null,
    date: facts.date,
    fileReference,
  };
  if (strict) {
    const required = [...(facts.publisher.categories ? ["category"] : []), "number", "year", "date", ...(facts.publisher.fileReferences ? ["fileReference"] : [])] as const;
    const missing: string[] = required.filter((key) => fields[key as keyof typeof fields] === null);
    if (facts.title === null) missing.unshift("title");
    const cut = incomplete ? `the text is cut off after ${quoted(incomplete.lastWords)}` : null;
    if (missing.length > 0) {
      throw new ImportError("E_IMPORT_MISSING_FIELD", `missing required field(s) (strict): ${missing.join(", ")}${cut ? `; ${cut}` : ""}`, fileName);
    }
    if (cut) throw new ImportError("E_IMPORT_INCOMPLETE", `${cut} (strict)`, fileName);
  }

  const candidate = {
    id: circularId({ prefix: facts.publisher.key, number: fields.number, year: fields.year, title: facts.title, fileName }),
    issuer: facts.issuer,
    series: facts.number?.series != null && !facts.number.shared ? canonicalSeries(facts.number.series) : (facts.number?.series ?? seriesOf(facts.publisher)),
    ...fields,
    title: facts.title ?? UNTITLED,
    body,
    models: [],
    publication: null,
    source: facts.citation !== null ? { citation: facts.citation, url: null } : null,
    incomplete,
  };
  try {
    return { circular: parseCircular(candidate), warnings: warnings.map((w) => warningText(w)), warningDetails: warnings, layout: layout?.name ?? "body-only", dropped };
  } catch (error) {
    // The importer built something the schema rejects: a bug here, reported as bad input all the same.
    if (error instanceof ContentError) {
      throw new ImportError("E_IMPORT_INVALID", `the imported circular is invalid: ${error.lines().join("; ")}`, fileName);
    }
    throw error;
  }
}

/** The series as the content names it: "StGB NRW-Mitteilung" however the page spaced it. */
function canonicalSeries(written: string): string {
  const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  for (const p of PUBLISHERS) for (const name of p.series) if (squeeze(name) === squeeze(written)) return p.series[0]!;
  return written;
}

function seriesOf(publisher: (typeof PUBLISHERS)[number]): string {
  return publisher.series[0] ?? publisher.sharedSeries[0] ?? "Mitteilung";
}
