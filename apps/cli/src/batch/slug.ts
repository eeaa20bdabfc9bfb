// Folder names that Windows reserves, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_LENGTH = 60;

const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue", ẞ: "ss", æ: "ae", ø: "oe", å: "aa", œ: "oe", ł: "l", đ: "d", þ: "th" };

/**
 * A folder name that is safe on every OS: lower-case ASCII letters, digits and
 * hyphens, umlauts transliterated (Köln -> koeln), no separators or dots,
 * Windows' reserved names avoided. Empty when nothing usable is left.
 */
export function slugify(name: string): string {
  let slug = name
    .replace(/[äöüßÄÖÜẞæøåœłđþ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > MAX_LENGTH) slug = slug.slice(0, MAX_LENGTH).replace(/-+$/, "");
  if (RESERVED.test(slug)) slug = `${slug}-kommune`;
  return slug;
}

/** Hands out slugs in order, numbering repeats: essen, essen-2, essen-3. */
export class SlugRegistry {
  private readonly used = new Set<string>();

  claim(base: string): string {
    let slug = base;
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }
}
