import type { QuoteBlock } from "@handreichung/content";
import { quoteBlocks } from "@handreichung/content/data";
import { type FileChild, Paragraph, type Table } from "docx";
import type { RenderContext } from "../context.js";
import { sourceRun } from "../paragraphs.js";
import { QUOTE_NUMBERING, QUOTE_STYLE } from "./quote-styles.js";
import { sourceTable } from "./table.js";

type Numbered = { reference: string; level: number; instance: number };
interface Line {
  style: string;
  text: string;
  numbering?: Numbered;
}

/**
 * A quotation in the quote style family: its paragraphs in "Quote", its
 * sub-headings in "Zitat Überschrift", its lists in "Zitat Aufzählung" /
 * "Zitat Nummerierung", its tables as tables. With `keep`, its last paragraph
 * keeps with the next one and is not split across pages.
 */
export function quoteParagraphs(ctx: RenderContext, block: QuoteBlock, keep = false): FileChild[] {
  const parts: (Line | Table)[] = [];
  for (const inner of quoteBlocks(block)) {
    if (inner.type === "paragraph") parts.push({ style: QUOTE_STYLE.paragraph, text: inner.text });
    else if (inner.type === "heading") parts.push({ style: QUOTE_STYLE.heading, text: inner.text });
    else if (inner.type === "table") parts.push(sourceTable(ctx, inner));
    else {
      // Each numbered list starts at 1.
      const numbering = inner.ordered ? { reference: QUOTE_NUMBERING.ordered, level: 0, instance: ctx.nextListInstance() } : undefined;
      for (const item of inner.items) parts.push({ style: inner.ordered ? QUOTE_STYLE.listNumber : QUOTE_STYLE.listBullet, text: item, ...(numbering ? { numbering } : {}) });
    }
  }
  return parts.map((part, i) => {
    if (!("style" in part)) return part;
    const kept = keep && i === parts.length - 1 ? { keepNext: true, keepLines: true } : {};
    return new Paragraph({ style: part.style, children: [sourceRun(ctx, part.text)], ...(part.numbering ? { numbering: part.numbering } : {}), ...kept });
  });
}

