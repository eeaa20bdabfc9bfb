import { type FileChild, Paragraph, TableOfContents } from "docx";
import type { RenderContext } from "../context.js";
import { guidance } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/**
 * The table of contents: a real TOC field over Heading 1–2 that Word and
 * LibreOffice update. docx fills it with an entry per heading, linked to it, so
 * it is not empty before anyone updates it; page numbers only come with the
 * update, so the written entries carry none (see plainTocEntries) and a note
 * says how to get them.
 */
export function toc(ctx: RenderContext): FileChild[] {
  return [
    // A page of its own after the cover (direct: not every paragraph in the style starts a page).
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, text: "Inhalt" }),
    new TableOfContents("Inhalt", { hyperlink: true, headingStyleRange: "1-2" }),
    guidance(
      ctx,
      "Die Seitenzahlen erscheinen, sobald Sie das Inhaltsverzeichnis aktualisieren – in Word: in das Verzeichnis klicken und F9 drücken " +
        "(oder „Inhaltsverzeichnis aktualisieren“); in LibreOffice: Extras › Aktualisieren › Alles aktualisieren.",
    ),
  ];
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
