import { slugify } from "@handreichung/content/data";

/**
 * A municipality's folder and file name part: the project's one slug rule;
 * Windows' reserved names become e.g. "con-kommune". "" when the name has no
 * letters or digits.
 */
export function municipalitySlug(name: string): string {
  return slugify(name, { reservedSuffix: "kommune" });
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
