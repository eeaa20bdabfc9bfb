import { normalizeForCoverage } from "@handreichung/content/data";
import type { CheckResult, Finding } from "../findings.js";
import { sourceFindings, sourceHasList, sourceHasSubheading } from "../source.js";
import { pdfElements, readPdf, type PdfDocument, type PdfNode } from "./read.js";

export interface PdfCheckOptions {
  /** The published text the document must be faithful to: every sentence in the tagged text, the body in order. */
  source?: string;
  /** Allowed page count (inclusive). */
  pages?: { min?: number; max?: number };
  /** Language the catalog's /Lang must start with (default "de"). */
  lang?: string;
  /** Whether every page must show "Seite X von Y" as an artifact (default true). */
  pageNumbers?: boolean;
}

const A4 = { width: 595.28, height: 841.89 };
const STANDARD_FONTS = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

/**
 * The project's check of a PDF handout, as a reader's software sees it
 * (pdf.js): tagged with a Document root, headings in order, lists as L > LI >
 * Lbl/LBody, tables as Table > TR > TH/TD, Alt text on every Figure, /Lang,
 * title shown in the title bar, PDF/UA identification, bookmarks for the
 * headings, embedded fonts, A4 pages, header and footer as artifacts with
 * "Seite X von Y", no untagged text, and with `source` every sentence of it in
 * the tagged text. Findings are empty when all holds.
 */
export async function checkPdf(bytes: Uint8Array, options: PdfCheckOptions = {}): Promise<CheckResult<PdfDocument | null>> {
  let doc: PdfDocument;
  try {
    doc = await readPdf(bytes);
  } catch (error) {
    return { ok: false, findings: [{ check: "open", message: `pdf.js cannot open it: ${(error as Error).message}` }], document: null };
  }
  const findings = pdfFindings(doc, options);
  return { ok: findings.length === 0, findings, document: doc };
}

