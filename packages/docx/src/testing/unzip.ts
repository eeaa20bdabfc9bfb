import JSZip from "jszip";

/** The XML parts of a .docx, by name. */
export async function unzipDocx(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) out[name] = await zip.files[name]!.async("string");
  }
  return out;
}

/** One element per line, so failures show readable XML and regexes can work line by line. */
export function pretty(xml: string): string {
  return xml.replace(/></g, ">\n<");
}

/** The text of a part: runs joined, one line per paragraph, entities decoded. */
export function textOf(xml: string): string {
  const pieces = xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|(<w:tab\/>)|(<\/w:p>)/g);
  const text = [...pieces].map((m) => m[1] ?? (m[2] ? "\t" : "\n")).join("");
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** The paragraphs (w:p elements) of a part, each as its XML. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

/** The paragraph style ids a part uses. */
export function usedStyles(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1]!));
}
