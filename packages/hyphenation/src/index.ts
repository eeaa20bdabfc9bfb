import { createRequire } from "node:module";
import createHyphenator from "hyphen/hyphen.js";

type Hyphenate = (text: string) => string;

/** The soft hyphen: where a word may break. */
export const SOFT_HYPHEN = "\u00ad";

const require = createRequire(import.meta.url);

function loadPatterns(): unknown {
  // The build writes the patterns as JSON (parsed in ~15 ms; the original
  // JavaScript takes ~200 ms to compile). Tests from source run before any build.
  try {
    return require("@handreichung/hyphenation/de-1996.json");
  } catch {
    return require("hyphen/patterns/de-1996.js");
  }
}

const hyphenators = new Map<number, Hyphenate>();
let patterns: unknown;

/**
 * The text with soft hyphens (U+00AD) wherever German hyphenation (1996
 * spelling, TeX patterns) allows a break, in words of at least
 * `minWordLength` letters. Removing the soft hyphens gives the text back.
 * The patterns load on first use.
 */
export function hyphenateGerman(text: string, minWordLength = 5): string {
  let hyphenate = hyphenators.get(minWordLength);
  if (!hyphenate) {
    patterns ??= loadPatterns();
    hyphenate = createHyphenator(patterns, { hyphenChar: SOFT_HYPHEN, minWordLength });
    hyphenators.set(minWordLength, hyphenate);
  }
  return hyphenate(text);
}

export { breakNearJoint, compoundJoints } from "./joints.js";
