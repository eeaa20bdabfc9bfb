import { citationOf } from "./format.js";
import type { Block, Circular, QuoteBlock, QuoteContentBlock, TableBlock } from "./types.js";

/** The blocks a quote holds: its `blocks`, or its one `text` as a paragraph. */
export function quoteBlocks(quote: QuoteBlock): QuoteContentBlock[] {
  return quote.blocks ?? (quote.text !== undefined ? [{ type: "paragraph", text: quote.text }] : []);
}

/** One line per row, cells in order, empty cells left out. */
function tableLines(table: TableBlock): string[] {
  return table.rows.map((row) => row.filter((cell) => cell.trim() !== "").join(" ")).filter((line) => line !== "");
}

function blockText(block: Block, circular: Circular): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [block.text];
    case "quote":
      return quoteBlocks(block).flatMap((inner) => blockText(inner, circular));
    case "list":
      // An ordered list's numbers are read out with it.
      return block.ordered ? block.items.map((item, i) => `${i + 1}. ${item}`) : block.items;
    case "table":
      return tableLines(block);
    case "models":
      return circular.models.flatMap((m) => m.text);
    case "publication":
      return circular.publication ? [circular.publication.text] : [];
  }
}

/** The last line of the body as readingText gives it ("" for an empty body): where a cut-off text stops. */
export function lastBodyLine(circular: Circular): string {
  for (let i = circular.body.length - 1; i >= 0; i--) {
    const lines = blockText(circular.body[i]!, circular);
    if (lines.length > 0) return lines[lines.length - 1]!;
  }
  return "";
}

/**
 * Every word of the circular as plain text in reading order: issuer, category
 * line, citation (as the source writes it, when it does), title, body (models
 * and ordering information where the body puts them) and the Az. line. What a
 * faithful document must contain.
 */
export function readingText(circular: Circular): string {
  const lines: string[] = [circular.issuer];
  if (circular.category !== null) lines.push(`Mitteilungen - ${circular.category}`);
  if (circular.source !== null) lines.push(circular.source.citation);
  else if (circular.number !== null || circular.date !== null) lines.push(citationOf(circular));
  lines.push(circular.title);
  // One line at a time: a spread of a list with a million items would overflow the stack.
  for (const block of circular.body) for (const line of blockText(block, circular)) lines.push(line);
  if (circular.fileReference !== null) lines.push(`Az.: ${circular.fileReference}`);
  return lines.join("\n");
}
