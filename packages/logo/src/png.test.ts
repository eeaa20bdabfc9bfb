import { decode as fastPngDecode, encode as fastPngEncode } from "fast-png";
import { describe, expect, it } from "vitest";
import { LogoError } from "./errors.js";
import { decodePng } from "./png.js";
import { chunk, encodeTestPng, type TestPng } from "./testing/encode-png.js";

/** A small deterministic PRNG, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The whole image as decodePng's sink delivers it, 8 bits per channel. */
function decodeAll(data: Uint8Array, width: number, height: number): { pixels: Uint8Array; channels: number } {
  let pixels: Uint8Array | undefined;
  let channels = 0;
  decodePng(data, (y, xStart, xStep, count, row) => {
    channels = row.length / count;
    pixels ??= new Uint8Array(width * height * channels);
    for (let i = 0; i < count; i++) pixels.set(row.subarray(i * channels, (i + 1) * channels), (y * width + xStart + i * xStep) * channels);
  });
  return { pixels: pixels!, channels };
}

/** What a reader should see: each sample scaled to 8 bits, palettes and transparency keys applied. */
function expected(png: TestPng): Uint8Array {
  const to8 = (v: number) => (png.bitDepth === 16 ? v >> 8 : png.bitDepth === 8 ? v : Math.round((v * 255) / (2 ** png.bitDepth - 1)));
  const ch = CHANNELS[png.colorType]!;
  const out: number[] = [];
  for (let p = 0; p < png.width * png.height; p++) {
    const s = png.samples.slice(p * ch, (p + 1) * ch);
    const t = png.transparency;
    if (png.colorType === 3) {
      out.push(...png.palette!.slice(s[0]! * 3, s[0]! * 3 + 3));
      if (t) out.push(t[s[0]!] ?? 255);
    } else {
      out.push(...s.map(to8));
      if (t && png.colorType === 0) out.push(s[0] === ((t[0]! << 8) | t[1]!) ? 0 : 255);
      if (t && png.colorType === 2) out.push(s.every((v, i) => v === ((t[i * 2]! << 8) | t[i * 2 + 1]!)) ? 0 : 255);
    }
  }
  return Uint8Array.from(out);
}

const COMBINATIONS: [colorType: number, depths: number[]][] = [
  [0, [1, 2, 4, 8, 16]],
  [2, [8, 16]],
  [3, [1, 2, 4, 8]],
  [4, [8, 16]],
  [6, [8, 16]],
];

describe("decodePng", () => {
  for (const [colorType, depths] of COMBINATIONS) {
    for (const bitDepth of depths) {
      for (const interlaced of [false, true]) {
        for (const [width, height] of [
          [1, 1],
          [3, 2],
          [13, 11],
          [17, 9],
        ] as const) {
          it(`colour type ${colorType}, ${bitDepth} bit, ${interlaced ? "Adam7" : "not interlaced"}, ${width}×${height}`, () => {
            const next = random(colorType * 1000 + bitDepth * 10 + width);
            const max = 2 ** bitDepth - 1;
            const paletteSize = Math.min(max + 1, 7);
            const samples = Array.from({ length: width * height * CHANNELS[colorType]! }, () => Math.floor(next() * (colorType === 3 ? paletteSize : max + 1)));
            const png: TestPng = { width, height, colorType, bitDepth, samples, interlaced };
            if (colorType === 3) {
              png.palette = Array.from({ length: paletteSize * 3 }, () => Math.floor(next() * 256));
              png.transparency = [0, 128];
            }
            if (colorType === 0) png.transparency = [samples[0]! >> 8, samples[0]! & 0xff];
            if (colorType === 2) png.transparency = [0, 1, 2, 3, 4, 5].map((i) => (i % 2 ? samples[i >> 1]! & 0xff : samples[i >> 1]! >> 8));
            const { pixels } = decodeAll(encodeTestPng(png), width, height);
            expect(Array.from(pixels)).toEqual(Array.from(expected(png)));
          });
        }
      }
    }
  }

  it("agrees with fast-png on an image fast-png wrote", () => {
    const next = random(7);
    const data = Uint16Array.from({ length: 40 * 30 * 4 }, () => Math.floor(next() * 65536));
    const bytes = fastPngEncode({ width: 40, height: 30, data, depth: 16, channels: 4 });
    const theirs = fastPngDecode(bytes).data as Uint16Array;
    const { pixels } = decodeAll(bytes, 40, 30);
    expect(Array.from(pixels)).toEqual(Array.from(theirs, (v) => v >> 8));
  });

  const good = encodeTestPng({ width: 20, height: 10, colorType: 2, bitDepth: 8, samples: Array.from({ length: 600 }, (_, i) => (i * 31) & 0xff) });
  const reason = (data: Uint8Array) => {
    try {
      decodePng(data);
      return "ok";
    } catch (error) {
      expect(error).toBeInstanceOf(LogoError);
      return (error as LogoError).reason;
    }
  };

  it("checks without a sink, too", () => {
    expect(reason(good)).toBe("ok");
  });

  it("refuses damaged files with a reason", () => {
    expect(reason(good.subarray(0, good.length - 12))).toBe("damaged PNG image: cut off");
    expect(reason(good.subarray(0, Math.floor(good.length / 3)))).toBe("damaged PNG image: cut off or corrupt");
    const flipped = Uint8Array.from(good);
    flipped[45] = flipped[45]! ^ 0xff;
    expect(reason(flipped)).toMatch(/^damaged PNG image: checksum error in "IDAT"$/);
    const badFilter = encodeTestPng({ width: 2, height: 2, colorType: 0, bitDepth: 8, samples: [1, 2, 3, 4], filters: [7] });
    expect(reason(badFilter)).toBe("damaged PNG image: unknown row filter 7");
    const noPalette = encodeTestPng({ width: 2, height: 1, colorType: 3, bitDepth: 8, samples: [0, 0] });
    expect(reason(noPalette)).toBe("damaged PNG image: no palette");
  });

  it("refuses image data that is shorter or longer than the header says", () => {
    const short = encodeTestPng({ width: 4, height: 4, colorType: 0, bitDepth: 8, samples: new Array(16).fill(9) });
    const shortHeader = Uint8Array.from(short);
    new DataView(shortHeader.buffer).setUint32(20, 5); // claims 5 rows, has 4
    shortHeader.set(chunk("IHDR", shortHeader.subarray(16, 29)), 8);
    expect(reason(shortHeader)).toBe("damaged PNG image: image data cut off");
    const long = Uint8Array.from(short);
    new DataView(long.buffer).setUint32(20, 3);
    long.set(chunk("IHDR", long.subarray(16, 29)), 8);
    expect(reason(long)).toBe("damaged PNG image: more image data than its size");
  });

  it("refuses a header that claims too many pixels before inflating anything", () => {
    const huge = Uint8Array.from(good);
    const view = new DataView(huge.buffer);
    view.setUint32(16, 65535);
    view.setUint32(20, 65535);
    huge.set(chunk("IHDR", huge.subarray(16, 29)), 8);
    expect(reason(huge)).toBe("65535×65535 pixels (4294.8 megapixels); the limit is 40 megapixels");
  });
});
