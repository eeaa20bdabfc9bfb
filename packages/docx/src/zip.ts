import { pinCoreDates, plainTocEntries, renumberBookmarks, withFontFallback } from "./internals/xml-rewrites.js";
import type { PackageParts } from "./internals/packer.js";
import { writeZip } from "./zip-writer.js";

export type { PackageParts };

/**
 * Zips the package so the same input gives the same bytes: creation and
 * modification dates from `isoDate` (docx stamps `new Date()`), fixed entry
 * times, a stable entry order, DEFLATE throughout. It also gives the font table
 * a sans-serif family for the typeface, so Word and LibreOffice substitute one,
 * and writes the table of contents' entries without empty page numbers.
 */
export function normalizePackage(parts: PackageParts, isoDate: string): Uint8Array {
  return writeZip(packageEntries(parts, isoDate));
}

/** The package's entries as normalizePackage zips them: in order, with its rewrites made. */
export function packageEntries(parts: PackageParts, isoDate: string): (readonly [name: string, data: string | Uint8Array])[] {
  const names = [...parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const stamp = `${isoDate}T00:00:00Z`;
  const text = (data: string | Uint8Array) => (typeof data === "string" ? data : new TextDecoder().decode(data));
  return names.map((name) => {
    const data = parts.get(name)!;
    let out: string | Uint8Array = data;
    if (name === "docProps/core.xml") {
      out = pinCoreDates(text(data), stamp);
    } else if (name === "word/document.xml") {
      out = renumberBookmarks(plainTocEntries(text(data)));
    } else if (name === "word/fontTable.xml") {
      out = withFontFallback(text(data));
    }
    // Text goes to the zip writer as text: it remembers the parts that repeat, compressed.
    return [name, out] as const;
  });
}
