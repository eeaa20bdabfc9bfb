import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { srgbIccProfile } from "./srgb-icc.js";

describe("the embedded sRGB ICC profile", () => {
  it("is byte for byte the profile pdfkit ships (js/data/sRGB_IEC61966_2_1.icc)", () => {
    // pdfkit's main file is js/pdfkit.js; its data folder lies beside it.
    const pdfkitJs = dirname(createRequire(import.meta.url).resolve("pdfkit"));
    const shipped = readFileSync(join(pdfkitJs, "data/sRGB_IEC61966_2_1.icc"));
    expect(Buffer.from(srgbIccProfile()).equals(shipped)).toBe(true);
  });

  it("is an RGB display profile (ICC header: size, class mntr, colour space RGB, PCS XYZ, signature acsp)", () => {
    const icc = srgbIccProfile();
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    const tag = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
    expect(view.getUint32(0)).toBe(icc.length);
    expect([tag(12), tag(16), tag(20), tag(36)]).toEqual(["mntr", "RGB ", "XYZ ", "acsp"]);
  });
});
