// Reads a .docx the way Word does: unzips it, parses every XML part with a
// conforming parser, resolves paragraph styles to their names, and extracts
// the text a reader sees (runs, tabs, breaks, content controls, tables, text
// boxes), leaving out deleted text and field instructions.
import { unzipSync } from "fflate";
import { childElements, descendants, firstDescendant, parseXml, textContent, type XmlElement } from "../xml.js";

export interface DocxStyle {
  id: string;
  name: string;
  type: string;
}

export interface DocxParagraph {
  /** The paragraph style's id (w:pStyle), or null for Normal. */
  styleId: string | null;
  /** That style's name as Word shows it ("heading 1"), or null. */
  styleName: string | null;
  text: string;
  /** Inside a table cell. */
  inTable: boolean;
}

export interface DocxContentControl {
  tag: string | null;
  alias: string | null;
  /** Bound to a custom XML part (w:dataBinding). */
  bound: boolean;
  /** Still showing its placeholder text (w:showingPlcHdr). */
  showingPlaceholder: boolean;
  text: string;
}

export interface DocxTable {
  rows: string[][];
  /** The first row is marked to repeat on every page (w:tblHeader). */
  headerRepeats: boolean;
}

/** What Word reads from a .docx. */
export interface DocxDocument {
  /** Every part's name. */
  parts: string[];
  /** Parts Word would refuse: not well-formed XML, or not UTF-8. */
  malformed: { part: string; error: string }[];
  /** Parts without a content type in [Content_Types].xml. */
  untyped: string[];
  /** Internal relationship targets that are not in the package: `part -> target`. */
  brokenRelationships: string[];
  styles: DocxStyle[];
  /** Paragraph and character style ids the body uses that styles.xml does not define. */
  undefinedStyles: string[];
  paragraphs: DocxParagraph[];
  /** Paragraphs in a heading style (name "heading N"), with N. */
  headings: { level: number; text: string }[];
  /** The body's text, one line per paragraph. */
  text: string;
  /** Every w:lang value in styles and body (w:val, w:eastAsia, w:bidi). */
  languages: string[];
  /** The default language of the document (docDefaults), if set. */
  defaultLanguage: string | null;
  core: { title: string | null; subject: string | null; keywords: string | null; creator: string | null; created: string | null; modified: string | null };
  /** Distinct `{{key}}` fields in the body's text, in order of first appearance. */
  placeholders: string[];
  contentControls: DocxContentControl[];
  tables: DocxTable[];
  /** Header and footer parts' text, by part name. */
  headers: Record<string, string>;
  footers: Record<string, string>;
  /** Field instructions in the body, headers and footers (`PAGE`, `NUMPAGES`, `TOC \o "1-2" …`). */
  fields: string[];
  /** settings.xml switches automatic hyphenation on. */
  autoHyphenation: boolean;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reads a .docx. Throws only when it is not a zip archive at all. */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => !n.endsWith("/"));
  const malformed: DocxDocument["malformed"] = [];
  const xml = new Map<string, XmlElement>();
  for (const name of names) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      xml.set(name, parseXml(decoder.decode(files[name]!), name));
    } catch (error) {
      malformed.push({ part: name, error: (error as Error).message });
    }
  }

  const styles = readStyles(xml.get("word/styles.xml"));
  const styleNames = new Map(styles.map((s) => [s.id, s.name]));
  const body = xml.get("word/document.xml");
  const paragraphs = body ? bodyParagraphs(body, styleNames) : [];
  const text = paragraphs.map((p) => p.text).join("\n");
  const headings = paragraphs.flatMap((p) => {
    const m = /^heading (\d)$/i.exec(p.styleName ?? "");
    return m ? [{ level: Number(m[1]), text: p.text }] : [];
  });

  const used = new Set<string>();
  for (const part of [body, ...partsLike(xml, /^word\/(header|footer)\d*\.xml$/)]) {
    if (!part) continue;
    for (const e of [...descendants(part, "w:pStyle"), ...descendants(part, "w:rStyle"), ...descendants(part, "w:tblStyle")]) used.add(e.attributes["w:val"] ?? "");
  }
  const defined = new Set(styles.map((s) => s.id));

  const languages = new Set<string>();
  for (const part of [xml.get("word/styles.xml"), body]) {
    if (!part) continue;
    for (const lang of descendants(part, "w:lang")) for (const key of ["w:val", "w:eastAsia", "w:bidi"]) if (lang.attributes[key]) languages.add(lang.attributes[key]!);
  }
  const defaults = xml.get("word/styles.xml") && firstDescendant(xml.get("word/styles.xml")!, "w:docDefaults");
  const defaultLang = defaults && firstDescendant(defaults, "w:lang");

  const headers: Record<string, string> = {};
  const footers: Record<string, string> = {};
  for (const [name, part] of xml) {
    const m = /^word\/(header|footer)\d*\.xml$/.exec(name);
    if (!m) continue;
    const partText = bodyParagraphs(part, styleNames)
      .map((p) => p.text)
      .join("\n");
    (m[1] === "header" ? headers : footers)[name] = partText;
  }
  const fields: string[] = [];
  for (const part of [body, ...partsLike(xml, /^word\/(header|footer)\d*\.xml$/)]) {
    if (!part) continue;
    fields.push(...fieldInstructions(part));
  }

  const settings = xml.get("word/settings.xml");
  const autoHyphenation = settings ? descendants(settings, "w:autoHyphenation").some((e) => !/^(0|false|off)$/.test(e.attributes["w:val"] ?? "true")) : false;

  return {
    parts: names,
    malformed,
    untyped: untypedParts(names, xml.get("[Content_Types].xml")),
    brokenRelationships: brokenRelationships(names, xml),
    styles,
    undefinedStyles: [...used].filter((id) => id !== "" && !defined.has(id)).sort(),
    paragraphs,
    headings,
    text,
    languages: [...languages],
    defaultLanguage: defaultLang?.attributes["w:val"] ?? null,
    core: readCore(xml.get("docProps/core.xml")),
    placeholders: [...new Set([...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!))],
    contentControls: body ? readContentControls(body) : [],
    tables: body ? readTables(body) : [],
    headers,
    footers,
    fields,
    autoHyphenation,
  };
}

