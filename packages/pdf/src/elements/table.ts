import type { TableBlock } from "@handreichung/content";
import { type Flow, langOptions, type Parent, type SetText, type Struct, type StructOptions } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, SPACE, type TextStyle } from "../theme.js";

export interface TableOptions {
  x: number;
  width: number;
  parent?: Parent;
  spaceBefore?: number;
  /** The table's language when it is not German (BCP 47). */
  lang?: string | undefined;
}

const CELL: TextStyle = { font: "regular", size: 9.5, leading: 13, color: COLOR.text };
const HEAD: TextStyle = { ...CELL, font: "semibold", color: COLOR.accent };
const PAD_X = 5;
const PAD_Y = 3.5;
const RULE = 0.6;

/**
 * Column widths that fill `width`: every column gets at least its longest word,
 * the rest is shared by how much text each column has.
 */
function columnWidths(flow: Flow, table: TableBlock, width: number): number[] {
  const columns = table.rows[0]!.length;
  const natural = new Array<number>(columns).fill(0);
  const least = new Array<number>(columns).fill(0);
  table.rows.forEach((row, r) => {
    flow.measureIn(r === 0 && table.headerRow ? HEAD : CELL);
    row.forEach((cell, c) => {
      natural[c] = Math.max(natural[c]!, flow.doc.widthOfString(cell) + 2 * PAD_X);
      for (const word of cell.split(" ")) least[c] = Math.max(least[c]!, flow.doc.widthOfString(word) + 2 * PAD_X);
    });
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) <= width) return natural.map((n) => n + ((width - sum(natural)) * n) / sum(natural));
  if (sum(least) >= width) return least.map((l) => (width * l) / sum(least));
  const slack = natural.map((n, c) => n - least[c]!);
  return least.map((l, c) => l + ((width - sum(least)) * slack[c]!) / sum(slack));
}

/** A structure element with options this project's Flow does not name (the table cell's scope). */
function cellStruct(flow: Flow, role: "TH" | "TD", parent: Struct): Struct {
  const options = role === "TH" ? ({ scope: "Column" } as StructOptions) : {};
  return flow.struct(role, parent, options);
}

/**
 * A table tagged Table > TR > TH/TD, header cells with /Scope /Column. A row is
 * never split across pages; when the table breaks, its header row is drawn
 * again at the top of the new page as an artifact (read once, shown on every page).
 */
export function tablePiece(flow: Flow, table: TableBlock, opts: TableOptions): Piece {
  const widths = columnWidths(flow, table, opts.width);
  const head = table.headerRow;
  const sets: (SetText | null)[][] = table.rows.map((row, r) =>
    row.map((cell, c) => (cell.trim() === "" ? null : flow.set(cell, r === 0 && head ? HEAD : CELL, widths[c]! - 2 * PAD_X, { lang: opts.lang }))),
  );
  const heights = sets.map((row) => Math.max(CELL.leading, ...row.map((s) => s?.height ?? 0)) + 2 * PAD_Y);
  const height = heights.reduce((a, b) => a + b, 0);
  const lefts = widths.map((_, c) => opts.x + widths.slice(0, c).reduce((a, b) => a + b, 0));

  const drawFrame = (r: number, y: number, top: boolean) =>
    flow.artifact(() => {
      const doc = flow.doc;
      if (r === 0 && head) doc.rect(opts.x, y, opts.width, heights[0]!).fill(COLOR.tint);
      doc.lineWidth(RULE).strokeColor(COLOR.rule);
      if (top) doc.moveTo(opts.x, y).lineTo(opts.x + opts.width, y).stroke();
      doc.moveTo(opts.x, y + heights[r]!).lineTo(opts.x + opts.width, y + heights[r]!).stroke();
    }, "Layout");

  /** Draws row r at the cursor: tagged under `tr`, or (a repeated header) as an artifact. */
  const drawRow = (r: number, tr: Struct | null) => {
    const y = flow.y;
    const tall = heights[r]! > flow.pageRoom;
    if (!tall) drawFrame(r, y, r === 0 || flow.atTop());
    const role = r === 0 && head ? "TH" : "TD";
    sets[r]!.forEach((set, c) => {
      const el = tr ? cellStruct(flow, role, tr) : null;
      if (set && el) {
        // A row taller than a page cannot stay on one: its cells follow one another instead.
        if (!tall) flow.y = y + PAD_Y;
        flow.draw(set, tall ? opts.x + PAD_X : lefts[c]! + PAD_X, el, role);
      } else if (set) flow.artifact(() => drawLines(flow, set, lefts[c]! + PAD_X, y + PAD_Y), "Pagination");
      el?.end();
    });
    if (!tall) flow.y = y + heights[r]!;
  };

  return {
    height,
    // The header row never stands alone at the foot of a page.
    firstHeight: heights[0]! + (head && heights[1] !== undefined ? heights[1] : 0),
    spaceBefore: opts.spaceBefore ?? SPACE.paragraph + 2,
    draw() {
      const tableEl = flow.struct("Table", opts.parent, langOptions(opts.lang));
      let headerPage = -1;
      heights.forEach((h, r) => {
        // Rows are not split: one that does not fit starts a new page (with the header row again).
        const repeat = head && r > 0 ? heights[0]! : 0;
        const need = r === 0 && head && heights[1] !== undefined ? h + heights[1] : h;
        if (need > flow.remaining() + 0.01 && !flow.atTop()) flow.newPage();
        if (repeat > 0 && flow.pageIndex !== headerPage && h + repeat <= flow.pageRoom) {
          drawRow(0, null);
          headerPage = flow.pageIndex;
        }
        if (r === 0) headerPage = flow.pageIndex;
        const tr = flow.struct("TR", tableEl);
        drawRow(r, tr);
        tr.end();
      });
      tableEl.end();
    },
  };
}

/** Set lines drawn plainly from `y`, for a repeated header row (inside an artifact, so not tagged again). */
function drawLines(flow: Flow, set: SetText, x: number, y: number): void {
  flow.use(set.style);
  set.lines.forEach((line, i) => {
    flow.doc.text(line.hyphen ? `${line.text}-` : line.text, x, y + i * set.style.leading, { lineBreak: false });
  });
}
