// The German patterns' trie packed into 32-bit words, built at `pnpm build`
// from patterns/de-1996.json (scripts/emit-trie.mjs): loading it is reading
// bytes, where parsing the 400 KB JSON trie takes 15–50 ms before the first word.
//
// Layout, after a header: a node is its child count c, then c pairs of words
// (char code << 16 | level index + 1, offset of the child's node or 0), sorted
// by char code. The root node starts at ROOT.

/** Bump when the layout changes: a file of another format is ignored. */
export const PACKED_TRIE_FORMAT = 1;
const MAGIC = 0x48595452; // "HYTR"
const HEADER_WORDS = 4; // magic, format, meta length in bytes, meta words

/** What a packed trie was made from; a mismatch with what is installed means the plain path. */
export interface PackedTrieMeta {
  format: number;
  /** The version of the hyphen package whose patterns these are. */
  hyphen: string;
  /** The length in bytes (UTF-8) of the patterns JSON it was made from. */
  length: number;
  /** The patterns' level table (small), as hyphen's engine takes it. */
  levels: number[][];
}

export interface PackedTrie {
  meta: PackedTrieMeta;
  words: Uint32Array;
  root: number;
}

interface JsonTrie {
  [key: string]: number | JsonTrie | [JsonTrie, number];
}

/**
 * Packs the patterns JSON ([levels, trie, exceptions]). Throws for patterns
 * this layout cannot hold exactly (exceptions, characters outside Latin-1,
 * over 65534 levels): the build then fails rather than ship a different engine.
 */
export function packTrie(json: string, hyphenVersion: string): Uint8Array {
  const [levels, trie, exceptions, ...rest] = JSON.parse(json) as [number[][], JsonTrie, Record<string, unknown>?];
  if (rest.length || (exceptions && Object.keys(exceptions).length)) throw new Error("hyphenation patterns with exceptions: the packed trie cannot hold them");
  if (levels.length >= 0xffff) throw new Error("hyphenation patterns: too many levels for the packed trie");
  const words: number[] = [];
  const pack = (node: JsonTrie): number => {
    const keys = Object.keys(node).sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
    const at = words.length;
    words.push(keys.length);
    for (let i = 0; i < keys.length; i++) words.push(0, 0);
    keys.forEach((key, i) => {
      if (key.length !== 1 || key.charCodeAt(0) > 0xffff) throw new Error(`hyphenation patterns: key ${JSON.stringify(key)} is not one character`);
      const value = node[key]!;
      let level = -1;
      let child = 0;
      if (typeof value === "number") level = value;
      else if (Array.isArray(value)) {
        level = value[1];
        child = Object.keys(value[0]).length ? pack(value[0]) : 0;
      } else child = Object.keys(value).length ? pack(value) : 0;
      words[at + 1 + 2 * i] = ((key.charCodeAt(0) << 16) | (level + 1)) >>> 0;
      words[at + 2 + 2 * i] = child;
    });
    return at;
  };
  // Offset 0 stands for "no child": the root node goes after a placeholder word.
  words.push(0);
  const root = pack(trie);
  const meta: PackedTrieMeta & { root: number } = { format: PACKED_TRIE_FORMAT, hyphen: hyphenVersion, length: new TextEncoder().encode(json).byteLength, levels, root };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const metaWords = Math.ceil(metaBytes.length / 4);
  const out = new Uint32Array(HEADER_WORDS + metaWords + words.length);
  out.set([MAGIC, PACKED_TRIE_FORMAT, metaBytes.length, metaWords]);
  new Uint8Array(out.buffer).set(metaBytes, HEADER_WORDS * 4);
  out.set(words, HEADER_WORDS + metaWords);
  return new Uint8Array(out.buffer);
}

/**
 * The patterns as hyphen's own engine takes them ([levels, trie, exceptions]),
 * rebuilt from the packed trie, so that the plain path (words whose lower case
 * is longer than they are) needs no JSON: a leaf is its level, a node with a
 * level is [children, level]. A test compares it with the parsed JSON.
 */
export function unpackTrie(trie: PackedTrie): [number[][], JsonTrie, Record<string, never>] {
  const { words } = trie;
  const unpack = (at: number): JsonTrie => {
    const node: JsonTrie = {};
    for (let i = 0, count = words[at]!; i < count; i++) {
      const entry = words[at + 1 + 2 * i]!;
      const child = words[at + 2 + 2 * i]!;
      const level = (entry & 0xffff) - 1;
      const key = String.fromCharCode(entry >>> 16);
      if (child === 0) node[key] = level >= 0 ? level : {};
      else node[key] = level >= 0 ? [unpack(child), level] : unpack(child);
    }
    return node;
  };
  return [trie.meta.levels, unpack(trie.root), {}];
}

/** The packed trie in `bytes`, or null when they are no packed trie of this format (then the plain path runs). */
export function readPackedTrie(bytes: Uint8Array): (PackedTrie & { meta: PackedTrieMeta & { root: number } }) | null {
  if (bytes.byteLength < HEADER_WORDS * 4 || bytes.byteLength % 4) return null;
  // Aligned for the word view: assets arrive as their own buffers, but copy if not.
  const aligned = bytes.byteOffset % 4 ? bytes.slice() : bytes;
  const all = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  if (all[0] !== MAGIC || all[1] !== PACKED_TRIE_FORMAT) return null;
  const metaWords = all[3]!;
  try {
    const meta = JSON.parse(new TextDecoder().decode(aligned.subarray(HEADER_WORDS * 4, HEADER_WORDS * 4 + all[2]!))) as PackedTrieMeta & { root: number };
    return { meta, words: all.subarray(HEADER_WORDS + metaWords), root: meta.root };
  } catch {
    return null;
  }
}

/**
 * The break markers of a word, as hyphen 1.14.1's hyphenateWord computes them
 * (its code, with the trie walk reading the packed trie; its quirks kept: the
 * slices at the first two positions share a level offset, and levels past the
 * word's end grow the array). A test compares the two on real and random text.
 */
export function packedMarkers(text: string, loweredText: string, levelsTable: number[][], trie: PackedTrie): number[] {
  const { words, root } = trie;
  const levels: number[] = new Array(text.length + 1);
  const chars = ("." + loweredText + ".").split("");
  for (let i = levels.length; i--; ) levels[i] = 0;
  let patternEntityIndex = -1;
  for (let start = 0; chars.length - start >= 3; start++) {
    patternEntityIndex++;
    if (start === 1) patternEntityIndex--;
    let node = root;
    for (let c = start; c < chars.length; c++) {
      if (node === 0) break;
      const code = chars[c]!.charCodeAt(0);
      const count = words[node]!;
      let entry = -1;
      for (let i = 0; i < count; i++) {
        const key = words[node + 1 + 2 * i]! >>> 16;
        if (key === code) {
          entry = node + 1 + 2 * i;
          break;
        }
        if (key > code) break;
      }
      if (entry < 0) break;
      const levelIndex = (words[entry]! & 0xffff) - 1;
      node = words[entry + 1]!;
      if (levelIndex < 0) continue;
      const patternLevels = levelsTable[levelIndex]!;
      for (let k = 0; k < patternLevels.length; k++) levels[patternEntityIndex + k] = Math.max(patternLevels[k]!, levels[patternEntityIndex + k]!);
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const markers: number[] = [];
  for (let i = 0; i < levels.length; i++) if ((levels[i]! & 1) === 1) markers.push(i);
  return markers;
}