function partsLike(xml: ReadonlyMap<string, XmlElement>, pattern: RegExp): XmlElement[] {
  return [...xml].filter(([name]) => pattern.test(name)).map(([, part]) => part);
}

function readStyles(styles: XmlElement | undefined): DocxStyle[] {
  if (!styles) return [];
  return childElements(styles, "w:style").map((s) => ({
    id: s.attributes["w:styleId"] ?? "",
    name: childElements(s, "w:name")[0]?.attributes["w:val"] ?? "",
    type: s.attributes["w:type"] ?? "",
  }));
}

function readCore(core: XmlElement | undefined): DocxDocument["core"] {
  const get = (name: string) => {
    const e = core && firstDescendant(core, name);
    return e ? textContent(e) : null;
  };
  return {
    title: get("dc:title"),
    subject: get("dc:subject"),
    keywords: get("cp:keywords"),
    creator: get("dc:creator"),
    created: get("dcterms:created"),
    modified: get("dcterms:modified"),
  };
}

// Elements whose content is not text a reader sees.
const HIDDEN = new Set(["w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:sectPr", "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:fldData"]);

/** The paragraphs of a body, header or footer, in order; paragraphs in text boxes and tables included. */
function bodyParagraphs(root: XmlElement, styleNames: ReadonlyMap<string, string>): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const walk = (e: XmlElement, inTable: boolean) => {
    for (const child of childElements(e)) {
      if (HIDDEN.has(child.name)) continue;
      if (child.name === "w:p") {
        const nested: XmlElement[] = [];
        const styleId = firstDescendant(childElements(child, "w:pPr")[0] ?? { name: "", attributes: {}, children: [] }, "w:pStyle")?.attributes["w:val"] ?? null;
        out.push({ styleId, styleName: styleId ? (styleNames.get(styleId) ?? null) : null, text: runText(child, nested), inTable });
        for (const p of nested) walk({ name: "", attributes: {}, children: [p] }, inTable);
      } else {
        walk(child, inTable || child.name === "w:tbl");
      }
    }
  };
  walk(root, false);
  return out;
}

