// The PDF's objects as the PDF/A and PDF/UA checks need them: catalog, trailer,
// Info, XMP, pages with their annotations, content and fonts, and the
// structure tree with its role map and parent tree. Read with pdf-lib (a second
// parser besides pdf.js), then followed here.
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRawStream, PDFRef, PDFStream, PDFString } from "pdf-lib";
import { bytesOf, dictOf, nameOf, parseOperations, type Operation } from "./content-stream.js";

export type { PDFDict };

/** One object of the file, resolved through references. */
export class Obj {
  constructor(
    readonly file: PdfFile,
    readonly raw: PDFObject | undefined,
    /** The reference it was reached through, if any ("12 0 R"). */
    readonly ref: string | null = null,
  ) {}

  get exists(): boolean {
    return this.raw !== undefined && this.raw.constructor.name !== "PDFNull" && String(this.raw) !== "null";
  }

  /** The entry `key` of a dictionary or stream dictionary, resolved. */
  get(key: string): Obj {
    const dict = this.dict;
    if (!dict) return new Obj(this.file, undefined);
    const value = dict.get(PDFName.of(key));
    return this.file.resolve(value);
  }

  has(key: string): boolean {
    return this.get(key).exists;
  }

  get dict(): PDFDict | undefined {
    if (this.raw instanceof PDFDict) return this.raw;
    if (this.raw instanceof PDFStream) return this.raw.dict;
    return undefined;
  }

  get isStream(): boolean {
    return this.raw instanceof PDFStream;
  }

  /** The keys of a dictionary. */
  keys(): string[] {
    return this.dict ? this.dict.keys().map((k) => k.decodeText()) : [];
  }

  /** The name's text without "/", or undefined. */
  get name(): string | undefined {
    return this.raw instanceof PDFName ? this.raw.decodeText() : undefined;
  }

  get number(): number | undefined {
    return this.raw instanceof PDFNumber ? this.raw.asNumber() : undefined;
  }

  get bool(): boolean | undefined {
    return this.raw instanceof PDFBool ? this.raw.asBoolean() : undefined;
  }

  /** A text string (PDFDocEncoding or UTF-16), decoded. */
  get text(): string | undefined {
    return this.raw instanceof PDFString || this.raw instanceof PDFHexString ? this.raw.decodeText() : undefined;
  }

  /** A string's raw bytes. */
  get stringBytes(): Uint8Array | undefined {
    return this.raw instanceof PDFString || this.raw instanceof PDFHexString ? this.raw.asBytes() : undefined;
  }

  /** An array's items, resolved; a single object is an array of one (as PDF often allows). */
  items(): Obj[] {
    if (this.raw instanceof PDFArray) return this.raw.asArray().map((item) => this.file.resolve(item));
    return this.exists ? [this] : [];
  }

  get isArray(): boolean {
    return this.raw instanceof PDFArray;
  }

  /** A stream's data with its filters undone. */
  data(): Uint8Array {
    if (this.raw instanceof PDFRawStream) return decodePDFRawStream(this.raw).decode();
    if (this.raw instanceof PDFStream) return this.raw.getContents();
    return new Uint8Array(0);
  }

  /** Identity of the object: its reference, or the object itself for direct objects. */
  get key(): string | PDFObject | undefined {
    return this.ref ?? this.raw;
  }
}

export interface PageObjects {
  number: number;
  page: Obj;
  annotations: Obj[];
  operations: Operation[];
  resources: Obj;
}

export interface StructElement {
  type: string;
  obj: Obj;
  parent: StructElement | null;
  children: StructElement[];
  /** Annotations referenced through OBJR, by reference. */
  objrs: string[];
  mcids: number;
}

/** The whole file, parsed once for all checks. */
export class PdfFile {
  readonly pages: PageObjects[] = [];
  readonly catalog: Obj;
  readonly trailer: { root: Obj; info: Obj; id: Obj; encrypt: Obj };
  readonly elements: StructElement[] = [];
  readonly roleMap = new Map<string, string>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly doc: PDFDocument,
  ) {
    const t = doc.context.trailerInfo;
    this.trailer = { root: this.resolve(t.Root), info: this.resolve(t.Info), id: this.resolve(t.ID), encrypt: this.resolve(t.Encrypt) };
    this.catalog = this.trailer.root;
    this.readPages();
    this.readStructure();
  }

  static async read(bytes: Uint8Array): Promise<PdfFile> {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
    return new PdfFile(bytes, doc);
  }

  resolve(value: PDFObject | undefined): Obj {
    if (value instanceof PDFRef) return new Obj(this, this.doc.context.lookup(value), value.toString());
    return new Obj(this, value);
  }

  /** Every indirect object of the file. */
  indirectObjects(): Obj[] {
    return this.doc.context.enumerateIndirectObjects().map(([ref, obj]) => new Obj(this, obj, ref.toString()));
  }

  /** The XMP packet of the catalog's Metadata stream, as text, or null. */
  get xmp(): string | null {
    const meta = this.catalog.get("Metadata");
    if (!meta.isStream) return null;
    return new TextDecoder().decode(meta.data());
  }

  private readPages(): void {
    const walk = (node: Obj, inherited: Obj) => {
      const resources = node.has("Resources") ? node.get("Resources") : inherited;
      if (node.get("Type").name === "Pages") {
        for (const kid of node.get("Kids").items()) walk(kid, resources);
        return;
      }
      const contents = node.get("Contents").items();
      const parts = contents.map((c) => c.data());
      const joined = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
      let at = 0;
      for (const p of parts) {
        joined.set(p, at);
        joined[at + p.length] = 0x0a;
        at += p.length + 1;
      }
      this.pages.push({ number: this.pages.length + 1, page: node, annotations: node.get("Annots").items(), operations: parseOperations(joined), resources });
    };
    walk(this.catalog.get("Pages"), new Obj(this, undefined));
  }

  private readStructure(): void {
    const root = this.catalog.get("StructTreeRoot");
    const map = root.get("RoleMap");
    for (const key of map.keys()) {
      const to = map.get(key).name;
      if (to) this.roleMap.set(key, to);
    }
    const seen = new Set<string>();
    const visit = (obj: Obj, parent: StructElement | null): void => {
      if (obj.ref) {
        if (seen.has(obj.ref)) return;
        seen.add(obj.ref);
      }
      const type = obj.get("S").name ?? "";
      const el: StructElement = { type, obj, parent, children: [], objrs: [], mcids: 0 };
      this.elements.push(el);
      parent?.children.push(el);
      for (const kid of obj.get("K").items()) {
        if (kid.number !== undefined) el.mcids++;
        else if (kid.get("Type").name === "OBJR") {
          const target = kid.dict?.get(PDFName.of("Obj"));
          if (target instanceof PDFRef) el.objrs.push(target.toString());
        } else if (kid.get("Type").name === "MCR") el.mcids++;
        else if (kid.dict) visit(kid, el);
      }
    };
    for (const top of root.get("K").items()) visit(top, null);
  }

  /** The parent tree: key → the element (or, for a page, the array of elements by MCID). */
  parentTree(): Map<number, Obj> {
    const out = new Map<number, Obj>();
    const walk = (node: Obj) => {
      const nums = node.get("Nums").items();
      for (let i = 0; i + 1 < nums.length; i += 2) {
        const key = nums[i]!.number;
        if (key !== undefined) out.set(key, nums[i + 1]!);
      }
      for (const kid of node.get("Kids").items()) walk(kid);
    };
    walk(this.catalog.get("StructTreeRoot").get("ParentTree"));
    return out;
  }
}

export { bytesOf, dictOf, nameOf };
