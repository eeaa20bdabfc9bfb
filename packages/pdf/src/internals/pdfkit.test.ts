import { beforeAll, describe, expect, it } from "vitest";
import { fontData, loadFonts } from "../fonts.js";
import { PDFDocument } from "./pdfkit-build.js";
import { zlibSync } from "fflate";
import { currentParsedFont, drainInOnePass, PdfkitShapeError, replaceXmpInfoWriter, setCatalogEntry, shareFontFiles, shareGlyphRunCache, type FontFile } from "./pdfkit.js";

beforeAll(() => loadFonts());

/** A bare pdfkit document with one embedded font, collecting its bytes. */
function bareDocument(options: PDFKit.PDFDocumentOptions = {}) {
  const doc = new PDFDocument({ compress: false, font: null as unknown as string, ...options });
  doc.registerFont("regular", fontData("regular") as Buffer);
  doc.font("regular");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const bytes = new Promise<string>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks).toString("latin1"))));
  return { doc, bytes };
}

// If one of these fails after a pdfkit upgrade, the renderer's reach into
// pdfkit (internals/pdfkit.ts) must be adapted to the new version.
describe("pdfkit 0.20 internals the renderer relies on", () => {
  it("the current font carries its parsed fontkit font", () => {
    const { doc } = bareDocument();
    const font = currentParsedFont(doc);
    expect(typeof font.layout).toBe("function");
    expect(font.hasGlyphForCodePoint(0x00e4)).toBe(true);
  });

  it("pdfkit keeps the glyph runs it shapes in the cache handed to it", () => {
    const { doc } = bareDocument();
    const cache: Record<string, unknown> = Object.create(null);
    shareGlyphRunCache(doc, cache);
    doc.text("Integrationsarbeit");
    expect(Object.keys(cache).length, "pdfkit did not use the shared glyph-run cache: has ._font.layoutCache been renamed?").toBeGreaterThan(0);
  });

  it("pdfkit writes Info into XMP through the replaced method", async () => {
    // pdfkit writes XMP into every PDF but version 1.3 ones.
    const { doc, bytes } = bareDocument({ pdfVersion: "1.7", info: { Producer: "Test" } });
    replaceXmpInfoWriter(doc, (info, appendXML) => appendXML(`<marker>${String(info.Producer)}</marker>`));
    doc.end();
    expect(await bytes, "pdfkit did not call the replaced _addInfo: has it been renamed?").toContain("<marker>Test</marker>");
  });

  it("pdfkit writes an entry set in its catalog (the PDF/A output intent goes there)", async () => {
    const { doc, bytes } = bareDocument();
    setCatalogEntry(doc, "OutputIntents", ["marker"]);
    doc.end();
    expect(await bytes, "the catalog entry did not reach the file: has PDFDocument#_root been renamed?").toMatch(/\/Type \/Catalog[\s\S]*\/OutputIntents \[\/?\(?marker/);
  });

  it("hands out the same chunks in the same order when drained in one pass", async () => {
    const write = async (onePass: boolean) => {
      const doc = new PDFDocument({ compress: false, font: null as unknown as string, info: { CreationDate: new Date(0) } });
      if (onePass) drainInOnePass(doc);
      doc.registerFont("regular", fontData("regular") as Buffer);
      doc.font("regular");
      const chunks: Buffer[] = [];
      doc.on("data", (c: Buffer) => chunks.push(c));
      const done = new Promise((resolve) => doc.on("end", resolve));
      for (let i = 0; i < 300; i++) doc.text(`Punkt ${i}`);
      doc.end();
      await done;
      return chunks;
    };
    const [plain, onePass] = [await write(false), await write(true)];
    expect(onePass.length).toBeGreaterThan(100);
    expect(Buffer.concat(onePass).equals(Buffer.concat(plain))).toBe(true);
    expect(onePass.map((c) => c.length)).toEqual(plain.map((c) => c.length));
  });

  it("writes a font file from the shared ones byte for byte as pdfkit writes it, and compresses each subset once", async () => {
    const write = async (text: string, files: Map<string, FontFile> | null, deflate: (b: Uint8Array) => Uint8Array = zlibSync) => {
      const { doc, bytes } = bareDocument({ compress: true, info: { CreationDate: new Date(0) } });
      if (files) shareFontFiles(doc, files, deflate);
      doc.text(text);
      doc.end();
      return bytes;
    };
    const files = new Map<string, FontFile>();
    let deflated = 0;
    const counting = (b: Uint8Array) => (deflated++, zlibSync(b));
    const first = await write("Handreichung für die Gemeinde Beispiel 1", files, counting);
    expect(first).toBe(await write("Handreichung für die Gemeinde Beispiel 1", null));
    expect(files.size).toBe(1);
    expect(deflated).toBe(1);
    // The same glyphs in the same order (another number, already used): the stored file, not compressed again.
    const second = await write("Handreichung für die Gemeinde Beispiel 11", files, counting);
    expect(second).toBe(await write("Handreichung für die Gemeinde Beispiel 11", null));
    expect(deflated, "the second document did not take the stored font file: has pdfkit's embed() changed?").toBe(1);
    // Other glyphs: a subset of its own.
    const third = await write("Ärztliche Versorgung in Xanten", files, counting);
    expect(third).toBe(await write("Ärztliche Versorgung in Xanten", null));
    expect(files.size).toBe(2);
    expect(deflated).toBe(2);
  });

  it("keeps a few font files per cut, however many different subsets a batch embeds", async () => {
    const files = new Map<string, FontFile>();
    for (let i = 0; i < 20; i++) {
      const { doc, bytes } = bareDocument({ compress: true });
      shareFontFiles(doc, files, zlibSync);
      doc.text(String.fromCodePoint(0x41 + i, 0x61 + i));
      doc.end();
      await bytes;
    }
    expect(files.size).toBeLessThanOrEqual(8);
  });

  it("says clearly when pdfkit has changed shape", () => {
    const fake = {} as PDFKit.PDFDocument;
    expect(() => currentParsedFont(fake)).toThrow(PdfkitShapeError);
    expect(() => currentParsedFont(fake)).toThrow("pdfkit internals changed: PDFDocument#_font (the current font) is missing");
    expect(() => replaceXmpInfoWriter(fake, () => {})).toThrow("PDFDocument#_addInfo");
    expect(() => setCatalogEntry(fake, "OutputIntents", [])).toThrow("PDFDocument#_root.data (the document catalog) is missing");
    expect(() => drainInOnePass(fake)).toThrow("PDFDocument#_buffer");
    const { doc } = bareDocument();
    (doc as unknown as { _font: { subset: unknown } })._font.subset = {};
    expect(() => shareFontFiles(doc, new Map(), zlibSync)).toThrow("the current font has no fontkit subset with glyphs and encode() in ._font.subset");
  });
});
