import { type ParagraphChild, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { hyphenatedRun } from "./hyphenate.js";
import { STYLE, TEXT_WIDTH } from "./styles.js";

export { TEXT_WIDTH };

/** A paragraph in a cell: its runs (in the table text style), or its runs with a style of its own (a list item). */
export type CellParagraph = ParagraphChild[] | { readonly style: string; readonly children: ParagraphChild[] };

/** A cell's content: its paragraphs. */
export type CellContent = CellParagraph[];

/** Column widths in twips from relative weights, summing to the text width. */
export function columnWidths(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function paragraphOf(p: CellParagraph, head: boolean): Paragraph {
  if (Array.isArray(p)) return new Paragraph({ style: head ? STYLE.tableHeading : STYLE.tableText, children: p });
  // A list item also names its list directly: LibreOffice ignores the list of a paragraph style inside a table cell.
  const list = p.style === STYLE.tableList ? { numbering: { reference: "bullets", level: 0 } } : {};
  return new Paragraph({ style: p.style, children: p.children, ...list });
}

/**
 * A table in the "Tabelle" table style (borders, cell margins and the shaded
 * heading row come from the style), whose first row repeats on every page
 * (w:tblHeader), with fixed column widths so Word and LibreOffice lay it out
 * alike. Cell text is in "Tabellentext", which never hyphenates; long words in
 * the header carry soft hyphens, so a narrow column breaks them with a hyphen.
 * With `headers` null the table has no heading row (a source table without one).
 */
export function headedTable(headers: readonly string[] | null, rows: readonly CellContent[][], weights: readonly number[]): Table {
  const widths = columnWidths(weights);
  const cell = (content: CellContent, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: (content.length ? content : [[]]).map((p) => paragraphOf(p, head)),
    });
  return new Table({
    style: STYLE.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Without a heading row, the style must not shade the first row as one.
    tableLook: { firstRow: headers !== null, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [
      ...(headers ? [new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([[hyphenatedRun(h)]], i, true)) })] : []),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}
