// The render worker's chunks as the build splits them (vite.config.ts): the
// small one that starts fetching fonts, shaping tables and patterns must not
// carry the renderer, or the fetches would wait for the renderer's code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { distDir } from "./support/browser.js";

const assets = join(distDir, "assets");
const chunk = (name: string) => {
  const file = readdirSync(assets).find((f) => f.startsWith(`${name}-`) && f.endsWith(".js"));
  if (!file) throw new Error(`dist/assets has no ${name} chunk: run pnpm build`);
  return readFileSync(join(assets, file), "utf8");
};

describe("the render worker's chunks", () => {
  it("start fetching from a small chunk without fontkit, pdfkit or the layout", () => {
    const start = chunk("render-start");
    expect(gzipSync(start).length).toBeLessThan(40_000);
    for (const marker of ["createSubset", "GSUB", "glyphForCodePoint"]) expect(start, marker).not.toContain(marker);
    expect(chunk("pdf-renderer")).toContain("createSubset");
  });

  it("carry the renderer's module swaps: tries built on first lookup, no brotli, no AES", () => {
    const renderer = chunk("pdf-renderer");
    expect(renderer).toContain("this.trie===null"); // @handreichung/pdf's lazy unicode-trie (vite.config.ts)
    expect(renderer).toContain("the renderers read TTF fonts only"); // no-brotli in place of brotli/decompress.js
    expect(renderer).not.toContain("Wrong sbox length"); // @noble/ciphers' AES tables
  });
});

