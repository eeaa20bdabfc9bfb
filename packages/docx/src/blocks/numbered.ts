import { Paragraph, Tab, TextRun } from "docx";
import type { RenderContext } from "../context.js";
import { direction, sourceRuns } from "../paragraphs.js";

/**
 * A numbered list of the circular's wording: "1.", a tab, the item. The
 * numbers are typed, not Word numbering: they are part of the published text
 * ("Satz für Satz wie veröffentlicht"), survive copying, and every check of
 * the document's text finds them. `style` sets the indent and the tab stop.
 */
export function sourceNumberedList(ctx: RenderContext, items: readonly string[], style: string, keepLast = false, lang?: string): Paragraph[] {
  return items.map(
    (item, i) =>
      new Paragraph({
        style,
        children: [new TextRun({ children: [`${i + 1}.`, new Tab()] }), ...sourceRuns(ctx, item, lang)],
        ...direction(lang),
        ...(keepLast && i === items.length - 1 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}
