import { excerptWording } from "@handreichung/content/data";
import { Paragraph, TextRun } from "docx";
import type { RenderContext } from "../context.js";
import { textRuns } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/**
 * The reference part's note on what it holds: the published text sentence for
 * sentence, or, for a cut-off text, an excerpt of it. The last words are
 * source text and never parsed for {{fields}}.
 */
export function wordingNote(ctx: RenderContext): Paragraph {
  const excerpt = excerptWording(ctx.circular);
  if (!excerpt) return new Paragraph({ style: STYLE.guidance, children: [new TextRun("Der vollständige Text der Mitteilung, Satz für Satz wie veröffentlicht.")] });
  return new Paragraph({
    style: STYLE.guidance,
    children: [
      new TextRun("Ein Auszug aus dem veröffentlichten Text der Mitteilung, Satz für Satz wie veröffentlicht, soweit er vorliegt: Der veröffentlichte Text endet unvollständig mit „"),
      ...textRuns(ctx, excerpt.lastWords),
      new TextRun("“. Der Rest der Mitteilung fehlt."),
    ],
  });
}

/** The heading of the reference part: "im Wortlaut", with "(Auszug)" for a cut-off text. */
export function wordingTitle(ctx: RenderContext): string {
  const excerpt = excerptWording(ctx.circular);
  return `Referenz: Die Mitteilung im Wortlaut${excerpt ? ` (${excerpt.label})` : ""}`;
}

/** After the last block of a cut-off text: where the published text stops. */
export function excerptEnd(ctx: RenderContext): Paragraph[] {
  const excerpt = excerptWording(ctx.circular);
  // A note on this edition of the text, in the style for such notes.
  return excerpt ? [new Paragraph({ style: STYLE.editionNote, keepNext: true, children: [new TextRun(excerpt.end)] })] : [];
}

/** " (Auszug)" after the source line of a cut-off text, "" otherwise. */
export function excerptLabel(ctx: RenderContext): string {
  const excerpt = excerptWording(ctx.circular);
  return excerpt ? ` (${excerpt.label})` : "";
}
