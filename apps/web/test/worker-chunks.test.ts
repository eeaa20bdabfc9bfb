// The render worker's chunks as the build splits them (vite.config.ts): the
// small one that starts fetching fonts, shaping tables and patterns must not
// carry the renderer, or the fetches would wait for the renderer's code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { longestBase64Run } from "@handreichung/checks";
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
    // The fetching module is in it, not in a file of its own, and it imports nothing else: one round of requests fewer before the fonts are asked for.
    expect(readdirSync(assets).filter((f) => f.startsWith("prefetch-"))).toEqual([]);
    expect([...start.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => m[1]!.replace(/-[\w-]{8}\.js$/, ""))).toEqual(["rolldown-runtime"]);
  });

  it("carry the renderer's module swaps: tries built on first lookup, no brotli, no AES", () => {
    const renderer = chunk("pdf-renderer");
    expect(renderer).toContain("this.trie===null"); // @handreichung/pdf's lazy unicode-trie (vite.config.ts)
    expect(renderer).toContain("the renderers read TTF fonts only"); // no-brotli in place of brotli/decompress.js
    expect(renderer).not.toContain("Wrong sbox length"); // @noble/ciphers' AES tables
    const chunks = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(assets, f), "utf8"));
    expect(longestBase64Run(chunks)).toBeLessThan(50_000); // brotli's dictionary (see @handreichung/checks)
  });

  it("start from a classic script in the page's head, before any module, naming the built worker", () => {
    const html = readFileSync(join(distDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.slice(0, 2)).toEqual(['<script src="./browser-check.js">', '<script src="./start-worker.js">']);
    expect(scripts.slice(2).every((tag) => tag.includes('type="module"'))).toBe(true);
    const start = readFileSync(join(distDir, "start-worker.js"), "utf8");
    const worker = /new Worker\("\.\/(assets\/render\.worker-[\w-]+\.js)"/.exec(start)?.[1];
    expect(worker, "start-worker.js starts no render worker").toBeDefined();
    expect(readdirSync(assets)).toContain(worker!.slice("assets/".length));
    // It starts nothing in a browser that lacks what the page needs, and fetches fonts only where there is a preview.
    expect(start).toContain("dataset.fehlt !== undefined) return");
    expect(start).toContain("prefetch: navigator.pdfViewerEnabled !== false");
    // The settings go in the worker's URL fragment, which the worker reads as it starts: a message would wait for the page's busy main thread.
    expect(start).toContain('+ "#" + encodeURIComponent(JSON.stringify(settings))');
    expect(start).not.toContain("postMessage");
    expect(readFileSync(join(distDir, worker!), "utf8")).toContain("location.hash");
  });
});

