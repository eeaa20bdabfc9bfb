import type { FontRole } from "../theme.js";
import { COVERAGE } from "./coverage-data.js";
import { FALLBACK_FACES, type FaceId } from "./faces.js";

/** A font of the chain: a Source Sans 3 cut (by role) or a fallback family. */
export type ChainFont = FontRole | FaceId;

/** The chain for text set in `role`: its Source Sans 3 cut first, then the fallbacks in order. */
export function chainFor(role: FontRole): readonly ChainFont[] {
  return CHAINS[role];
}

const FALLBACKS = FALLBACK_FACES.map((f) => f.id);
const CHAINS: Record<FontRole, readonly ChainFont[]> = {
  regular: ["regular", ...FALLBACKS],
  italic: ["italic", ...FALLBACKS],
  semibold: ["semibold", ...FALLBACKS],
  bold: ["bold", ...FALLBACKS],
};

/**
 * Whether `font` has a glyph for `codePoint`, from the table generated out of
 * the fonts' character maps: no font is read or parsed to know it.
 */
export function covers(font: ChainFont, codePoint: number): boolean {
  const ranges = COVERAGE[font];
  // Binary search over [first, last] pairs.
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ranges[mid * 2]!) hi = mid - 1;
    else if (codePoint > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
