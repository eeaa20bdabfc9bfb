// Every place the renderer reaches into pdfkit's internals, in one module: the
// parsed font behind the current font and its glyph-run cache, the method
// that writes Info into the XMP packet, and entries of the document catalog
// (the PDF/A output intent). pdfkit is pinned (0.20.2);
// internals/pdfkit.test.ts fails with a clear message when a new version
// changes these shapes.

/** The parts of a parsed font (fontkit) the renderer touches. */
export interface ParsedFont {
  layout: unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** pdfkit's EmbeddedFont, as far as it is used here. */
interface EmbeddedFont {
  font: ParsedFont;
  layoutCache?: Record<string, unknown>;
}

/** Thrown when the pinned pdfkit no longer has the shape this module relies on. */
export class PdfkitShapeError extends Error {
  constructor(what: string) {
    super(`pdfkit internals changed: ${what} (this code was written against pdfkit 0.20.2; see packages/pdf/src/internals/pdfkit.ts)`);
    this.name = "PdfkitShapeError";
  }
}

function embeddedFont(doc: PDFKit.PDFDocument): EmbeddedFont {
  const embedded = (doc as unknown as { _font?: EmbeddedFont })._font;
  if (!embedded || typeof embedded !== "object") throw new PdfkitShapeError("PDFDocument#_font (the current font) is missing");
  if (!embedded.font || typeof embedded.font.layout !== "function") throw new PdfkitShapeError("the current font has no parsed fontkit font in ._font.font");
  return embedded;
}

/** The fontkit font pdfkit parsed for the current font (set with `doc.font(name)`). */
export function currentParsedFont(doc: PDFKit.PDFDocument): ParsedFont {
  return embeddedFont(doc).font;
}

/**
 * Makes the current font keep its glyph runs (fontkit shaping results, by
 * text) in `cache` instead of a cache of its own: runs depend only on the
 * parsed font, so documents that share the parsed font can share them.
 */
export function shareGlyphRunCache(doc: PDFKit.PDFDocument, cache: Record<string, unknown>): void {
  const embedded = embeddedFont(doc);
  if (!embedded.layoutCache || typeof embedded.layoutCache !== "object") throw new PdfkitShapeError("the current font has no glyph-run cache in ._font.layoutCache");
  embedded.layoutCache = cache;
}

/**
 * Replaces the method with which pdfkit writes the Info dictionary into the
 * XMP packet at the end of the document (PDFDocument#_addInfo): pdfkit writes
 * it unescaped and without the language.
 */
export function replaceXmpInfoWriter(doc: PDFKit.PDFDocument, write: (info: Record<string, unknown>, appendXML: (xml: string) => void) => void): void {
  const d = doc as unknown as { info?: Record<string, unknown>; appendXML?: (xml: string) => void; _addInfo?: () => void };
  if (typeof d._addInfo !== "function") throw new PdfkitShapeError("PDFDocument#_addInfo (writes Info into XMP) is missing");
  if (typeof d.appendXML !== "function") throw new PdfkitShapeError("PDFDocument#appendXML is missing");
  d._addInfo = () => write(d.info ?? {}, (xml) => d.appendXML!(xml));
}

/**
 * Sets an entry of the document catalog (pdfkit keeps it in PDFDocument#_root,
 * written when the document ends): pdfkit has no API for the output intent
 * PDF/A needs except its own PDF/A mode, which reads its ICC profile from disk.
 */
export function setCatalogEntry(doc: PDFKit.PDFDocument, key: string, value: unknown): void {
  const root = (doc as unknown as { _root?: { data?: Record<string, unknown> } })._root;
  if (!root || typeof root.data !== "object" || root.data === null || root.data.Type !== "Catalog") {
    throw new PdfkitShapeError("PDFDocument#_root.data (the document catalog) is missing");
  }
  root.data[key] = value;
}

/** The current font's ascender in thousandths of an em: doc.text puts a line's top this far above its baseline. */
export function fontAscender(doc: PDFKit.PDFDocument): number {
  const ascender = (embeddedFont(doc) as unknown as { ascender?: unknown }).ascender;
  if (typeof ascender !== "number") throw new PdfkitShapeError("the current font has no ascender in ._font.ascender");
  return ascender;
}

/** pdfkit's browser-build stream, as far as drainInOnePass touches it. */
interface PdfkitReadable {
  _buffer: unknown[];
  _flowing: boolean;
  _finished: boolean;
  _endEmitted: boolean;
  _drain(): void;
  emit(event: string, ...args: unknown[]): boolean;
}

/**
 * Makes the document hand out its buffered chunks in one pass. pdfkit's
 * browser build queues every chunk until the next microtask and then takes
 * them one by one with Array#shift, which moves the whole rest of the queue
 * each time: a document set in one go (a 10 000-item list: some 100 000
 * chunks) spent more time there than in setting its text. Same chunks, same
 * order, same bytes.
 */
export function drainInOnePass(doc: PDFKit.PDFDocument): void {
  const stream = doc as unknown as PdfkitReadable;
  if (!Array.isArray(stream._buffer) || typeof stream._drain !== "function" || typeof stream._flowing !== "boolean") {
    throw new PdfkitShapeError("PDFDocument#_buffer / #_drain (the browser build's stream queue) are missing");
  }
  stream._drain = function (this: PdfkitReadable) {
    while (this._flowing && this._buffer.length > 0) {
      const chunks = this._buffer;
      this._buffer = [];
      for (let i = 0; i < chunks.length; i++) {
        // A listener that pauses the stream leaves the rest queued, as pdfkit's own drain would.
        if (!this._flowing) {
          this._buffer = chunks.slice(i).concat(this._buffer);
          return;
        }
        this.emit("data", chunks[i]);
      }
    }
    if (this._flowing && this._finished && !this._endEmitted) {
      this._endEmitted = true;
      this.emit("end");
    }
  };
}

/** A font file as pdfkit embeds it: the subset's bytes, and the same bytes compressed once asked for. */
export interface FontFile {
  bytes: Uint8Array;
  deflated: Uint8Array | null;
}

/** pdfkit's EmbeddedFont and fontkit's subset, as far as shareFontFiles touches them. */
interface EmbeddingFont {
  subset?: { glyphs?: unknown; encode?: () => Uint8Array };
  embed?: () => void;
}

/** pdfkit's PDFReference (a stream object), as far as shareFontFiles touches it. */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  finalize(): void;
  end(chunk?: Uint8Array): void;
}

