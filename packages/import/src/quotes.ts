const OPEN = new Set(["„", "»"]);
const CLOSE = new Set(["“", "”", "«"]);
// Punctuation that may follow the closing mark: „…“. or „…“;
const TRAILING = /[.,;:!?)\]]*$/;
// A cited letter is long, but not endless: an unclosed „ must not swallow the page.
const MAX_LINES = 60;

/**
 * When lines[start] opens a quotation that closes exactly at the end of a line,
 * the index of that line; else -1. "„A“ sagte B." is no quotation block: it
 * closes mid-line. German marks nest („ … „…“ … “); ASCII quotes do not.
 */
export function quotationEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? "";
  if (!/^[„»"]/.test(first)) return -1;
  const ascii = first.startsWith('"');
  let depth = 0;
  for (let j = start; j < Math.min(lines.length, start + MAX_LINES); j++) {
    const line = lines[j]!;
    const end = line.replace(TRAILING, "").length;
    for (let k = 0; k < line.length; k++) {
      const c = line[k]!;
      if (ascii) {
        if (c !== '"') continue;
        depth = depth === 0 ? 1 : 0;
      } else if (OPEN.has(c)) depth++;
      else if (CLOSE.has(c)) depth--;
      else continue;
      if (depth < 0) return -1;
      if (depth === 0) return k === end - 1 ? j : -1;
    }
  }
  return -1;
}
