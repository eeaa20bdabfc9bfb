import { citationOf, type Circular } from "@handreichung/content";
import { UNTITLED } from "./import.js";

/**
 * The circular back as plain text in the classic layout: header lines, title,
 * blocks (quotes inside <DIR>…</DIR>), "Az.:". What an import read, this writes again, so the two together
 * round-trip a text (and a coverage check can compare them).
 */
export function circularToText(circular: Circular): string {
  const out: string[] = [];
  if (circular.category !== null) out.push(`Mitteilungen - ${circular.category}`, "");
  if (circular.source !== null) out.push(circular.source.citation, "");
  else if (circular.number !== null || circular.date !== null) out.push(citationOf(circular), "");
  // The placeholder of an untitled page is not text of the page.
  if (circular.title !== UNTITLED) out.push(circular.title, "");
  let quoting = false;
  for (const block of circular.body) {
    // <DIR> is how the published pages mark a quotation, and what the import reads back.
    if (quoting !== (block.type === "quote")) out.push(quoting ? "</DIR>" : "<DIR>");
    quoting = block.type === "quote";
    // Blank lines around a heading, none elsewhere: that is what the import reads back as the same blocks.
    if (block.type === "heading") out.push("", block.text, "");
    else if (block.type === "paragraph" || block.type === "quote") out.push(block.text);
    else if (block.type === "list") out.push(...block.items.map((item) => `- ${item}`));
  }
  if (quoting) out.push("</DIR>");
  if (circular.fileReference !== null) out.push("", `Az.: ${circular.fileReference}`);
  return `${out.join("\n")}\n`;
}
