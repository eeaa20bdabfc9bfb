// Reads a PDF as a reader's software sees it, with pdf.js: the structure tree
// (what a screen reader reads, in order), the text of each tagged element, what
// is marked as an artifact (page furniture), and the document-level entries.
// pdfjs-dist 4.9: 5 and later need Node 22; the legacy build runs on Node 20.
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** An element of the structure tree with the text of everything below it. */
export interface PdfNode {
  role: string;
  /** Alternative text (/Alt), e.g. of a Figure. */
  alt?: string;
  /** The element's own language (/Lang), if it has one. */
  lang?: string;
  children: PdfNode[];
  /** The text of this element and all below it, in reading order; one line per marked-content sequence. */
  text: string;
  /** The text of the element's own marked content (not its children's), in order. */
  ownText: string;
  /** Objects the element references (OBJR), such as its link annotations: pdf.js ids. */
  objects: string[];
  /** 1-based number of the page this part of the tree was read from. */
  page: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /**
   * The page's part of the structure tree: pdf.js builds it from the page's
   * marked content up to the root, so an element spanning two pages appears on
   * both. Its role is the tree's root ("Root"); null when the page has none.
   */
  tree: PdfNode | null;
  /** The text of the tagged content in structure (reading) order. */
  taggedText: string;
  /** The text marked as artifact: headers, footers, page numbers. */
  artifactText: string;
  /** Text that is neither tagged nor an artifact: invisible to a screen reader, which PDF/UA forbids. */
  untaggedText: string;
  /** All text in content-stream order, as a text extractor sees it. */
  text: string;
  /** With `colors`: each text-showing operation's text and fill colour ("#1d4f7a"), in content order. */
  textColors?: { text: string; color: string }[];
  /** Text runs with their position: x and width in points and font size, for layout checks. */
  runs: { str: string; x: number; y: number; width: number; size: number }[];
}

export interface PdfFont {
  name: string;
  /** False when the font is not embedded (the viewer must substitute one). */
  embedded: boolean;
}

export interface PdfOutlineItem {
  title: string;
  /** 0 for a top-level bookmark. */
  depth: number;
}

