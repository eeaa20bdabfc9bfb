/**
 * Makes arbitrary content text safe to set: NFC, one kind of space, no
 * control or invisible formatting characters (they have no glyph and would
 * confuse line breaking). `\n` is kept as a hard line break. The joiners
 * (U+200C, U+200D: Persian words, emoji sequences) and the bidi controls
 * (marks, embeddings, overrides, isolates) stay: the shaper and the Unicode
 * Bidirectional Algorithm use them, and the Word template keeps them too.
 */
export function sanitize(text: string, removed: Set<string>): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\v\f\u2028\u2029]/g, (c) => (c === "\u2028" || c === "\u2029" ? "\n" : " "))
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]/g, (c) => {
      // Soft hyphens are ours to place; the others are invisible and unprintable.
      if (c !== "\u00ad") removed.add(c);
      return "";
    })
    .replace(/[\u1680\u2000-\u200a\u205f\u3000]/g, " ")
    .replace(/ {2,}/g, " ");
}

/** "U+200B" */
export function codePointName(ch: string): string {
  return "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}
