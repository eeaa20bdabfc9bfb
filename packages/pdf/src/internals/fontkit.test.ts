import { create as parseFont } from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { fontData, loadFonts } from "../fonts.js";
import { PDFDocument } from "./pdfkit-build.js";
import { exactGlyphCodePoints } from "./fontkit.js";
import { currentParsedFont } from "./pdfkit.js";

beforeAll(() => loadFonts());

interface Shaper {
  layout(text: string): { glyphs: { codePoints: number[] }[] };
}

/**
 * A parsed Source Sans 3 after a document with "İ" was written with it: the
 * subset takes the composite glyph İ apart, which puts the glyph I into
 * fontkit's glyph cache without code points.
 */
async function fontAfterİ(patch: boolean): Promise<Shaper> {
  const doc = new PDFDocument({ font: null as unknown as string });
  doc.registerFont("regular", fontData("regular") as Buffer);
  const font = currentParsedFont(doc.font("regular"));
  if (patch) exactGlyphCodePoints(font);
  doc.text("İ");
  doc.on("data", () => {});
  const ended = new Promise((resolve) => doc.on("end", resolve));
  doc.end();
  await ended;
  return font as unknown as Shaper;
}

// If the first test fails after an upgrade, fontkit no longer loses code points
// and exactGlyphCodePoints can go; if another fails, getGlyph changed shape.
describe("fontkit's getGlyph, as the renderer patches it", () => {
  it("unpatched, loses the code point of I once İ was subset (the bug the patch is for)", async () => {
    expect((await fontAfterİ(false)).layout("I").glyphs[0]!.codePoints).toEqual([]);
  });

  it("patched, keeps it", async () => {
    const font = await fontAfterİ(true);
    expect(font.layout("I").glyphs[0]!.codePoints).toEqual([0x49]);
    expect(font.layout("İÄ").glyphs.map((g) => g.codePoints)).toEqual([[0x130], [0xc4]]);
  });

  it("says clearly when the font has no getGlyph", () => {
    expect(() => exactGlyphCodePoints({})).toThrow("fontkit internals changed");
  });
});

interface SubsetGlyph {
  id: number;
  _decode(): unknown;
}

interface SubsetFont {
  getGlyph(id: number, codePoints?: number[]): SubsetGlyph;
  layout(text: string): { glyphs: SubsetGlyph[] };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

// patches/fontkit@2.0.4.patch: a subset decodes a glyph's outline only to take
// a compound glyph apart. If this fails after an upgrade, re-apply the patch.
describe("fontkit's TrueType subset, as patched", () => {
  it("decodes no simple glyph's outline, and still takes a compound glyph apart", () => {
    const font = parseFont(fontData("regular") as Buffer) as unknown as SubsetFont;
    const decoded: number[] = [];
    const getGlyph = font.getGlyph.bind(font);
    const spied = new Set<SubsetGlyph>();
    font.getGlyph = (id, codePoints) => {
      const glyph = getGlyph(id, codePoints);
      if (!spied.has(glyph)) {
        spied.add(glyph);
        const decode = glyph._decode.bind(glyph);
        glyph._decode = () => {
          decoded.push(glyph.id);
          return decode();
        };
      }
      return glyph;
    };
    const [a, b, dottedI] = font.layout("Abİ").glyphs.map((g) => g.id);
    const subset = font.createSubset();
    for (const id of [a!, b!, dottedI!]) subset.includeGlyph(id);
    const bytes = subset.encode();
    expect(decoded, "fontkit decodes every glyph of a subset again: re-apply patches/fontkit@2.0.4.patch").toEqual([dottedI]);
    // İ's components (I and the dot) came along: more glyphs than were asked for.
    const sub = parseFont(Buffer.from(bytes)) as unknown as { numGlyphs: number };
    expect(sub.numGlyphs).toBeGreaterThan(4);
  });
});
