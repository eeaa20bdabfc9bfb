/**
 * The CommonJS source of a stand-in for unicode-trie that builds its trie on
 * the first lookup, not when a module that holds one loads: fontkit,
 * unicode-properties and linebreak each inflate their tables in JavaScript at
 * load time, most of them for scripts a German handout never shapes (a cold
 * `pdf` builds one of four). The CLI's bundle and the page's build put it in
 * place of unicode-trie; `real` is the resolved path of the real module.
 * Callers only ever call get(codePoint) (lazy-unicode-trie.test.ts).
 */
export function lazyUnicodeTrieSource(real: string): string {
  return `let Real;
module.exports = class LazyUnicodeTrie {
  constructor(data) { this.source = data; this.trie = null; }
  get(codePoint) {
    if (this.trie === null) { Real ??= require(${JSON.stringify(real)}); this.trie = new Real(this.source); this.source = null; }
    return this.trie.get(codePoint);
  }
};`;
}