/**
 * Makes the current font take its font file from `files` when an earlier
 * document embedded the same subset: fontkit's subset of a parsed font with
 * the same glyphs in the same order is the same bytes, and so is their
 * compressed stream. In a batch, encoding and compressing the font files was
 * a third of a PDF's time, and most municipalities' handouts use the same
 * glyphs. `deflate` must be pdfkit's own (fflate's zlibSync, default level);
 * the bytes are those pdfkit writes itself (font-files.test.ts).
 */
export function shareFontFiles(doc: PDFKit.PDFDocument, files: Map<string, FontFile>, deflate: (bytes: Uint8Array) => Uint8Array): void {
  const embedded = embeddedFont(doc) as unknown as EmbeddingFont;
  const subset = embedded.subset;
  if (!subset || !Array.isArray(subset.glyphs) || typeof subset.encode !== "function") throw new PdfkitShapeError("the current font has no fontkit subset with glyphs and encode() in ._font.subset");
  if (typeof embedded.embed !== "function") throw new PdfkitShapeError("the current font has no embed()");
  const pdf = doc as unknown as { ref: (data?: Record<string, unknown>) => StreamRef };
  if (typeof pdf.ref !== "function") throw new PdfkitShapeError("PDFDocument#ref is missing");

  const encode = subset.encode.bind(subset);
  let file: FontFile | undefined;
  subset.encode = () => {
    const key = (subset.glyphs as number[]).join(",");
    file = files.get(key);
    if (!file) {
      file = { bytes: encode(), deflated: null };
      // A few subsets per cut: a batch's handouts mostly share theirs; others must not grow it.
      if (files.size >= 8) files.delete(files.keys().next().value!);
      files.set(key, file);
    }
    return file.bytes;
  };

  const embed = embedded.embed.bind(embedded);
  embedded.embed = () => {
    const ref = pdf.ref;
    // The first object embed() opens is the font file stream (pdfkit 0.20.2); its end() gets the subset's bytes.
    pdf.ref = (data) => {
      pdf.ref = ref;
      const stream = ref.call(doc, data);
      if (typeof stream.finalize !== "function" || typeof stream.write !== "function") throw new PdfkitShapeError("PDFReference#write / #finalize are missing");
      const end = stream.end.bind(stream);
      stream.end = (chunk) => {
        if (!stream.compress || !file || chunk !== file.bytes) return end(chunk);
        file.deflated ??= deflate(file.bytes);
        // What end() does with compression on, with the compressed bytes from the cache: Length, then Filter.
        stream.compress = false;
        stream.write(file.deflated);
        stream.data.Filter = "FlateDecode";
        stream.finalize();
      };
      return stream;
    };
    try {
      embed();
    } finally {
      pdf.ref = ref;
    }
  };
}
