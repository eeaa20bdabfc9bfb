import { citationOf, quoteBlocks, type Block, type Circular, type QuoteContentBlock, type TableBlock } from "@handreichung/content";
import { DEFAULT_PUBLISHER } from "./publishers.js";
import { CITATION_JOIN, UNTITLED } from "./import.js";

/** Rows with their columns padded to line up, as a page pastes a table. */
function tableLines(table: TableBlock): string[] {
  const widths = table.rows[0]!.map((_, c) => table.rows.reduce((max, row) => Math.max(max, row[c]!.length), 0));
  return table.rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]! + 3))).join("").trimEnd());
}

// What the import reads as a heading of its own between blank lines.
const STANDALONE = /^\p{Lu}[^.,;:!?\d“”"«»)]{0,59}$/u;

function blockLines(block: QuoteContentBlock): string[] {
  switch (block.type) {
    case "heading": {
      // Numbered headings and short ones read back as they are; a sub-heading
      // without a number came from a lone "- " line and is written as one.
      const numbered = /^(?:\d|[IVX]{1,4}\.)/.test(block.text);
      const standalone = block.level === 2 && STANDALONE.test(block.text) && block.text.split(" ").length <= 8;
      return numbered || standalone ? ["", block.text, ""] : ["", `- ${block.text}`, ""];
    }
    case "paragraph":
      return [block.text];
    case "list":
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`));
    case "table":
      return ["", ...tableLines(block), ""];
  }
}

/**
 * The circular back as plain text in the layout it came in: publisher line
 * (other publishers), header lines, title, blocks (quotes inside <DIR>…</DIR>),
 * "Az.:". What an import read, this writes again, so the two together
 * round-trip a text (and a coverage check can compare them).
 */
export function circularToText(circular: Circular): string {
  const out: string[] = [];
  if (circular.issuer !== DEFAULT_PUBLISHER.issuer) out.push(circular.issuer, "");
  if (circular.category !== null) out.push(`Mitteilungen - ${circular.category}`, "");
  if (circular.source !== null) for (const line of circular.source.citation.split(CITATION_JOIN)) out.push(line, "");
  else if (circular.number !== null || circular.date !== null) out.push(citationOf(circular), "");
  // The placeholder of an untitled page is not text of the page.
  if (circular.title !== UNTITLED) out.push(circular.title, "");
  for (const block of circular.body as Block[]) {
    // <DIR> is how the published pages indent a quotation; its marks or its lead-in make it one again.
    const lines = block.type === "quote" ? ["<DIR>", ...quoteBlocks(block).flatMap(blockLines), "</DIR>"] : block.type !== "models" && block.type !== "publication" ? blockLines(block) : [];
    for (const line of lines) out.push(line);
  }
  if (circular.fileReference !== null) out.push("", `Az.: ${circular.fileReference}`);
  return `${out.join("\n")}\n`;
}
