import { citationOf } from "./format.js";
import type { Block, Circular } from "./types.js";

function blockText(block: Block, circular: Circular): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "quote":
      return [block.text];
    case "list":
      return block.items;
    case "models":
      return circular.models.flatMap((m) => m.text);
    case "publication":
      return circular.publication ? [circular.publication.text] : [];
  }
}

/**
 * Every word of the circular as plain text in reading order: category line,
 * citation, title, body (models and ordering information where the body puts
 * them) and the Az. line. What a faithful document must contain.
 */
export function readingText(circular: Circular): string {
  const lines: string[] = [];
  if (circular.category !== null) lines.push(`Mitteilungen - ${circular.category}`);
  if (circular.number !== null || circular.date !== null) lines.push(citationOf(circular));
  lines.push(circular.title);
  for (const block of circular.body) lines.push(...blockText(block, circular));
  if (circular.fileReference !== null) lines.push(`Az.: ${circular.fileReference}`);
  return lines.join("\n");
}
