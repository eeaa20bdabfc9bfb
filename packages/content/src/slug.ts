// The one way the project turns a name or title into an identifier that is
// safe as a folder or file name on every OS: batch output folders, imported
// circulars' ids.

// Letters NFKD does not take apart (or, for umlauts, not the German way); lower case only, applied after lower-casing.
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", å: "aa", œ: "oe", ł: "l", đ: "d", þ: "th" };
// Device names Windows reserves whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

// By hand: a pattern anchored only at the end ("-+$") is tried from every position.
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}

/** The longest slug {@link slugify} makes. */
export const SLUG_MAX_LENGTH = 60;

/**
 * "Straßenreinigung in Köln" -> "strassenreinigung-in-koeln": lower-case ASCII
 * letters, digits and single hyphens; umlauts transliterated, other accents
 * dropped; no separators or dots; at most 60 characters, cut at a word
 * boundary; a name Windows reserves (`con`, `lpt1`) gets `-` + `reservedSuffix`.
 * Empty when nothing usable is left.
 */
export function slugify(text: string, options: { reservedSuffix?: string } = {}): string {
  let slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßæøåœłđþ]/g, (c) => TRANSLITERATION[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-");
  slug = trimHyphens(slug);
  if (slug.length > SLUG_MAX_LENGTH) {
    // At a word boundary, so the slug does not end in half a word.
    const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
    const boundary = cut.lastIndexOf("-");
    slug = trimHyphens(boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, SLUG_MAX_LENGTH));
  }
  if (RESERVED.test(slug)) slug = `${slug}-${options.reservedSuffix ?? "x"}`;
  return slug;
}