/** The visible text of a paragraph; paragraphs nested in it (text boxes) are collected into `nested`. */
function runText(p: XmlElement, nested: XmlElement[]): string {
  let out = "";
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (typeof child === "string") continue;
      if (HIDDEN.has(child.name)) continue;
      switch (child.name) {
        case "w:t":
          out += textContent(child);
          break;
        case "w:tab":
        case "w:ptab":
          out += "\t";
          break;
        case "w:br":
        case "w:cr":
          out += "\n";
          break;
        case "w:noBreakHyphen":
          out += "\u2011";
          break;
        case "w:softHyphen":
          out += "\u00ad";
          break;
        case "w:p":
          nested.push(child);
          break;
        default:
          walk(child);
      }
    }
  };
  walk(p);
  return out;
}

function fieldInstructions(part: XmlElement): string[] {
  const out: string[] = [];
  for (const simple of descendants(part, "w:fldSimple")) out.push((simple.attributes["w:instr"] ?? "").trim());
  // Complex fields: the instruction may be split over several runs between begin and separate.
  let current: string | null = null;
  const walk = (e: XmlElement) => {
    for (const child of childElements(e)) {
      if (child.name === "w:fldChar") {
        const type = child.attributes["w:fldCharType"];
        if (type === "begin") current = "";
        else if (current !== null) {
          out.push(current.trim());
          current = null;
        }
      } else if (child.name === "w:instrText") {
        if (current !== null) current += textContent(child);
      } else walk(child);
    }
  };
  walk(part);
  return out.filter((f) => f !== "");
}

function readContentControls(body: XmlElement): DocxContentControl[] {
  return descendants(body, "w:sdt").map((sdt) => {
    const pr = childElements(sdt, "w:sdtPr")[0];
    const content = childElements(sdt, "w:sdtContent")[0];
    const attr = (name: string) => (pr ? (childElements(pr, name)[0]?.attributes["w:val"] ?? null) : null);
    const paragraphs = content ? bodyParagraphs(content, new Map()) : [];
    const inline = content && paragraphs.length === 0 ? runText(content, []) : "";
    return {
      tag: attr("w:tag"),
      alias: attr("w:alias"),
      bound: pr ? childElements(pr, "w:dataBinding").length > 0 : false,
      showingPlaceholder: pr ? childElements(pr, "w:showingPlcHdr").some((e) => !/^(0|false|off)$/.test(e.attributes["w:val"] ?? "true")) : false,
      text: paragraphs.length > 0 ? paragraphs.map((p) => p.text).join("\n") : inline,
    };
  });
}

function readTables(body: XmlElement): DocxTable[] {
  return descendants(body, "w:tbl").map((tbl) => {
    const rows = childElements(tbl, "w:tr");
    const first = rows[0];
    const trPr = first && childElements(first, "w:trPr")[0];
    const header = trPr && childElements(trPr, "w:tblHeader")[0];
    return {
      rows: rows.map((tr) => childElements(tr, "w:tc").map((tc) => bodyParagraphs(tc, new Map()).map((p) => p.text).join("\n"))),
      headerRepeats: header !== undefined && !/^(0|false|off)$/.test(header.attributes["w:val"] ?? "true"),
    };
  });
}

function untypedParts(names: readonly string[], types: XmlElement | undefined): string[] {
  if (!types) return ["[Content_Types].xml"];
  const defaults = new Set(childElements(types, "Default").map((d) => (d.attributes.Extension ?? "").toLowerCase()));
  const overrides = new Set(childElements(types, "Override").map((o) => (o.attributes.PartName ?? "").replace(/^\//, "")));
  return names.filter((n) => n !== "[Content_Types].xml" && !overrides.has(n) && !defaults.has((/\.([^./]+)$/.exec(n)?.[1] ?? "").toLowerCase()));
}

function brokenRelationships(names: readonly string[], xml: ReadonlyMap<string, XmlElement>): string[] {
  const present = new Set(names);
  const out: string[] = [];
  for (const [name, rels] of xml) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    const base = m[1]!; // the folder of the part the relationships belong to
    for (const rel of childElements(rels, "Relationship")) {
      if (rel.attributes.TargetMode === "External") continue;
      const target = rel.attributes.Target ?? "";
      const resolved = resolvePath(target.startsWith("/") ? target.slice(1) : base + target);
      if (!present.has(resolved)) out.push(`${name} -> ${target}`);
    }
  }
  return out;
}

function resolvePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
