import type { CheckResult, Finding } from "../findings.js";
import { sourceFindings } from "../source.js";
import { readDocx, type DocxDocument } from "./read.js";

export interface DocxCheckOptions {
  /** The published text the document must be faithful to: every sentence in the body's text, the body in order. */
  source?: string;
  /** A template filled from a profile: no `{{placeholder}}` left, no bound content control showing its placeholder. */
  filled?: boolean;
  /** For an unfilled template: how many fields at least (`{{key}}` fields and bound content controls together; default 5). */
  minFields?: number;
  /** Language the document's text must be marked with (default "de"). */
  lang?: string;
}

/**
 * The project's check of a Word template, on the parts as Word reads them:
 * every XML part well-formed UTF-8 with a content type, relationships that
 * resolve, every style the body uses defined, Heading 1 and 2 used, the text
 * marked German, a title in the properties, a table whose header row repeats,
 * page numbers in the footer, the `{{placeholder}}` fields (open or, with
 * `filled`, all filled), and with `source` every sentence of it in the text.
 * Findings are empty when all holds.
 */
export function checkDocx(bytes: Uint8Array, options: DocxCheckOptions = {}): CheckResult<DocxDocument | null> {
  let doc: DocxDocument;
  try {
    doc = readDocx(bytes);
  } catch (error) {
    return { ok: false, findings: [{ check: "zip", message: `not a zip archive: ${(error as Error).message}` }], document: null };
  }
  const findings = docxFindings(doc, options);
  return { ok: findings.length === 0, findings, document: doc };
}

/** The findings for a .docx already read. */
export function docxFindings(doc: DocxDocument, options: DocxCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const fail = (check: string, message: string) => findings.push({ check, message });

  for (const { part, error } of doc.malformed) fail("xml", `${part} is not well-formed: ${error.split("\n")[0]}`);
  if (!doc.parts.includes("word/document.xml")) fail("parts", "no word/document.xml");
  if (!doc.parts.includes("word/styles.xml")) fail("parts", "no word/styles.xml");
  if (doc.untyped.length > 0) fail("content-types", `parts without a content type: ${doc.untyped.join(", ")}`);
  if (doc.brokenRelationships.length > 0) fail("relationships", `relationships to missing parts: ${doc.brokenRelationships.join(", ")}`);
  if (doc.undefinedStyles.length > 0) fail("styles", `styles used but not defined: ${doc.undefinedStyles.join(", ")}`);

  const levels = new Set(doc.headings.map((h) => h.level));
  if (!levels.has(1) || !levels.has(2)) fail("headings", `the body does not use both Heading 1 and Heading 2 (uses levels ${[...levels].sort().join(", ") || "none"})`);
  const lang = (options.lang ?? "de").toLowerCase();
  if (!doc.languages.some((l) => l.toLowerCase().startsWith(lang))) fail("lang", `no w:lang ${lang}-… in the styles or the body (found ${JSON.stringify(doc.languages)})`);
  if (!doc.core.title?.trim()) fail("title", "docProps/core.xml has no dc:title");

  if (doc.tables.length === 0) fail("tables", "no table");
  else if (!doc.tables.some((t) => t.headerRepeats)) fail("tables", "no table whose header row repeats on each page (w:tblHeader)");
  const footerFields = Object.keys(doc.footers).length > 0 && doc.fields.some((f) => /^PAGE\b/.test(f));
  if (!footerFields) fail("page-numbers", "no PAGE field: the footer shows no page number");

  const bound = doc.contentControls.filter((c) => c.bound);
  if (options.filled) {
    if (doc.placeholders.length > 0) fail("placeholders", `${doc.placeholders.length} placeholders left unfilled: ${doc.placeholders.join(", ")}`);
    const open = bound.filter((c) => c.showingPlaceholder);
    if (open.length > 0) fail("placeholders", `${open.length} bound content controls still show their placeholder text: ${open.map((c) => c.tag ?? c.alias).join(", ")}`);
  } else {
    const tags = new Set(bound.map((c) => c.tag ?? c.alias));
    const min = options.minFields ?? 5;
    if (doc.placeholders.length + tags.size < min) fail("placeholders", `only ${doc.placeholders.length} {{placeholder}} fields and ${tags.size} bound content controls (want at least ${min} together)`);
  }

  if (options.source !== undefined) {
    const titles = [doc.core.title ?? "", ...doc.paragraphs.filter((p) => /^(Title|heading \d)$/i.test(p.styleName ?? "")).map((p) => p.text)];
    findings.push(...sourceFindings(options.source, doc.text, titles, "the document text"));
  }
  return findings;
}
