/// <reference path="./hyphen.d.ts" />
import { loadAsset } from "@handreichung/assets";
import createHyphenator from "hyphen/hyphen.js";

type Hyphenate = (text: string) => string;

/** The soft hyphen: where a word may break. */
export const SOFT_HYPHEN = "\u00ad";

/** The German patterns (1996 spelling, TeX), as an asset: JSON bytes, loaded by loadHyphenation. */
export const GERMAN_PATTERNS = "@handreichung/hyphenation/de-1996.json";

/** Every asset this package loads, for a page that must serve them. */
export const HYPHENATION_ASSETS: readonly string[] = [GERMAN_PATTERNS];

/** hyphenateGerman was called before loadHyphenation had finished: a bug in the caller. */
export class HyphenationNotLoadedError extends Error {
  readonly code = "E_HYPHENATION_NOT_LOADED";
  constructor() {
    super("German hyphenation is not loaded yet: await loadHyphenation() first");
    this.name = "HyphenationNotLoadedError";
  }
}

let patterns: unknown;
let loading: Promise<void> | undefined;
const hyphenators = new Map<number, Hyphenate>();

/** Loads the German patterns (once); the renderers await it before they set any text. */
export function loadHyphenation(): Promise<void> {
  loading ??= loadAsset(GERMAN_PATTERNS, import.meta.url).then(
    (bytes) => {
      patterns = JSON.parse(new TextDecoder().decode(bytes));
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The text with soft hyphens (U+00AD) wherever German hyphenation (1996
 * spelling, TeX patterns) allows a break, in words of at least
 * `minWordLength` letters. Removing the soft hyphens gives the text back.
 * Needs the patterns: await loadHyphenation() first.
 */
export function hyphenateGerman(text: string, minWordLength = 5): string {
  let hyphenate = hyphenators.get(minWordLength);
  if (!hyphenate) {
    if (patterns === undefined) throw new HyphenationNotLoadedError();
    hyphenate = createHyphenator(patterns, { hyphenChar: SOFT_HYPHEN, minWordLength });
    hyphenators.set(minWordLength, hyphenate);
  }
  return hyphenate(text);
}

export { breakNearJoint, compoundJoints } from "./joints.js";
