import { type FileChild, Paragraph, TableOfContents } from "docx";
import type { RenderContext } from "../context.js";
import { guidance } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/**
 * The table of contents: a real TOC field over Heading 1–2 that Word and
 * LibreOffice update. docx fills it with an entry per heading, linked to it, so
 * it is not empty before anyone updates it; page numbers only come with the
 * update, so the written entries carry none (see internals/xml-rewrites.ts) and a note
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
