import { type FileChild, Paragraph, TableOfContents } from "docx";
import { STYLE } from "../styles.js";

/**
 * The table of contents. docx fills it with an entry per heading (so it shows
 * before anyone updates fields); Word refreshes the page numbers on open.
 */
export function toc(): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, text: "Inhalt" }),
    new TableOfContents("Inhalt", { hyperlink: true, headingStyleRange: "1-2" }),
  ];
}
