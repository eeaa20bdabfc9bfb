import { slugify } from "@handreichung/content";

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
