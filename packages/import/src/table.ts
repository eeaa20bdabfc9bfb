import type { TableBlock } from "@handreichung/content";

/** One line split at its column gaps: runs of two or more spaces, or tabs. */
export interface Cells {
  cells: string[];
  /** Where each cell starts in the line. */
  starts: number[];
  /** Whether a tab separates columns. */
  tabs: boolean;
  /** The narrowest gap of spaces between two cells (Infinity with tabs only). */
  minGap: number;
}

/** More columns than this is no table a circular prints. */
export const MAX_COLUMNS = 40;

/**
 * Splits a line at runs of 2+ spaces or at tabs, by hand: one pass, no pattern
 * to backtrack. Stops after `limit` cells (the rest is no table anyway).
 */
export function splitCells(line: string, limit = Infinity): Cells {
  const cells: string[] = [];
  const starts: number[] = [];
  let tabs = false;
  let minGap = Infinity;
  let i = 0;
  const n = line.length;
  while (i < n && line[i] === " ") i++;
  while (i < n && cells.length < limit) {
    let j = i;
    // A cell runs to the next tab or the next run of two spaces.
    while (j < n && line[j] !== "\t" && !(line[j] === " " && line[j + 1] === " ") && !(line[j] === " " && line[j + 1] === "\t")) j++;
    cells.push(line.slice(i, j));
    starts.push(i);
    let k = j;
    let spaces = 0;
    while (k < n && (line[k] === " " || line[k] === "\t")) {
      if (line[k] === "\t") tabs = true;
      else spaces++;
      k++;
    }
    if (k < n && !tabs && spaces < minGap) minGap = spaces;
    i = k;
  }
  return { cells, starts, tabs, minGap };
}

// A row is short cells, not a sentence with a double space in it.
const MAX_CELL_WORDS = 12;
const MAX_CELL = 120;
const BULLET = /^[-–•*·]\s/;

function rowOf(spaced: string, text: string): Cells | null {
  // Most lines have no column gap at all.
  if (!spaced.includes("\t") && !spaced.includes("  ")) return null;
  if (BULLET.test(text)) return null;
  const row = splitCells(spaced, MAX_COLUMNS + 1);
  if (row.cells.length < 2 || row.cells.length > MAX_COLUMNS) return null;
  if (row.cells.some((c) => c.length > MAX_CELL || c.split(" ").length > MAX_CELL_WORDS)) return null;
  return row;
}

/**
 * The row's cells placed in the columns that start at `columns` (space-aligned
 * tables leave a blank where a value is missing), or null if it does not fit.
 */
function place(row: Cells, columns: readonly number[]): string[] | null {
  if (row.cells.length === columns.length) return row.cells;
  if (row.tabs) return null;
  const out = columns.map(() => "");
  let c = 0;
  for (const [k, start] of row.starts.entries()) {
    // The last column that starts at or before this cell (a cell may start a little early).
    while (c + 1 < columns.length && columns[c + 1]! <= start + 1) c++;
    if (out[c] !== "" || Math.abs(columns[c]! - start) > 6) return null;
    out[c] = row.cells[k]!;
    c++;
  }
  return out;
}

/** Whether the rows line up: tabs, wide gaps, or the same column starts in every row. */
function aligned(rows: readonly Cells[]): boolean {
  if (rows.some((r) => r.tabs)) return true;
  if (rows.every((r) => r.minGap >= 3)) return true;
  const width = rows[0]!.cells.length;
  if (!rows.every((r) => r.cells.length === width)) return true; // placed by column start already
  for (let c = 1; c < width; c++) {
    const start = rows[0]!.starts[c]!;
    if (rows.every((r) => Math.abs(r.starts[c]! - start) <= 1)) return true;
  }
  return false;
}

// A column heading: a few words, no figures but a year ("Kreis  2010  2011").
const YEAR = /^(?:19|20)\d\d$/;
function isHeaderRow(rows: readonly string[][]): boolean {
  const [first, ...rest] = rows;
  if (!first || rest.length === 0 || first.some((c) => c.trim() === "" || (/\d/.test(c) && !YEAR.test(c)))) return false;
  if (rest.some((row) => row.some((c) => /\d/.test(c)))) return true;
  return rest.length >= 2 && first.every((c) => c.split(" ").length <= 3 && /^\p{Lu}/u.test(c) && !/[.,;:!?]$/.test(c));
}

export interface TableRun {
  start: number;
  /** Last unit of the table. */
  end: number;
  block: TableBlock;
}

/** How many rows at most decide the columns of a table (the widest of them). */
const COLUMN_ROWS = 8;

/**
 * Runs of two or more column-aligned lines, as tables. `lines[i]` is a unit's
 * text with its spacing kept and as cleaned. Each line is split once and each
 * start looks ahead at most COLUMN_ROWS lines before placing: linear.
 */
export function findTables(lines: readonly { spaced: string; text: string }[]): TableRun[] {
  // Each line is split once (undefined: not yet).
  const memo: (Cells | null | undefined)[] = new Array(lines.length);
  const row = (k: number) => {
    if (k >= lines.length) return null;
    let cells = memo[k];
    if (cells === undefined) cells = memo[k] = rowOf(lines[k]!.spaced, lines[k]!.text);
    return cells;
  };
  const runs: TableRun[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = row(i);
    if (!first) {
      i++;
      continue;
    }
    let widest = first;
    for (let k = i + 1; k < i + COLUMN_ROWS; k++) {
      const r = row(k);
      if (!r || r.tabs !== first.tabs) break;
      if (r.cells.length > widest.cells.length) widest = r;
    }
    const rows: Cells[] = [];
    const placed: string[][] = [];
    for (let k = i; ; k++) {
      const r = row(k);
      if (!r || r.tabs !== first.tabs) break;
      const cells = place(r, widest.starts);
      if (!cells) break;
      rows.push(r);
      placed.push(cells.map((c) => c.replace(/[ \t]+/g, " ").trim()));
    }
    if (placed.length >= 2 && aligned(rows)) {
      runs.push({ start: i, end: i + placed.length - 1, block: { type: "table", headerRow: isHeaderRow(placed), rows: placed } });
      i += placed.length;
    } else i += Math.max(1, placed.length - 1);
  }
  return runs;
}
