// Quotations that span whole lines: „ … “ (also » … « and " … "), over one or
// several lines. German marks nest; a quotation of several paragraphs may also
// open every paragraph again and close only the last („A / „B / „C“).
// Everything here is linear in the text: each line is read once, and every
// start is answered from a stack of running minima, so no input can make the
// search quadratic.

const OPENING = "„»";
const CLOSING = "“”«";
// Punctuation that may follow the closing mark: „…“. or „…“;
const TRAILING = new Set([".", ",", ";", ":", "!", "?", ")", "]"]);
/** A cited letter is long, but not endless: an unclosed „ must not swallow the page. */
export const MAX_QUOTE_LINES = 200;
const NONE = 2 ** 30;

/**
 * What each line does to the nesting depth of German marks, in typed arrays
 * (a long text has millions of lines): net change, lowest depth after any mark
 * (NONE without marks), the same leaving out the last mark, and whether the
 * last mark closes right before the trailing punctuation.
 */
interface Marks {
  delta: Int32Array;
  min: Int32Array;
  minBeforeLast: Int32Array;
  closesAtEnd: Uint8Array;
}

/** Per char code: +1 for an opening mark, -1 for a closing one, 0 for any other (codes past the table too). */
const STEP = (() => {
  const codes = [...OPENING, ...CLOSING].map((c) => c.charCodeAt(0));
  const table = new Int8Array(Math.max(...codes) + 1);
  for (const c of OPENING) table[c.charCodeAt(0)] = 1;
  for (const c of CLOSING) table[c.charCodeAt(0)] = -1;
  return table;
})();

// Char codes, not one-character strings: each string of a mark outside Latin-1 is a new object.
const markStep = (code: number): number => (code < STEP.length ? STEP[code]! : 0);
const opensQuote = (line: string): boolean => markStep(line.charCodeAt(0)) === 1;

function newMarks(n: number): Marks {
  return { delta: new Int32Array(n), min: new Int32Array(n).fill(NONE), minBeforeLast: new Int32Array(n).fill(NONE), closesAtEnd: new Uint8Array(n) };
}

function readMarks(out: Marks, i: number, line: string, from: number, end: number): void {
  let depth = 0;
  let min = NONE;
  let minBeforeLast = NONE;
  let last = -1;
  let lastDelta = 0;
  for (let k = from; k < line.length; k++) {
    const step = markStep(line.charCodeAt(k));
    if (step === 0) continue;
    if (last >= 0) minBeforeLast = Math.min(minBeforeLast, depth);
    depth += step;
    min = Math.min(min, depth);
    last = k;
    lastDelta = step;
  }
  out.delta[i] = depth;
  out.min[i] = min;
  out.minBeforeLast[i] = minBeforeLast;
  out.closesAtEnd[i] = lastDelta === -1 && last === end - 1 ? 1 : 0;
}

/** Index one past the line's text before its trailing punctuation. */
function textEnd(line: string): number {
  let end = line.length;
  while (end > 0 && TRAILING.has(line[end - 1]!)) end--;
  return end;
}

/**
 * For each start line, the first later line j in which `value[j] <= threshold`,
 * answered right to left with a stack of running minima (binary search on it).
 */
function firstAtOrBelow(values: Int32Array, thresholdOf: (i: number) => number, asks: (i: number) => boolean): Int32Array {
  const n = values.length;
  const answer = new Int32Array(n).fill(-1);
  // stack[0..top): indices, increasing from top to bottom; values strictly decreasing from top to bottom.
  const stack = new Int32Array(n);
  let top = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (asks(i)) {
      const t = thresholdOf(i);
      // The first index after i with value <= t is the topmost stack entry with value <= t.
      let lo = 0;
      let hi = top - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (values[stack[mid]!]! <= t) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found >= 0) answer[i] = stack[found]!;
    }
    // Line i becomes a candidate for the starts before it.
    while (top > 0 && values[stack[top - 1]!]! >= values[i]!) top--;
    stack[top++] = i;
  }
  return answer;
}

