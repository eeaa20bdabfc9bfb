import { decode as fastPngDecode } from "fast-png";
import { describe, expect, it } from "vitest";
import { fittedSize, prepareLogo } from "./prepare.js";
import { encodeTestPng, type TestPng } from "./testing/encode-png.js";

/** A small deterministic PRNG, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The box filter written out over the whole image at once, as the
 * resampler's comment describes it: each source pixel falls into one target
 * pixel; colour is averaged weighted by alpha, alpha by pixel count.
 */
function boxFilter(pixels: Uint8Array, width: number, height: number, channels: number, target: { width: number; height: number }): Uint8Array {
  const alphaAt = channels === 2 || channels === 4 ? channels - 1 : -1;
  const colors = alphaAt < 0 ? channels : channels - 1;
  const sums = new Float64Array(target.width * target.height * (channels + 1));
  for (let y = 0; y < height; y++) {
    const ty = Math.min(target.height - 1, Math.floor((y * target.height) / height));
    for (let x = 0; x < width; x++) {
      const tx = Math.min(target.width - 1, Math.floor((x * target.width) / width));
      const s = (ty * target.width + tx) * (channels + 1);
      const p = (y * width + x) * channels;
      const alpha = alphaAt < 0 ? 255 : pixels[p + alphaAt]!;
      for (let k = 0; k < colors; k++) sums[s + k]! += pixels[p + k]! * alpha;
      sums[s + colors]! += alpha;
      sums[s + channels]! += 1;
    }
  }
  const out = new Uint8Array(target.width * target.height * channels);
  for (let cell = 0; cell < target.width * target.height; cell++) {
    const s = cell * (channels + 1);
    for (let k = 0; k < colors; k++) out[cell * channels + k] = sums[s + colors]! > 0 ? Math.round(sums[s + k]! / sums[s + colors]!) : 0;
    if (alphaAt >= 0) out[cell * channels + alphaAt] = Math.round(sums[s + colors]! / sums[s + channels]!);
  }
  return out;
}

/** 8-bit samples, as a reader of the PNG sees them (16-bit samples: their high byte). */
const to8 = (png: TestPng) => Uint8Array.from(png.samples, (v) => (png.bitDepth === 16 ? v >> 8 : v));

describe("scaling a large PNG down (every row filter, Adam7 or not)", () => {
  // Tall enough to be scaled (fittedSize), small enough for a quick test; odd sizes so cells differ in size.
  const [width, height] = [211, 457];
  const target = fittedSize(width, height)!;

  for (const [colorType, bitDepth, channels, interlaced] of [
    [6, 16, 4, false],
    [6, 8, 4, true],
    [2, 8, 3, false],
    [2, 16, 3, true],
    [4, 16, 2, true],
    [4, 8, 2, false],
    [0, 8, 1, true],
    [0, 16, 1, false],
  ] as const) {
    it(`colour type ${colorType}, ${bitDepth} bit, ${interlaced ? "Adam7" : "not interlaced"}: the box filter's average of every pixel`, () => {
      const next = random(colorType * 100 + bitDepth + (interlaced ? 7 : 0));
      const max = 2 ** bitDepth - 1;
      // Gradients with noise, and alpha that varies, so every filter type meets varied bytes.
      const samples = Array.from({ length: width * height * channels }, (_, i) => Math.min(max, Math.floor(((i % 251) / 251) * max * 0.8 + next() * max * 0.2)));
      const png: TestPng = { width, height, colorType, bitDepth, samples, interlaced };
      const logo = prepareLogo(encodeTestPng(png), "Wappen");
      expect([logo.width, logo.height]).toEqual([target.width, target.height]);
      const decoded = fastPngDecode(logo.data);
      expect(decoded.channels).toBe(channels);
      expect(Buffer.from(decoded.data as Uint8Array).equals(Buffer.from(boxFilter(to8(png), width, height, channels, target)))).toBe(true);
    });
  }
});
