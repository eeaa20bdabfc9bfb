import { createRequire } from "node:module";
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

// patches/fontkit@2.0.4.patch: a glyph's isMark comes without unicode-properties'
// table for code points in ranges that hold no mark. If this fails after an
// upgrade of unicode-properties, the ranges in the patch must follow its data.
describe("fontkit's isMark, as patched", () => {
  const FAST = [
    [0x0000, 0x02ff],
    [0x0370, 0x0482],
    [0x2000, 0x20cf],
  ] as const;

  it("skips the table only where unicode-properties has no mark", () => {
    const fromFontkit = createRequire(createRequire(import.meta.url).resolve("fontkit"));
    const { isMark } = fromFontkit("unicode-properties") as { isMark(codePoint: number): boolean };
    const marks = FAST.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((cp) => isMark(cp));
    expect(marks).toEqual([]);
    // The neighbours of the ranges are marks: the ranges are as wide as they may be.
    expect([0x0300, 0x0483, 0x20d0].map((cp) => isMark(cp))).toEqual([true, true, true]);
  });

  it("still finds the marks", () => {
    const font = parseFont(fontData("regular") as Buffer) as unknown as { glyphForCodePoint(cp: number): { isMark: boolean } };
    expect([0x41, 0xdf, 0x2013, 0x0414, 0x03a9, 0x0301, 0x0308].map((cp) => font.glyphForCodePoint(cp).isMark)).toEqual([false, false, false, false, false, true, true]);
  });
});
