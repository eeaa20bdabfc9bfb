// Every rewrite of the XML docx writes, in one module: each depends on the
// shape of docx's output (pinned 9.15.2), and internals/docx.test.ts fails
// with a clear message when a new version writes it differently.
import { DocxShapeError } from "./packer.js";

/** Substitutes for the typeface where it is not installed: metric-compatible sans serifs. */
const FONT_FALLBACK =
  '<w:font w:name="Source Sans 3"><w:altName w:val="Arial"/><w:panose1 w:val="020B0503030403020204"/><w:charset w:val="00"/>' +
  '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';

/** docProps/core.xml with creation and modification date `stamp` instead of docx's clock time. */
export function pinCoreDates(xml: string, stamp: string): string {
  if (!/<dcterms:created[^>]*>[^<]*<\/dcterms:created>/.test(xml) || !/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/.test(xml)) {
    throw new DocxShapeError("docProps/core.xml has no dcterms:created/dcterms:modified to pin");
  }
  return xml.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`).replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/** The font table with a sans-serif family for Source Sans 3, so Word and LibreOffice substitute one. */
export function withFontFallback(xml: string): string {
  // Replace docx's bare entry for the font, or add one.
  const bare = /<w:font w:name="Source Sans 3"(?:\/>|>[\s\S]*?<\/w:font>)/;
  if (bare.test(xml)) return xml.replace(bare, FONT_FALLBACK);
  if (/<\/w:fonts>\s*$/.test(xml)) return xml.replace(/<\/w:fonts>\s*$/, `${FONT_FALLBACK}</w:fonts>`);
  return xml.replace(/<w:fonts([^>]*?)\/>\s*$/, `<w:fonts$1>${FONT_FALLBACK}</w:fonts>`);
}

/**
 * docx numbers heading bookmarks from a counter shared by every document in the
 * process, so the second render would differ from the first: number them from 1.
 * Only where docx writes them (bookmark names, hyperlink anchors, PAGEREF
 * fields): a circular's own text may say "_Toc12" and must stay as published.
 */
export function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  return xml
    .replace(/(w:name="|w:anchor="|>PAGEREF )_Toc(\d+)/g, (_m, lead: string, n: string) => {
      if (!names.has(n)) names.set(n, names.size + 1);
      return `${lead}_Toc${names.get(n)}`;
    })
    .replace(/(<w:bookmark(?:Start|End)[^>]*? w:id=")(\d+)"/g, (_m, head: string, n: string) => {
      if (!ids.has(n)) ids.set(n, ids.size + 1);
      return `${head}${ids.get(n)}"`;
    });
}

const TOC_SDT = /<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/;
/** The tab before a page number: a run holding only w:tab. */
const TAB_RUN = /<w:r>(?:<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:tab\/><\/w:r>/;
/** A PAGEREF field in one run, with no result yet. */
const PAGEREF_RUN = /<w:r>(?:<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:fldChar w:fldCharType="begin"[^>]*\/><w:instrText[^>]*>PAGEREF [^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/><\/w:r>/;
const ENTRY_PAGE = new RegExp(`${TAB_RUN.source}${PAGEREF_RUN.source}`, "g");

/**
 * Rewrites the entries docx writes into the table of contents before the field
 * is updated: without the tab and the empty PAGEREF field, and without the
 * paragraph's own dot-leader tab stop, so LibreOffice does not draw dot
 * leaders running to nothing; each entry gets its heading's number ("1.2 …"),
 * as the headings show it. The field itself is untouched, and an update
 * writes entries with page numbers in the TOC styles, whose dot-leader tab
 * stops are defined in styles.ts.
 */
export function plainTocEntries(xml: string): string {
  if (/<w:instrText[^>]*>\s*TOC /.test(xml) && !TOC_SDT.test(xml)) throw new DocxShapeError("the table of contents is no longer a w:sdt with docPartGallery \"Table of Contents\"");
  return xml.replace(TOC_SDT, (sdt) => {
    const counters = [0, 0, 0];
    return sdt.replace(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g, (p) => {
      const level = Number(/<w:pStyle w:val="TOC(\d)"\/>/.exec(p)?.[1] ?? 0);
      let out = p.replace(/<w:tabs>(?:(?!<\/w:tabs>)[\s\S])*<\/w:tabs>/, "").replace(ENTRY_PAGE, "");
      if (level >= 1 && level <= counters.length) {
        counters[level - 1]!++;
        counters.fill(0, level);
        const number = counters.slice(0, level).join(".");
        // Before the entry's first text: inside its hyperlink, after the field's begin run.
        out = out.replace(/<w:r>(<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:t(?: [^>]*)?>/, (run, rPr: string | undefined) => `<w:r>${rPr ?? ""}<w:t xml:space="preserve">${number} </w:t></w:r>${run}`);
      }
      return out;
    });
  });
}