/** The findings for a PDF already read. */
export function pdfFindings(doc: PdfDocument, options: PdfCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const fail = (check: string, message: string) => findings.push({ check, message });
  const pages = doc.pages;

  const count = doc.pageCount;
  if (options.pages?.min !== undefined && count < options.pages.min) fail("pages", `${count} pages, fewer than ${options.pages.min}`);
  if (options.pages?.max !== undefined && count > options.pages.max) fail("pages", `${count} pages, more than ${options.pages.max}`);
  const notA4 = pages.filter((p) => Math.abs(p.width - A4.width) > 1.5 || Math.abs(p.height - A4.height) > 1.5);
  if (notA4.length > 0) fail("a4", `pages not A4 portrait: ${notA4.map((p) => `${p.number} (${p.width} x ${p.height})`).join(", ")}`);

  const lang = options.lang ?? "de";
  if (!doc.lang?.toLowerCase().startsWith(lang.toLowerCase())) fail("lang", `catalog /Lang is ${JSON.stringify(doc.lang)}, not ${lang}-…`);
  if (!doc.title?.trim()) fail("title", "no document title in Info");
  if (!doc.displayDocTitle) fail("title", "ViewerPreferences /DisplayDocTitle is not true: the title bar would show the file name");
  if (!doc.marked) fail("tagged", "MarkInfo /Marked is not true");
  if (!doc.xmp || !/pdfuaid:part(?:>\s*|="|=')1\b/.test(doc.xmp)) fail("pdfua", "XMP has no pdfuaid:part 1 (PDF/UA identification)");
  if (doc.fonts.length === 0 && pages.some((p) => p.text.trim() !== "")) fail("fonts", "text without fonts");
  for (const font of doc.fonts) {
    if (!font.embedded) fail("fonts", `font not embedded: ${font.name}`);
    else if (STANDARD_FONTS.test(font.name.replace(/^[A-Z]{6}\+/, ""))) fail("fonts", `a standard PDF font: ${font.name}`);
  }

  const untreed = pages.filter((p) => p.tree === null && p.text.trim() !== "");
  if (untreed.length > 0) fail("tagged", `pages with text but no structure: ${untreed.map((p) => p.number).join(", ")}`);
  for (const page of pages) {
    if (!page.tree) continue;
    const roots = page.tree.children.map((c) => c.role);
    // A page with no tagged content (only artifacts) has an empty tree; its text is judged below.
    if (roots.length > 0 && (roots.length !== 1 || roots[0] !== "Document")) fail("root", `page ${page.number}: the structure root holds ${JSON.stringify(roots)}, not one Document`);
    if (page.untaggedText !== "") fail("artifacts", `page ${page.number}: text neither tagged nor an artifact: ${JSON.stringify(page.untaggedText.slice(0, 80))}`);
  }
  findings.push(...structureFindings(doc));

  if (options.pageNumbers !== false) {
    for (const page of pages) {
      const label = `Seite ${page.number} von ${doc.pageCount}`;
      if (!page.artifactText.replace(/\s+/g, " ").includes(label)) fail("artifacts", `page ${page.number}: no "${label}" in the page furniture (artifacts)`);
    }
    if (/Seite \d+ von \d+/.test(doc.taggedText)) fail("artifacts", 'page numbers ("Seite X von Y") in the tagged text: the footer must be an artifact');
  }

  const headings = pdfElements(doc).filter((n) => /^H[1-6]?$/.test(n.role));
  // Compared without white space and hyphens: a heading may be hyphenated over two lines.
  const titles = new Set(doc.outline.map((o) => normalizeForCoverage(o.title)));
  if (doc.outline.length === 0) fail("outline", "no bookmarks");
  const unmarked = headings.map((h) => h.text.replace(/\s+/g, " ").trim()).filter((t) => t !== "" && !titles.has(normalizeForCoverage(t)));
  if (unmarked.length > 0) fail("outline", `headings without a bookmark: ${unmarked.map((t) => JSON.stringify(t)).join(", ")}`);

  if (options.source !== undefined) {
    const roles = new Set(pdfElements(doc).map((n) => n.role));
    if (sourceHasList(options.source) && !(roles.has("L") && roles.has("LI"))) fail("source-structure", "the source has a list but the structure has no L/LI");
    if (sourceHasSubheading(options.source) && !roles.has("H2") && !roles.has("H3")) fail("source-structure", "the source has subheadings but the structure has no H2/H3");
    const h1 = headings.filter((h) => h.role === "H1").map((h) => h.text);
    findings.push(...sourceFindings(options.source, doc.taggedText, [...h1, doc.title ?? ""], "the tagged text"));
  }
  return findings;
}

const LIST_ITEM_PARTS = new Set(["Lbl", "LBody"]);
const TABLE_ROW_GROUPS = new Set(["THead", "TBody", "TFoot"]);

/** Roles and nesting: what PDF/UA and a screen reader expect of each element. */
function structureFindings(doc: PdfDocument): Finding[] {
  const findings: Finding[] = [];
  const fail = (check: string, message: string) => findings.push({ check, message });
  const all = pdfElements(doc);
  const roles = new Set(all.map((n) => n.role));
  for (const need of ["H1", "P"]) if (!roles.has(need)) fail("roles", `the structure has no ${need}`);

  const levels = all.filter((n) => /^H[1-6]$/.test(n.role)).map((n) => Number(n.role.slice(1)));
  if (levels.length > 0 && levels[0] !== 1) fail("headings", `the first heading is H${levels[0]}, not H1`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) fail("headings", `H${level} follows H${levels[i - 1]}: a heading level is skipped`);
  });

  for (const page of doc.pages) {
    if (!page.tree) continue;
    const at = `page ${page.number}`;
    const walk = (node: PdfNode, parent: PdfNode | null) => {
      const kids = node.children.map((c) => c.role);
      if (node.role === "L" && kids.some((r) => r !== "LI" && r !== "Caption" && r !== "L")) fail("lists", `${at}: L holds ${JSON.stringify(kids)}, not only LI`);
      if (node.role === "LI") {
        if (kids.some((r) => !LIST_ITEM_PARTS.has(r))) fail("lists", `${at}: LI holds ${JSON.stringify(kids)}, not Lbl/LBody`);
        if (!kids.includes("LBody") && node.text.trim() !== "") fail("lists", `${at}: LI without LBody`);
      }
      if ((node.role === "LI" && parent?.role !== "L") || (LIST_ITEM_PARTS.has(node.role) && parent?.role !== "LI")) {
        fail("lists", `${at}: ${node.role} inside ${parent?.role ?? "nothing"}`);
      }
      if (node.role === "Table" && kids.some((r) => r !== "TR" && !TABLE_ROW_GROUPS.has(r) && r !== "Caption")) fail("tables", `${at}: Table holds ${JSON.stringify(kids)}`);
      if (TABLE_ROW_GROUPS.has(node.role) && kids.some((r) => r !== "TR")) fail("tables", `${at}: ${node.role} holds ${JSON.stringify(kids)}, not only TR`);
      if (node.role === "TR" && kids.some((r) => r !== "TH" && r !== "TD")) fail("tables", `${at}: TR holds ${JSON.stringify(kids)}, not TH/TD`);
      if ((node.role === "TH" || node.role === "TD") && parent?.role !== "TR") fail("tables", `${at}: ${node.role} inside ${parent?.role ?? "nothing"}`);
      if (node.role === "Figure" && !node.alt?.trim()) fail("figures", `${at}: a Figure without alternative text`);
      for (const child of node.children) walk(child, node);
    };
    walk(page.tree, null);
  }
  return findings;
}
