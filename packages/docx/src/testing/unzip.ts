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

/** A content control (w:sdt) of a part: its properties and content as XML, its tag and state. */
export interface ContentControl {
  xml: string;
  properties: string;
  content: string;
  tag: string | undefined;
  alias: string | undefined;
  bound: boolean;
  showingPrompt: boolean;
}

/** The content controls of a part, in document order; none of ours nest. */
export function contentControls(xml: string): ContentControl[] {
  return (xml.match(/<w:sdt>[\s\S]*?<\/w:sdt>/g) ?? []).map((sdt) => {
    const properties = /<w:sdtPr>[\s\S]*?<\/w:sdtPr>/.exec(sdt)?.[0] ?? "";
    return {
      xml: sdt,
      properties,
      content: /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(sdt)?.[1] ?? "",
      tag: /<w:tag w:val="([^"]*)"/.exec(properties)?.[1],
      alias: /<w:alias w:val="([^"]*)"/.exec(properties)?.[1],
      bound: properties.includes("<w:dataBinding"),
      showingPrompt: properties.includes("<w:showingPlcHdr/>"),
    };
  });
}

/** The body's blocks in order: paragraphs, tables and block-level content controls, each as its XML. */
export function blocks(xml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  return body.match(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:sdt>[\s\S]*?<\/w:sdt>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
}

/** The heading level of a paragraph (1–4), or undefined. */
export function headingLevel(block: string): number | undefined {
  const m = /^<w:p[ >](?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading(\d)"\/>/.exec(block);
  return m ? Number(m[1]) : undefined;
}
