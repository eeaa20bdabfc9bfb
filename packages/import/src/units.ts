import type { Unit } from "./blocks.js";
import type { SourceLine } from "./normalize.js";
import { quotationEnd } from "./quotes.js";

/**
 * Body lines -> units: blank lines become `blankBefore` of the next line, and
 * lines inside a quotation that spans whole lines („…“) are marked as quoted.
 */
export function toUnits(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.text === "") {
      blank = true;
      continue;
    }
    units.push({ text: line.text, blankBefore: blank, quote: line.quoted ? "dir" : null });
    blank = false;
  }
  const texts = units.map((u) => u.text);
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.quote !== null) continue;
    const end = quotationEnd(texts, i);
    if (end < 0) continue;
    for (let k = i; k <= end; k++) units[k]!.quote ??= "marks";
    i = end;
  }
  return units;
}
