import { ContentError, parseCircular, type Block, type Circular } from "@handreichung/content";
import { buildBlocks } from "./blocks.js";
import { ImportError } from "./errors.js";
import { findFileReference, parseFileReferenceLine } from "./file-reference.js";
import { assertText } from "./guard.js";
import { isCitationLine, parseCategoryLine, parseNumberLine } from "./header.js";
import { circularId } from "./id.js";
import { detectLayout, type LayoutName } from "./layout.js";
import { normalizeLines } from "./normalize.js";
import { toUnits } from "./units.js";

export interface ImportOptions {
  /** Where the text came from: names the error, and the id when nothing better is known. */
  fileName?: string;
  /** Fail when category, number, year, date, file reference or title is missing. */
  strict?: boolean;
}

export interface ImportResult {
  /** Validated through parseCircular. */
  circular: Circular;
  /** What could not be determined and is null (or kept as body text), one line each. */
  warnings: string[];
  layout: LayoutName;
}

export const ISSUER = "Städte- und Gemeindebund Nordrhein-Westfalen";
/** The title of a page that has none (body-only pages); the schema requires one. */
export const UNTITLED = "Ohne Titel";

const REQUIRED = ["category", "number", "year", "date", "fileReference"] as const;

/**
 * Parses the plain text of a published circular (any of the known page layouts)
 * into a validated Circular. What the text does not say is null, with a warning;
 * no text is dropped except page furniture and leftover tags.
 * Throws ImportError for empty, binary or non-circular text, and in strict mode
 * when a required field is missing.
 */
export function importCircular(text: string, options: ImportOptions = {}): ImportResult {
  const { fileName, strict = false } = options;
  assertText(text, fileName);
  const lines = normalizeLines(text);
  if (lines.every((line) => line.text === "")) {
    throw new ImportError("E_IMPORT_NOT_A_CIRCULAR", "not a circular: the text holds only page furniture (icon names, \"Link kopieren\")", fileName);
  }

  const warnings: string[] = [];
  const layout = detectLayout(lines);
  const stray: Block[] = (layout?.stray ?? []).map((i) => ({ type: "paragraph", text: lines[i]!.text }));
  if (stray.length > 0) {
    warnings.push(`${stray.length} unrecognised line(s) around the header kept as body text, first: "${lines[layout!.stray[0]!]!.text}"`);
  }

  const units = toUnits(lines.slice(layout?.bodyStart ?? 0));
  const fileReferenceAt = findFileReference(units.map((u) => ({ text: u.text, quoted: u.quote !== null })));
  if (layout === null && fileReferenceAt < 0) {
    throw new ImportError(
      "E_IMPORT_NOT_A_CIRCULAR",
      'not a circular: no header ("Mitteilungen - …", "StGB NRW-Mitteilung N/JJJJ", "N/JJJJ") and no "Az.:" line',
      fileName,
    );
  }
  let fileReference: string | null = null;
  if (fileReferenceAt >= 0) {
    const line = units[fileReferenceAt]!.text;
    fileReference = parseFileReferenceLine(line);
    if (fileReferenceAt < units.length - 1) warnings.push(`text follows the file reference line "${line}": kept in the body`);
    units.splice(fileReferenceAt, 1);
  } else {
    warnings.push('no file reference ("Az.: …") found: fileReference is null');
  }

  const body = [...stray, ...buildBlocks(units)];
  if (units.length === 0) {
    throw new ImportError("E_IMPORT_NOT_A_CIRCULAR", "not a circular: no body text after the header", fileName);
  }

  const category = layout?.category != null ? parseCategoryLine(lines[layout.category]!.text) : null;
  if (category === null) warnings.push('no category line ("Mitteilungen - …") found: category is null');

  const numberText = layout?.numberLine != null ? lines[layout.numberLine]!.text : null;
  const parsed = numberText === null ? null : parseNumberLine(numberText);
  if (parsed === null) warnings.push('no circular number ("N/JJJJ") found: number and year are null');
  else warnings.push(...parsed.warnings);
  if (parsed === null || !parsed.hasDate) warnings.push('no date line ("vom TT.MM.JJJJ") found: date is null');

  const title = layout?.title != null ? lines[layout.title]!.text : null;
  if (title === null) warnings.push(`no title found: title is "${UNTITLED}"`);

  const fields = {
    category,
    number: parsed?.number ?? null,
    year: parsed?.year ?? null,
    date: parsed?.date ?? null,
    fileReference,
  };
  if (strict) {
    const missing: string[] = REQUIRED.filter((key) => fields[key] === null);
    if (title === null) missing.unshift("title");
    if (missing.length > 0) {
      throw new ImportError("E_IMPORT_MISSING_FIELD", `missing required field(s) (strict): ${missing.join(", ")}`, fileName);
    }
  }

  const candidate = {
    id: circularId({ number: fields.number, year: fields.year, title, fileName }),
    issuer: ISSUER,
    series: "StGB NRW-Mitteilung",
    ...fields,
    title: title ?? UNTITLED,
    body,
    models: [],
    publication: null,
    source: numberText !== null && isCitationLine(numberText) ? { citation: numberText, url: null } : null,
  };
  try {
    return { circular: parseCircular(candidate), warnings, layout: layout?.name ?? "body-only" };
  } catch (error) {
    // The importer built something the schema rejects: a bug here, reported as bad input all the same.
    if (error instanceof ContentError) {
      throw new ImportError("E_IMPORT_INVALID", `the imported circular is invalid: ${error.lines().join("; ")}`, fileName);
    }
    throw error;
  }
}
