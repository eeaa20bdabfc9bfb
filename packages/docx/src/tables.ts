import { BorderStyle, type ParagraphChild, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { hyphenatedRun } from "./hyphenate.js";
import { STYLE, TEXT_WIDTH } from "./styles.js";

export { TEXT_WIDTH };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** A cell's content: one array of runs per paragraph. */
export type CellContent = ParagraphChild[][];

/** Column widths in twips from relative weights, summing to the text width. */
export function columnWidths(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A table whose first row repeats on every page (w:tblHeader), with fixed column
 * widths so Word and LibreOffice lay it out alike. Long words in the header get
 * soft hyphens, so a narrow column breaks them with a hyphen. `compact` sets the
 * body in the smaller table style, for tables with many narrow columns of text.
 * With `headers` null the table has no header row (a source table without one).
 */
export function headedTable(headers: readonly string[] | null, rows: readonly CellContent[][], weights: readonly number[], options: { compact?: boolean } = {}): Table {
  const widths = columnWidths(weights);
  const bodyStyle = options.compact ? STYLE.tableTextCompact : STYLE.tableText;
  const cell = (content: CellContent, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      shading: head ? { type: ShadingType.CLEAR, fill: "1F4E79", color: "auto" } : undefined,
      margins: { top: 60, bottom: 60, left: 85, right: 85 },
      children: (content.length ? content : [[]]).map((runs) => new Paragraph({ style: head ? STYLE.tableHeading : bodyStyle, children: runs })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      ...(headers ? [new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([[hyphenatedRun(h)]], i, true)) })] : []),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}
