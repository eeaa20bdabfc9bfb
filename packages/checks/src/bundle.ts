// What a bundle carries that it should not, measured in its text.

/**
 * The longest run of base64 characters in `texts`: brotli's dictionary, which
 * only WOFF2 fonts need, is one run of 69,000 (brotli/dec/dictionary.bin.js),
 * while this project's bundles have none longer than about 13,000. Measured in
 * one pass (a pattern like /[A-Za-z0-9+/]{100000}/ would rescan every run).
 */
export function longestBase64Run(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z0-9+/]+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
