import type { TableBlock } from "@handreichung/content";
import type { Table } from "docx";
import type { RenderContext } from "../context.js";
import { sourceRuns } from "../paragraphs.js";
import { type CellContent, headedTable } from "../tables.js";

// Column weights from the longest cell, kept in a range so no column collapses or takes all.
const MIN_WEIGHT = 4;
const MAX_WEIGHT = 40;

/**
 * A table of the circular, word for word, in the named table styles: its header
 * row (where the source has one) repeats on every page, rows are not split.
 */
export function sourceTable(ctx: RenderContext, table: TableBlock, lang = table.lang): Table {
  const [first, ...rest] = table.rows;
  const headers = table.headerRow ? first!.map((cell) => ctx.cleaner.clean(cell)) : null;
  const body = table.headerRow ? rest : table.rows;
  const cells: CellContent[][] = body.map((row) => row.map((cell) => (cell.trim() === "" ? [] : [sourceRuns(ctx, cell, lang)])));
  const weights = first!.map((_, c) => Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, ...table.rows.map((row) => row[c]!.length))));
  return headedTable(headers, cells, weights);
}
