// Breaks a sound PDF in one named way, so a test can show that a check fails
// when its requirement does not hold (a check that cannot fail proves nothing).
// Uses pdf-lib to rewrite the file; the callers never touch pdf-lib themselves.
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream } from "pdf-lib";

/** A value to set: numbers, booleans, strings, `{ name }`, `{ text }` (UTF-16), arrays, dictionaries as objects, or a dictionary of the file. */
export type EditValue = string | number | boolean | { name: string } | { text: string } | EditValue[] | EditDict | { [key: string]: EditValue };

/** A dictionary of the file to change. */
export class EditDict {
  constructor(
    readonly doc: PDFDocument,
    readonly raw: PDFDict,
    /** The reference to use when the dictionary is set as a value (a stream must be referenced). */
    readonly ref?: PDFRef,
  ) {}

  /** The dictionary (or stream dictionary) under `key`, resolved. */
  dict(key: string): EditDict | undefined {
    const value = this.doc.context.lookup(this.raw.get(PDFName.of(key)));
    if (value instanceof PDFDict) return new EditDict(this.doc, value);
    if (value instanceof PDFStream) return new EditDict(this.doc, value.dict);
    return undefined;
  }

  /** The dictionaries in the array under `key`. */
  dicts(key: string): EditDict[] {
    const value = this.doc.context.lookup(this.raw.get(PDFName.of(key)));
    if (!(value instanceof PDFArray)) return [];
    return value.asArray().flatMap((item) => {
      const v = this.doc.context.lookup(item);
      if (v instanceof PDFDict) return [new EditDict(this.doc, v)];
      if (v instanceof PDFStream) return [new EditDict(this.doc, v.dict)];
      return [];
    });
  }

  keys(): string[] {
    return this.raw.keys().map((k) => k.decodeText());
  }

  name(key: string): string | undefined {
    const v = this.doc.context.lookup(this.raw.get(PDFName.of(key)));
    return v instanceof PDFName ? v.decodeText() : undefined;
  }

  delete(key: string): this {
    this.raw.delete(PDFName.of(key));
    return this;
  }

  set(key: string, value: EditValue): this {
    this.raw.set(PDFName.of(key), toPdf(this.doc, value));
    return this;
  }
}

function toPdf(doc: PDFDocument, value: unknown): PDFObject {
  if (value instanceof EditDict) return value.ref ?? value.raw;
  if (typeof value === "number") return PDFNumber.of(value);
  if (typeof value === "boolean") return PDFBool[value ? "True" : "False"];
  if (typeof value === "string") return PDFString.of(value);
  if (Array.isArray(value)) return doc.context.obj(value.map((v) => toPdf(doc, v)));
  if (value && typeof value === "object" && "name" in value && Object.keys(value).length === 1) return PDFName.of(String((value as { name: string }).name));
  if (value && typeof value === "object" && "text" in value && Object.keys(value).length === 1) return PDFHexString.fromText(String((value as { text: string }).text));
  const dict = doc.context.obj({});
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) dict.set(PDFName.of(k), toPdf(doc, v));
  return dict;
}

/** The parts of a file a test breaks, found for it. */
export interface PdfEditor {
  catalog: EditDict;
  info: EditDict;
  pages: EditDict[];
  /** Every annotation of every page. */
  annotations: EditDict[];
  /** Every font used on the pages: Type0 dictionary, its CIDFont and font descriptor. */
  fonts: { font: EditDict; cid: EditDict; descriptor: EditDict; resourceName: string; page: EditDict }[];
  /** Every image XObject. */
  images: EditDict[];
  /** Every structure element. */
  elements: EditDict[];
  /** Every stream dictionary (for keys that no stream may have). */
  streams: EditDict[];
  trailer: { dropId(): void; encrypt(p: number): void };
  /** The XMP packet's text, to read and replace. */
  xmp: { text: string; replace(text: string): void };
  /** Adds a content stream with `operators` to a page (drawn after its own content). */
  appendContent(page: EditDict, operators: string): void;
  /** A new stream in the file, for a key that wants one. */
  stream(bytes: Uint8Array, dict?: Record<string, unknown>): EditDict;
}

/** Applies `edit` to the file and writes it again (classic cross-reference table, no object streams). */
export async function editPdf(bytes: Uint8Array, edit: (editor: PdfEditor) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const asDict = (o: PDFObject | undefined) => (o instanceof PDFDict ? new EditDict(doc, o) : o instanceof PDFStream ? new EditDict(doc, o.dict) : undefined);
  const catalog = new EditDict(doc, doc.catalog);
  const info = asDict(ctx.lookup(ctx.trailerInfo.Info)) ?? new EditDict(doc, ctx.obj({}));
  const pages = doc.getPages().map((p) => new EditDict(doc, p.node));
  const all = ctx.enumerateIndirectObjects().map(([, o]) => o);
  const streams = all.filter((o): o is PDFStream => o instanceof PDFStream).map((s) => new EditDict(doc, s.dict));
  const images = streams.filter((s) => s.name("Subtype") === "Image");
  const elements = all.filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("P")) !== undefined && o.get(PDFName.of("S")) instanceof PDFName).map((d) => new EditDict(doc, d));
  const fonts: PdfEditor["fonts"] = [];
  const seen = new Set<PDFDict>();
  for (const page of pages) {
    const res = page.dict("Resources")?.dict("Font");
    for (const name of res?.keys() ?? []) {
      const font = res!.dict(name)!;
      if (seen.has(font.raw)) continue;
      seen.add(font.raw);
      const cid = font.dicts("DescendantFonts")[0];
      const descriptor = cid?.dict("FontDescriptor");
      if (cid && descriptor) fonts.push({ font, cid, descriptor, resourceName: name, page });
    }
  }
  const meta = doc.catalog.lookup(PDFName.of("Metadata"));
  const xmpText = meta instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(meta).decode()) : "";
  const editor: PdfEditor = {
    catalog,
    info,
    pages,
    annotations: pages.flatMap((p) => p.dicts("Annots")),
    fonts,
    images,
    elements,
    streams,
    trailer: {
      dropId: () => void (ctx.trailerInfo.ID = undefined),
      encrypt: (p) => void (ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: "Standard", V: 2, R: 3, Length: 128, P: p, O: PDFHexString.of("00".repeat(32)), U: PDFHexString.of("00".repeat(32)) }))),
    },
    xmp: {
      text: xmpText,
      replace(text) {
        const stream = ctx.stream(new TextEncoder().encode(text), { Type: "Metadata", Subtype: "XML" });
        doc.catalog.set(PDFName.of("Metadata"), ctx.register(stream));
      },
    },
    appendContent(page, operators) {
      const stream = ctx.register(ctx.stream(new TextEncoder().encode(operators)));
      const contents = page.raw.get(PDFName.of("Contents"));
      const list = contents instanceof PDFArray ? contents : ctx.obj([contents as PDFRef]);
      list.push(stream);
      page.raw.set(PDFName.of("Contents"), list);
    },
    stream(data, dict = {}) {
      const s = ctx.stream(data, dict as never);
      return new EditDict(doc, s.dict, ctx.register(s));
    },
  };
  edit(editor);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
