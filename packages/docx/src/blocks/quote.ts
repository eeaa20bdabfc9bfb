import type { QuoteBlock } from "@handreichung/content";
import { quoteBlocks } from "@handreichung/content/data";
import { type FileChild, Paragraph } from "docx";
import type { RenderContext } from "../context.js";
import { direction, sourceRuns } from "../paragraphs.js";
import { sourceNumberedList } from "./numbered.js";
import { QUOTE_STYLE } from "./quote-styles.js";
import { sourceTable } from "./table.js";

/**
 * A quotation in the quote style family: its paragraphs in "Quote", its
 * sub-headings in "Zitat Überschrift", its lists in "Zitat Aufzählung" /
 * "Zitat Nummerierung", its tables as tables. With `keep`, its last paragraph
 * keeps with the next one and is not split across pages.
 */
export function quoteParagraphs(ctx: RenderContext, block: QuoteBlock, keep = false): FileChild[] {
  const inners = quoteBlocks(block);
  return inners.flatMap((inner, k): FileChild[] => {
    const last = keep && k === inners.length - 1;
    const kept = last ? { keepNext: true, keepLines: true } : {};
    // A block inside names its own language, else it has the quotation's.
    const lang = inner.lang ?? block.lang;
    switch (inner.type) {
      case "paragraph":
        return [new Paragraph({ style: QUOTE_STYLE.paragraph, children: sourceRuns(ctx, inner.text, lang), ...direction(lang), ...kept })];
      case "heading":
        return [new Paragraph({ style: QUOTE_STYLE.heading, children: sourceRuns(ctx, inner.text, lang), ...direction(lang) })];
      case "table":
        return [sourceTable(ctx, inner, lang)];
      case "list":
        if (inner.ordered) return sourceNumberedList(ctx, inner.items, QUOTE_STYLE.listNumber, last, lang);
        // The bullets come with the style (its own numbering, indented like the quotation).
        return inner.items.map((item, i) => new Paragraph({ style: QUOTE_STYLE.listBullet, children: sourceRuns(ctx, item, lang), ...direction(lang), ...(i === inner.items.length - 1 ? kept : {}) }));
    }
  });
}
