/// <reference path="./hyphen.d.ts" />
import { loadAsset } from "@handreichung/assets";
import hyphenPackage from "hyphen/package.json" with { type: "json" };
import { packedHyphenator, plainHyphenator, type Hyphenate } from "./engine.js";
import { readPackedTrie, unpackTrie, type PackedTrie } from "./packed-trie.js";

/** The soft hyphen: where a word may break. */
export const SOFT_HYPHEN = "\u00ad";

/** The German patterns (1996 spelling, TeX), as an asset: JSON bytes, loaded by loadHyphenation when the packed trie does not fit them. */
export const GERMAN_PATTERNS = "@handreichung/hyphenation/de-1996.json";

/** The length in bytes of patterns/de-1996.json: a packed trie made from other patterns is not used. src/patterns.test.ts checks it. */
export const GERMAN_PATTERNS_BYTES = 397_887;

/**
 * The same patterns as a packed trie, built by `pnpm build` (scripts/emit-trie.mjs):
 * read as bytes, where the JSON takes 15–50 ms to parse (and a page 400 KB more to fetch).
 */
export const GERMAN_PACKED_TRIE = "@handreichung/hyphenation/de-1996.trie.bin";

/** Every asset this package loads, for a page that must serve them. */
export const HYPHENATION_ASSETS: readonly string[] = [GERMAN_PATTERNS, GERMAN_PACKED_TRIE];

/** The asset loadHyphenation loads first, and alone when all is well: for a page that fetches it early. */
export const HYPHENATION_FIRST_ASSET: string = GERMAN_PACKED_TRIE;

/** The version of the hyphen package the patterns and the index must come from. */
export const HYPHEN_VERSION: string = hyphenPackage.version;

/** hyphenateGerman was called before loadHyphenation had finished: a bug in the caller. */
export class HyphenationNotLoadedError extends Error {
  readonly code = "E_HYPHENATION_NOT_LOADED";
  constructor() {
    super("German hyphenation is not loaded yet: await loadHyphenation() first");
    this.name = "HyphenationNotLoadedError";
  }
}

/**
 * The patterns as loaded: the packed trie when it fits them, else the JSON's
 * bytes; `parsed` is what the plain path takes, made on its first use.
 */
type Patterns = { trie: PackedTrie; parsed?: unknown } | { trie: null; json: Uint8Array; parsed?: unknown };

let patterns: Patterns | undefined;
let loading: Promise<void> | undefined;
const hyphenators = new Map<string, Hyphenate>();

/** Loads the German patterns (once); the renderers await it before they set any text. */
export function loadHyphenation(): Promise<void> {
  loading ??= loadAsset(GERMAN_PACKED_TRIE, import.meta.url)
    .catch(() => null)
    .then(async (packed): Promise<void> => {
      const trie = packedTrieFor(packed);
      // Without a fitting packed trie (not built, not served, made from other patterns) the JSON is parsed: slower, the same hyphens.
      patterns = trie ? { trie } : { trie: null, json: await loadAsset(GERMAN_PATTERNS, import.meta.url) };
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * The packed trie in `packed` when it was made by this code from exactly
 * these patterns (by the JSON's length) for this hyphen version; else null,
 * and the JSON is parsed.
 */
export function packedTrieFor(packed: Uint8Array | null, hyphenVersion: string = HYPHEN_VERSION, patternsBytes: number = GERMAN_PATTERNS_BYTES): PackedTrie | null {
  const trie = packed && readPackedTrie(packed);
  return trie && trie.meta.hyphen === hyphenVersion && trie.meta.length === patternsBytes ? trie : null;
}

/**
 * The text with soft hyphens (U+00AD) wherever German hyphenation (1996
 * spelling, TeX patterns) allows a break, in words of at least
 * `minWordLength` letters. Removing the soft hyphens gives the text back.
 * Needs the patterns: await loadHyphenation() first.
 */
export function hyphenateGerman(text: string, minWordLength = 5): string {
  if (patterns === undefined) throw new HyphenationNotLoadedError();
  // The packed path needs each word's lower case as long as the word (engine.ts);
  // lower case never shortens text, so equal totals mean equal words.
  const packed = patterns.trie !== null && text.toLocaleLowerCase().length === text.length;
  const key = `${packed ? "packed" : "plain"} ${minWordLength}`;
  let hyphenate = hyphenators.get(key);
  if (!hyphenate) {
    const options = { hyphenChar: SOFT_HYPHEN, minWordLength };
    if (packed) hyphenate = packedHyphenator(patterns.trie!, options);
    else {
      patterns.parsed ??= patterns.trie ? unpackTrie(patterns.trie) : JSON.parse(new TextDecoder().decode(patterns.json));
      hyphenate = plainHyphenator(patterns.parsed, options);
    }
    hyphenators.set(key, hyphenate);
  }
  return hyphenate(text);
}

export { breakNearJoint, compoundJoints } from "./joints.js";
