// Tags a web page or a Word export left in the text. The name must follow "<"
// directly, so "a < b" and "<info@example.org>" stay text.
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?:\s[^<>]*)?\/?>/g;

// Old pages indent with <DIR> (or <BLOCKQUOTE>): section headings as often as
// quoted letters, so the indent alone decides nothing; it only groups lines.
const INDENTING = new Set(["dir", "blockquote"]);
// Table cells: the end of one is a column break, kept as a tab.
const CELL_END = new Set(["td", "th"]);

export interface TaggedLine {
  /** The line without tags; a <br> becomes a space, a cell end a tab. */
  text: string;
  /** Id of the outermost closed <DIR>/<blockquote> the line is in, else null. */
  indent: number | null;
}

/** Strips tags line by line and groups the lines inside each closed indenting element. */
export function stripTags(lines: readonly string[]): TaggedLine[] {
  // Closed elements as line ranges. Found with a stack, they nest or are disjoint.
  const ranges: [number, number][] = [];
  const open: number[] = [];
  lines.forEach((line, i) => {
    if (!line.includes("<")) return;
    for (const match of line.matchAll(TAG)) {
      if (!INDENTING.has(match[1]!.toLowerCase())) continue;
      if (!match[0].startsWith("</")) open.push(i);
      else {
        // Only a closed element is a clear delimiter; an unmatched </DIR> is ignored.
        const start = open.pop();
        if (start !== undefined) ranges.push([start, i]);
      }
    }
  });
  // The outermost ranges only, each line once: linear whatever the nesting.
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const indent = new Array<number | null>(lines.length).fill(null);
  let reach = -1;
  let id = 0;
  for (const [start, end] of ranges) {
    if (end <= reach) continue;
    id++;
    for (let k = Math.max(start, reach + 1); k <= end; k++) indent[k] = id;
    reach = end;
  }
  return lines.map((line, i) => ({
    text: line.includes("<") ? line.replace(TAG, replacement) : line,
    indent: indent[i]!,
  }));
}

// A tag between two words (<br>, </span> <span>) must not glue them together.
function replacement(tag: string, name: string, offset: number): string {
  const lower = name.toLowerCase();
  if (tag.startsWith("</") && CELL_END.has(lower)) return "\t";
  return lower === "br" && offset > 0 ? " " : "";
}
