import { slugify as slug } from "@handreichung/content/data";

/** A municipality's folder name: the project's one slug rule; Windows' reserved names become e.g. "con-kommune". */
export function slugify(name: string): string {
  return slug(name, { reservedSuffix: "kommune" });
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
