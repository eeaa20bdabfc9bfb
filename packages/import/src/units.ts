import type { SourceLine } from "./normalize.js";

/** One non-empty body line with what the layout tells about it. */
export interface Unit {
  text: string;
  /** The line with its column spacing kept, for tables. */
  spaced: string;
  /** A blank line (or dropped page furniture) precedes it. */
  blankBefore: boolean;
  /** The closed <DIR>/<blockquote> it is in, else null. */
  indent: number | null;
}

/** Body lines -> units: blank lines become `blankBefore` of the next line. */
export function toUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.text === "") {
      blank = true;
      continue;
    }
    units.push({ text: line.text, spaced: line.spaced, blankBefore: blank, indent: line.indent });
    blank = false;
  }
  return units;
}
