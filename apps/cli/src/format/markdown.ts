import type { Block, Circular, TableBlock } from "@handreichung/content";
import { citationOf, quoteBlocks } from "@handreichung/content/data";

// A line that Markdown would read as a heading, list, quote or rule is escaped.
function escape(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/^(\s*)(\d+)([.)])(?=\s|$)/, "$1$2\\$3").replace(/^(\s*)([#>+*-])(?=\s|$)/, "$1\\$2"))
    .join("\n");
}

/** A pipe table; one without a header row gets an empty one, which Markdown requires. */
function tableMarkdown(table: TableBlock): string {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`;
  const [first, ...rest] = table.rows;
  const head = table.headerRow ? first! : first!.map(() => "");
  return [row(head), row(head.map(() => "---")), ...(table.headerRow ? rest : table.rows).map(row)].join("\n");
}

function blockMarkdown(block: Block, circular: Circular): string[] {
  switch (block.type) {
    case "heading":
      return [`${"#".repeat(block.level)} ${block.text}`];
    case "paragraph":
      return [escape(block.text)];
    case "quote":
      // The quotation's own structure, each line behind "> ".
      return [quoteBlocks(block).flatMap((inner) => blockMarkdown(inner, circular)).join("\n\n").split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n")];
    case "table":
      return [tableMarkdown(block)];
    case "list":
      return [block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item.replace(/\n/g, " ")}`).join("\n")];
    case "models":
      return circular.models.flatMap((model) => [
        `### ${model.municipality}`,
        ...model.text.map(escape),
        ...(model.keyPoints.length ? ["Kernpunkte:", model.keyPoints.map((p) => `- ${p}`).join("\n")] : []),
      ]);
    case "publication":
      return circular.publication ? [escape(circular.publication.text)] : [];
  }
}

/** The circular as plain Markdown reading text, for other tools (and pandoc). */
export function toMarkdown(circular: Circular): string {
  const meta = [
    circular.category !== null ? `Mitteilungen - ${circular.category}` : null,
    circular.number !== null || circular.date !== null ? citationOf(circular) : null,
  ].filter((line): line is string => line !== null);
  const parts = [`# ${circular.title}`, ...meta.map(escape), ...circular.body.flatMap((b) => blockMarkdown(b, circular))];
  if (circular.fileReference !== null) parts.push(`Az.: ${circular.fileReference}`);
  return `${parts.join("\n\n")}\n`;
}
