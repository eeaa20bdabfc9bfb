// Tags a web page or a Word export left in the text. The name must follow "<"
// directly, so "a < b" and "<info@example.org>" stay text.
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?:\s[^<>]*)?\/?>/g;

// Old pages indent with <DIR> (or <BLOCKQUOTE>): section headings as often as
// quoted letters, so the indent alone decides nothing; it only groups lines.
const INDENTING = new Set(["dir", "blockquote"]);
// Table cells: the end of one is a column break, kept as a tab.
const CELL_END = new Set(["td", "th"]);

export interface TaggedLines {
  /** Each line without tags; a <br> becomes a space, a cell end a tab. */
  texts: string[];
  /** Id of the outermost closed <DIR>/<blockquote> each line is in, else null. */
  indents: (number | null)[];
}

/** Strips tags line by line and groups the lines inside each closed indenting element. */
export function stripTags(lines: readonly string[]): TaggedLines {
  // Closed elements as line ranges. Found with a stack, they nest or are disjoint.
  const ranges: [number, number][] = [];
  const open: number[] = [];
  // One pass per line: the tags are stripped and the indenting ones noted at once.
  const texts = lines.map((line, i) => {
    if (!line.includes("<")) return line;
    return line.replace(TAG, (tag: string, name: string, offset: number) => {
      const lower = name.toLowerCase();
      if (INDENTING.has(lower)) {
        if (!tag.startsWith("</")) open.push(i);
        else {
          // Only a closed element is a clear delimiter; an unmatched </DIR> is ignored.
          const start = open.pop();
          if (start !== undefined) ranges.push([start, i]);
        }
        return "";
      }
      // A tag between two words (<br>, </span> <span>) must not glue them together.
      if (tag.startsWith("</") && CELL_END.has(lower)) return "\t";
      return lower === "br" && offset > 0 ? " " : "";
    });
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
  return { texts, indents: indent };
}