export interface QuoteFinder {
  /**
   * The last line of the quotation that opens at the start of line `i` and
   * closes at the end of a line; `n - 1` for one still open at the end of a
   * cut-off text when `openAtEnd`; else -1.
   */
  end(i: number): number;
}

/** Reads the marks of every line once; answers `end(i)` in constant time. */
export function quoteFinder(lines: readonly string[], options: { openAtEnd?: boolean } = {}): QuoteFinder {
  const n = lines.length;
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) ends[i] = textEnd(lines[i]!);
  const full = newMarks(n);
  const cont = newMarks(n);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    readMarks(full, i, line, 0, ends[i]!);
    // Continuation: a paragraph of a quotation opens again with „; that mark does not nest.
    readMarks(cont, i, line, opensQuote(line) ? 1 : 0, ends[i]!);
  }
  const germanStart = (i: number) => opensQuote(lines[i]!);

  // Depth before each line, summed over the whole text, for both readings.
  const strictBefore = new Int32Array(n + 1);
  const contBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    strictBefore[i + 1] = strictBefore[i]! + full.delta[i]!;
    contBefore[i + 1] = contBefore[i]! + cont.delta[i]!;
  }
  const lowest = (before: Int32Array, marks: Marks) => {
    const out = new Int32Array(n);
    for (let j = 0; j < n; j++) out[j] = marks.min[j] === NONE ? NONE : before[j]! + marks.min[j]!;
    return out;
  };
  // A quotation from i closes in line j > i once the depth there reaches that before i.
  const strictClose = firstAtOrBelow(lowest(strictBefore, full), (i) => strictBefore[i]!, germanStart);
  const contClose = firstAtOrBelow(lowest(contBefore, cont), (i) => contBefore[i + 1]! - full.delta[i]!, germanStart);

  // ASCII quotes do not nest: the next " closes.
  const quoteCount = new Int32Array(n);
  lines.forEach((line, i) => {
    for (let k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) quoteCount[i]!++;
  });
  const nextQuoted = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextQuoted[i] = quoteCount[i]! > 0 ? i : nextQuoted[i + 1]!;

  // Whether the quotation, closing in line j, closes exactly at its end: depth `before` at the line start.
  const closesAtLineEnd = (m: Marks, j: number, before: number) => m.closesAtEnd[j] === 1 && before + m.delta[j]! === 0 && before + m.minBeforeLast[j]! >= 1;
  const open = (i: number) => options.openAtEnd === true && n - 1 - i < MAX_QUOTE_LINES;

  return {
    end(i: number): number {
      const line = lines[i] ?? "";
      if (line[0] === '"') {
        if (quoteCount[i]! > 1) return line.indexOf('"', 1) === ends[i]! - 1 ? i : -1;
        const j = nextQuoted[i + 1] ?? -1;
        if (j < 0) return open(i) ? n - 1 : -1;
        return j - i <= MAX_QUOTE_LINES && line.length > 0 && lines[j]!.indexOf('"') === ends[j]! - 1 ? j : -1;
      }
      if (!germanStart(i)) return -1;
      // Closing within its own line: a one-line quotation, or one that closes mid-line.
      if (full.min[i]! <= 0) return closesAtLineEnd(full, i, 0) ? i : -1;
      // The strict reading first (marks nest), then the continuation reading („A / „B / „C“).
      const strict = strictClose[i]!;
      if (strict >= 0 && strict - i <= MAX_QUOTE_LINES && closesAtLineEnd(full, strict, strictBefore[strict]! - strictBefore[i]!)) return strict;
      const continued = contClose[i]!;
      if (continued >= 0 && continued - i <= MAX_QUOTE_LINES && closesAtLineEnd(cont, continued, full.delta[i]! + contBefore[continued]! - contBefore[i + 1]!)) return continued;
      const none = strict < 0 && continued < 0;
      return none && open(i) ? n - 1 : -1;
    },
  };
}

/**
 * When lines[start] opens a quotation that closes exactly at the end of a line,
 * the index of that line; else -1. "„A“ sagte B." is no quotation block: it
 * closes mid-line.
 */
export function quotationEnd(lines: readonly string[], start: number): number {
  return quoteFinder(lines).end(start);
}
