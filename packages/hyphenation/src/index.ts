import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Hyphenate = (text: string) => string;
type CreateHyphenator = (patterns: unknown, options: { hyphenChar: string; minWordLength: number }) => Hyphenate;

/** The soft hyphen: where a word may break. */
export const SOFT_HYPHEN = "\u00ad";

const require = createRequire(import.meta.url);
// src/ and dist/ both sit one level below the package root.
const JSON_PATTERNS = new URL("../dist/de-1996.json", import.meta.url);

function loadPatterns(): unknown {
  // Before a build (tests from source) the JSON is not there yet: compile the original.
  if (existsSync(JSON_PATTERNS)) return JSON.parse(readFileSync(JSON_PATTERNS, "utf8"));
  return require("hyphen/patterns/de-1996.js");
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
    const create = require("hyphen/hyphen.js") as CreateHyphenator;
    hyphenate = create(patterns, { hyphenChar: SOFT_HYPHEN, minWordLength });
    hyphenators.set(minWordLength, hyphenate);
  }
  return hyphenate(text);
}
