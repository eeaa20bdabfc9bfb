import JSZip from "jszip";

/** Zip entries get one fixed time: JSZip would stamp the clock otherwise. */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/** Substitutes for the typeface where it is not installed: metric-compatible sans serifs. */
const FONT_FALLBACK =
  '<w:font w:name="Source Sans 3"><w:altName w:val="Arial"/><w:panose1 w:val="020B0503030403020204"/><w:charset w:val="00"/>' +
  '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';

/**
 * Rewrites the package so the same input gives the same bytes: creation and
 * modification dates from `isoDate` (docx stamps `new Date()`), fixed entry
 * times, a stable entry order, DEFLATE throughout. It also gives the font table
 * a sans-serif family for the typeface, so Word and LibreOffice substitute one.
 */
export async function normalizePackage(bytes: Uint8Array, isoDate: string): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(bytes);
  const names = Object.keys(input.files)
    .filter((n) => !input.files[n]!.dir)
    .sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const output = new JSZip();
  const stamp = `${isoDate}T00:00:00Z`;
  for (const name of names) {
    const file = input.files[name]!;
    let data: string | Uint8Array;
    if (name === "docProps/core.xml") {
      data = (await file.async("string"))
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    } else if (name === "word/document.xml") {
      data = renumberBookmarks(await file.async("string"));
    } else if (name === "word/fontTable.xml") {
      data = withFontFallback(await file.async("string"));
    } else {
      data = await file.async("uint8array");
    }
    output.file(name, data, { date: ENTRY_DATE, createFolders: false });
  }
  return output.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "DOS" });
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
