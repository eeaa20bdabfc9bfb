import { writeZip } from "./zip-writer.js";
import { plainTocEntries } from "./sections/toc.js";

/** Substitutes for the typeface where it is not installed: metric-compatible sans serifs. */
const FONT_FALLBACK =
  '<w:font w:name="Source Sans 3"><w:altName w:val="Arial"/><w:panose1 w:val="020B0503030403020204"/><w:charset w:val="00"/>' +
  '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';

/** The package's parts as docx compiles them, by path. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/**
 * Zips the package so the same input gives the same bytes: creation and
 * modification dates from `isoDate` (docx stamps `new Date()`), fixed entry
 * times, a stable entry order, DEFLATE throughout. It also gives the font table
 * a sans-serif family for the typeface, so Word and LibreOffice substitute one,
 * and writes the table of contents' entries without empty page numbers.
 */
export function normalizePackage(parts: PackageParts, isoDate: string): Uint8Array {
  const names = [...parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const stamp = `${isoDate}T00:00:00Z`;
  const utf8 = new TextEncoder();
  const text = (data: string | Uint8Array) => (typeof data === "string" ? data : new TextDecoder().decode(data));
  return writeZip(
    names.map((name) => {
      const data = parts.get(name)!;
      let out: string | Uint8Array = data;
      if (name === "docProps/core.xml") {
        out = text(data)
          .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
      } else if (name === "word/document.xml") {
        out = renumberBookmarks(plainTocEntries(text(data)));
      } else if (name === "word/fontTable.xml") {
        out = withFontFallback(text(data));
      }
      return [name, typeof out === "string" ? utf8.encode(out) : out] as const;
    }),
  );
}

function withFontFallback(xml: string): string {
  // Replace docx's bare entry for the font, or add one.
  const bare = /<w:font w:name="Source Sans 3"(?:\/>|>[\s\S]*?<\/w:font>)/;
  if (bare.test(xml)) return xml.replace(bare, FONT_FALLBACK);
  if (/<\/w:fonts>\s*$/.test(xml)) return xml.replace(/<\/w:fonts>\s*$/, `${FONT_FALLBACK}</w:fonts>`);
  return xml.replace(/<w:fonts([^>]*?)\/>\s*$/, `<w:fonts$1>${FONT_FALLBACK}</w:fonts>`);
}

/**
 * docx numbers heading bookmarks from a counter shared by every document in the
 * process, so the second render would differ from the first: number them from 1.
 */
function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  return xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => {
      if (!names.has(n)) names.set(n, names.size + 1);
      return `_Toc${names.get(n)}`;
    })
    .replace(/(<w:bookmark(?:Start|End)[^>]*? w:id=")(\d+)"/g, (_m, head: string, n: string) => {
      if (!ids.has(n)) ids.set(n, ids.size + 1);
      return `${head}${ids.get(n)}"`;
    });
}
