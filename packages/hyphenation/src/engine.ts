// hyphen's engine, fed from the packed trie. The one place that relies on how
// hyphen 1.14.1 works inside: before it walks its trie for a word, it asks its
// exceptions dictionary (the patterns' third entry) whether the lowered word
// has markers of its own. A dictionary that answers every word with the
// markers the packed trie gives leaves hyphen's text handling (what is a word,
// how long, which are skipped, where the hyphens go) as it is, and its trie unused.
// engine.test.ts compares this with hyphen's own engine on real and random text.
import createHyphenator from "hyphen/hyphen.js";
import { packedMarkers, type PackedTrie } from "./packed-trie.js";

export type Hyphenate = (text: string) => string;

interface HyphenOptions {
  hyphenChar: string;
  minWordLength: number;
}

/** hyphen's engine on the patterns JSON as the hyphen package ships them: the plain path. */
export function plainHyphenator(patterns: unknown, options: HyphenOptions): Hyphenate {
  return createHyphenator(patterns, options);
}

/**
 * hyphen's engine with markers from the packed trie. Only for text whose
 * lower case is as long as the text (hyphen sizes a word's levels by the
 * word, the dictionary sees the lowered word): the caller checks.
 */
export function packedHyphenator(trie: PackedTrie, options: HyphenOptions): Hyphenate {
  const levels = trie.meta.levels;
  const known = new Map<string, number[]>();
  const markersOf = (lowered: string) => {
    let markers = known.get(lowered);
    if (!markers) {
      markers = packedMarkers(lowered, lowered, levels, trie);
      known.set(lowered, markers);
    }
    return markers;
  };
  const dictionary = new Proxy(
    {},
    {
      ownKeys: () => [],
      getOwnPropertyDescriptor: (_, key) => (typeof key === "string" ? { value: markersOf(key), writable: true, enumerable: true, configurable: true } : undefined),
      get: (_, key) => (typeof key === "string" ? markersOf(key) : undefined),
      set: () => true,
    },
  );
  return createHyphenator([levels, {}, dictionary], options);
}
