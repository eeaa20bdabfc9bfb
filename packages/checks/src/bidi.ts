import { bidiLevels, visualIndices } from "@handreichung/content/data";

// What a reader's eye meets, left to right: for checking right-to-left text
// against outside tools that write lines in their own order.

const INVISIBLE = /[\s\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` as a page shows it, left to right, by the Unicode Bidirectional Algorithm; without spaces and invisible controls. */
export function displayOrder(text: string, base: "ltr" | "rtl"): string {
  const levels = bidiLevels(text, base);
  return visualIndices(levels, 0, text.length)
    .map((i) => text[i])
    .join("")
    .replace(INVISIBLE, "");
}

/**
 * A line of pdftotext's output in the order its glyphs stand on the page,
 * without spaces and controls. poppler writes a line left to right with each
 * right-to-left part reversed into reading order between U+202B and U+202C
 * (left-to-right parts inside one between U+202A and U+202C); undoing that
 * gives the page's order, to compare with {@link displayOrder} of the text.
 */
export function popplerDisplayOrder(line: string): string {
  const parse = (at: number): [string, number] => {
    let out = "";
    let i = at;
    while (i < line.length && line[i] !== "\u202c") {
      const ch = line[i]!;
      if (ch === "\u202b" || ch === "\u202a") {
        const [inner, end] = parse(i + 1);
        out += ch === "\u202b" ? [...inner].reverse().join("") : inner;
        i = end + 1;
      } else {
        out += ch;
        i++;
      }
    }
    return [out, i];
  };
  return parse(0)[0].replace(INVISIBLE, "");
}
