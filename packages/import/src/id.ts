const TRANSLITERATE: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue", ẞ: "ss" };
const MAX_SLUG = 60;

/** "Straßenreinigung in Köln" -> "strassenreinigung-in-koeln": ASCII, hyphens, at most 60 characters. */
export function slugify(text: string): string {
  const ascii = text
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLITERATE[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  return cutSlug(trimHyphens(ascii));
}

// By hand: a pattern anchored only at the end ("-+$") is tried from every position.
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}

function cutSlug(ascii: string): string {
  if (ascii.length <= MAX_SLUG) return ascii;
  // Cut at a word boundary so the id does not end in half a word.
  const cut = ascii.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf("-");
  return trimHyphens(boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, MAX_SLUG));
}

/**
 * A deterministic id: "stgb-nrw-441-2004", "lkt-nrw-245-2023" (the publisher's
 * key) when number and year are known, else a slug of the title, else of the
 * file name, else "circular".
 */
export function circularId(parts: { prefix?: string; number: number | null; year: number | null; title: string | null; fileName?: string | undefined }): string {
  if (parts.number !== null && parts.year !== null) return `${parts.prefix ?? "stgb-nrw"}-${parts.number}-${parts.year}`;
  const fromTitle = parts.title ? slugify(parts.title) : "";
  if (fromTitle) return fromTitle;
  const stem = parts.fileName?.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const fromFile = stem ? slugify(stem) : "";
  return fromFile || "circular";
}