/** What a reader's software knows about a PDF. */
export interface PdfDocument {
  version: string | null;
  /** Info /Title. */
  title: string | null;
  author: string | null;
  subject: string | null;
  /** Info /CreationDate as written (`D:20240301000000Z`). */
  creationDate: string | null;
  /** The catalog's /Lang. */
  lang: string | null;
  /** ViewerPreferences /DisplayDocTitle: the title bar shows the title, not the file name. */
  displayDocTitle: boolean;
  /** MarkInfo /Marked: a tagged PDF. */
  marked: boolean;
  /** The XMP metadata packet, or null. */
  xmp: string | null;
  outline: PdfOutlineItem[];
  fonts: PdfFont[];
  /** Number of pages in the document (`pages` may hold fewer when only some were read). */
  pageCount: number;
  pages: PdfPage[];
  /** The tagged text of all pages, in reading order. */
  taggedText: string;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: it takes a fifth of a second, and not every test needs it.
const loadPdfJs = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

/** What {@link readPdf} reads besides the document entries. */
export interface ReadPdfOptions {
  /** The fonts used (default true); takes the pages' operator lists, the slowest part. */
  fonts?: boolean;
  /** Only these pages, 1-based, negative counting from the end (-1 the last); default all. */
  pages?: readonly number[];
  /** The fill colour of every text run (`page.textColors`); reads the operator lists (default false). */
  colors?: boolean;
}

/** Reads a PDF's structure, text and document entries. Throws when pdf.js cannot open it. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { getRaw(): string } | null };
    const prefs = ((await doc.getViewerPreferences()) ?? {}) as Record<string, unknown>;
    const mark = (await doc.getMarkInfo()) ?? { Marked: false };
    const pages: PdfPage[] = [];
    const fonts = new Map<string, PdfFont>();
    const wanted = options.pages && new Set(options.pages.map((n) => (n < 0 ? doc.numPages + 1 + n : n)));
    for (let n = 1; n <= doc.numPages; n++) {
      if (wanted && !wanted.has(n)) continue;
      const page = await doc.getPage(n);
      const read = await readPage(page, n);
      if (options.colors) read.textColors = await textColorsOf(lib, page);
      pages.push(read);
      if (options.fonts !== false) for (const font of await pageFonts(lib, page)) fonts.set(font.name, font);
      page.cleanup();
    }
    const str = (key: string) => (typeof info[key] === "string" && info[key] !== "" ? (info[key] as string) : null);
    return {
      version: str("PDFFormatVersion"),
      title: str("Title"),
      author: str("Author"),
      subject: str("Subject"),
      creationDate: str("CreationDate"),
      lang: str("Language"),
      displayDocTitle: prefs.DisplayDocTitle === true,
      marked: mark.Marked === true,
      xmp: metadata ? metadata.getRaw() : null,
      outline: await outlineOf(doc),
      fonts: [...fonts.values()],
      pageCount: doc.numPages,
      pages,
      taggedText: pages.map((p) => p.taggedText).join("\n"),
    };
  } finally {
    await doc.destroy();
  }
}

/** The number of pages, without reading them. Throws when pdf.js cannot open the file. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const lib = await loadPdfJs();
  const doc = await lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  type?: string;
  id?: string | null;
  tag?: string;
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
  const byId = new Map<string, string>();
  const artifact: string[] = [];
  const untagged: string[] = [];
  const all: string[] = [];
  const runs: PdfPage["runs"] = [];
  // Open marked-content sequences, innermost last.
  const open: { id: string | null; tag: string }[] = [];
  for (const item of content.items as TextItemLike[]) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
      open.push({ id: item.id ?? null, tag: item.tag ?? "" });
      continue;
    }
    if (item.type === "endMarkedContent") {
      open.pop();
      continue;
    }
    const str = (item.str ?? "") + (item.hasEOL ? "\n" : "");
    if (str === "") continue;
    all.push(str);
    if (item.str && item.transform) runs.push({ str: item.str, x: item.transform[4]!, y: item.transform[5]!, width: item.width ?? 0, size: Math.hypot(item.transform[0]!, item.transform[1]!) });
    const tagged = [...open].reverse().find((m) => m.id);
    if (tagged) byId.set(tagged.id!, (byId.get(tagged.id!) ?? "") + str);
    else if (open.some((m) => m.tag === "Artifact")) artifact.push(str);
    else untagged.push(str);
  }
  const raw = (await page.getStructTree()) as RawNode | null;
  const tree = raw ? toNode(raw, byId, number) : null;
  return {
    number,
    width: Math.abs(x1 - x0),
    height: Math.abs(y1 - y0),
    tree,
    taggedText: tree?.text ?? "",
    artifactText: artifact.join(""),
    untaggedText: untagged.join("").trim(),
    text: all.join(""),
    runs,
  };
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

function toNode(raw: RawNode, byId: ReadonlyMap<string, string>, page: number): PdfNode {
  const children: PdfNode[] = [];
  const text: string[] = [];
  const own: string[] = [];
  const objects: string[] = [];
  for (const child of raw.children ?? []) {
    if (child.type === "content" && child.id) {
      const t = (byId.get(child.id) ?? "").replace(/^\n+|\n+$/g, "");
      if (t !== "") {
        text.push(t);
        own.push(t);
      }
    } else if ((child.type === "annotation" || child.type === "object") && child.id) {
      objects.push(child.id);
    } else if (child.role !== undefined) {
      const node = toNode(child, byId, page);
      children.push(node);
      if (node.text !== "") text.push(node.text);
    }
  }
  const node: PdfNode = { role: raw.role ?? "", children, text: text.join("\n"), ownText: own.join("\n"), objects, page };
  if (raw.alt !== undefined) node.alt = raw.alt;
  if (raw.lang !== undefined) node.lang = raw.lang;
  return node;
}

async function pageFonts(lib: PdfJs, page: PDFPageProxy): Promise<PdfFont[]> {
  const ops = await page.getOperatorList();
  const ids = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    if (fn === lib.OPS.setFont) ids.add(String((ops.argsArray[i] as unknown[])[0]));
  });
  const out: PdfFont[] = [];
  for (const id of ids) {
    const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean } | undefined;
    if (font) out.push({ name: font.name ?? id, embedded: font.missingFile !== true });
  }
  return out;
}

interface RawOutline {
  title: string;
  items: RawOutline[];
}

async function outlineOf(doc: PDFDocumentProxy): Promise<PdfOutlineItem[]> {
  const out: PdfOutlineItem[] = [];
  const walk = (items: RawOutline[], depth: number) => {
    for (const item of items) {
      out.push({ title: item.title, depth });
      walk(item.items, depth + 1);
    }
  };
  walk(((await doc.getOutline()) ?? []) as RawOutline[], 0);
  return out;
}

/** Every node of a tree, depth-first in reading order, the node itself first. */
export function flattenPdfNodes(node: PdfNode): PdfNode[] {
  return [node, ...node.children.flatMap(flattenPdfNodes)];
}

/** Every structure element of every page, in reading order (an element split across pages appears once per page). */
export function pdfElements(doc: PdfDocument): PdfNode[] {
  return doc.pages.flatMap((p) => (p.tree ? flattenPdfNodes(p.tree).slice(1) : []));
}

/** Each text-showing operation's text with the fill colour it is painted in. */
async function textColorsOf(lib: PdfJs, page: PDFPageProxy): Promise<{ text: string; color: string }[]> {
  const ops = await page.getOperatorList();
  const out: { text: string; color: string }[] = [];
  let color = "#000000";
  const hex = (rgb: ArrayLike<number>) => `#${Array.from(rgb, (v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
  const stack: string[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === lib.OPS.save) stack.push(color);
    else if (fn === lib.OPS.restore) color = stack.pop() ?? color;
    else if (fn === lib.OPS.setFillRGBColor) color = hex(args as unknown as ArrayLike<number>);
    else if (fn === lib.OPS.setFillGray) color = hex([0, 1, 2].map(() => Number(args[0]) * 255));
    else if (fn === lib.OPS.showText) {
      const glyphs = args[0] as ({ unicode?: string } | number)[];
      const text = glyphs.map((g) => (typeof g === "object" && g ? (g.unicode ?? "") : "")).join("");
      if (text.trim() !== "") out.push({ text, color });
    }
  });
  return out;
}
