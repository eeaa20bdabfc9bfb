// The page's build leaves fontkit's WOFF2 reader out (no-brotli.ts): that is
// only right while every font the renderers may load is a TTF file.
import { FALLBACK_ASSETS, FONT_ASSETS } from "@handreichung/pdf/assets";
import { describe, expect, it } from "vitest";
import decompress from "./no-brotli.js";

describe("the page without brotli", () => {
  it("serves every font as TTF, which fontkit reads without brotli", () => {
    const fonts = [...FONT_ASSETS, ...FALLBACK_ASSETS];
    expect(fonts.length).toBeGreaterThan(4);
    expect(fonts.filter((path) => !path.endsWith(".ttf"))).toEqual([]);
  });

  it("says what is missing if a WOFF2 font ever reaches it", () => {
    expect(() => decompress()).toThrow("this page reads TTF fonts only: WOFF2 (brotli) is not built in");
  });
});
