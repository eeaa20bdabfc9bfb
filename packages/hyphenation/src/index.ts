/// <reference path="./hyphen.d.ts" />
import { loadAsset } from "@handreichung/assets";
import hyphenPackage from "hyphen/package.json" with { type: "json" };
import { packedHyphenator, plainHyphenator, type Hyphenate } from "./engine.js";
import { readPackedTrie, type PackedTrie } from "./packed-trie.js";

/** The soft hyphen: where a word may break. */
export const SOFT_HYPHEN = "\u00ad";

/** The German patterns (1996 spelling, TeX), as an asset: JSON bytes, loaded by loadHyphenation. */
export const GERMAN_PATTERNS = "@handreichung/hyphenation/de-1996.json";

/**
 * The same patterns as a packed trie, built by `pnpm build` (scripts/emit-trie.mjs):
 * read as bytes, where the JSON takes 15–50 ms to parse.
 */
export const GERMAN_PACKED_TRIE = "@handreichung/hyphenation/de-1996.trie.bin";

/** Every asset this package loads, for a page that must serve them. */
export const HYPHENATION_ASSETS: readonly string[] = [GERMAN_PATTERNS, GERMAN_PACKED_TRIE];

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

/** The patterns as loaded: the JSON's bytes (parsed only if the plain path runs) and the packed trie when it fits them. */
interface Patterns {
  json: Uint8Array;
  parsed?: unknown;
  trie: PackedTrie | null;
}

let patterns: Patterns | undefined;
let loading: Promise<void> | undefined;
const hyphenators = new Map<string, Hyphenate>();

/** Loads the German patterns (once); the renderers await it before they set any text. */
export function loadHyphenation(): Promise<void> {
  loading ??= Promise.all([
    loadAsset(GERMAN_PATTERNS, import.meta.url),
    // Without the packed trie (not built, or not served) the JSON is parsed: slower, the same hyphens.
    loadAsset(GERMAN_PACKED_TRIE, import.meta.url).catch(() => null),
  ]).then(
    ([json, packed]) => {
      patterns = { json, trie: packedTrieFor(json, packed) };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The packed trie in `packed` when it was made by this code from exactly
 * these patterns (`json`, by length) for this hyphen version; else null, and
 * the plain path parses the JSON.
 */
export function packedTrieFor(json: Uint8Array, packed: Uint8Array | null, hyphenVersion: string = HYPHEN_VERSION): PackedTrie | null {
  const trie = packed && readPackedTrie(packed);
  return trie && trie.meta.hyphen === hyphenVersion && trie.meta.length === json.byteLength ? trie : null;
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
      patterns.parsed ??= JSON.parse(new TextDecoder().decode(patterns.json));
      hyphenate = plainHyphenator(patterns.parsed, options);
    }
    hyphenators.set(key, hyphenate);
  }
  return hyphenate(text);
}

export { breakNearJoint, compoundJoints } from "./joints.js";
