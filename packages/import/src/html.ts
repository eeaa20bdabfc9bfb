// Tags a web page or a Word export left in the text. The name must follow "<"
// directly, so "a < b" and "<info@example.org>" stay text.
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?:\s[^<>]*)?\/?>/g;

// Old pages indent a quoted letter with <DIR> (or <BLOCKQUOTE>); that indent is
// the one clear sign left that the lines are a quotation.
const QUOTING = new Set(["dir", "blockquote"]);

export interface TaggedLine {
  text: string;
  /** Inside a closed <DIR>…</DIR> or <blockquote>…</blockquote>. */
  quoted: boolean;
}

/** Strips tags line by line and marks the lines inside a closed quoting element. */
export function stripTags(lines: readonly string[]): TaggedLine[] {
  const quoted = new Array<boolean>(lines.length).fill(false);
  const open: number[] = [];
  lines.forEach((line, i) => {
    for (const match of line.matchAll(TAG)) {
      const name = match[1]!.toLowerCase();
      if (!QUOTING.has(name)) continue;
      if (!match[0].startsWith("</")) open.push(i);
      else {
        // Only a closed element is a clear delimiter; an unmatched </DIR> is ignored.
        const start = open.pop();
        if (start !== undefined) for (let k = start; k <= i; k++) quoted[k] = true;
      }
    }
  });
  return lines.map((line, i) => ({
    // A tag between two words (<br>, </span> <span>) must not glue them together.
    text: line.replace(TAG, (tag, _name: string, offset: number) => (/^<br\b/i.test(tag) && offset > 0 ? " " : "")),
    quoted: quoted[i]!,
  }));
}
