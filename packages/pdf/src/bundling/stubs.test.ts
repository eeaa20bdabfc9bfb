// The CLI's bundle and the page's build leave out modules the renderers never
// use (BUNDLE_STUBS): that is only right while no document needs them.
import { circular441 } from "@handreichung/content/data";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FALLBACK_ASSETS, FONT_ASSETS } from "../assets.js";
import { renderPdf } from "../index.js";
import decompress from "./no-brotli.js";
import { cbc, ecb } from "./no-encryption.js";
import pkg from "../../package.json" with { type: "json" };
import { BUNDLE_STUBS } from "./stubs.js";

describe("the renderers' bundle stubs", () => {
  it("every font the renderers load is TTF, which fontkit reads without brotli", () => {
    const fonts = [...FONT_ASSETS, ...FALLBACK_ASSETS];
    expect(fonts.length).toBeGreaterThan(4);
    expect(fonts.filter((path) => !path.endsWith(".ttf"))).toEqual([]);
  });

  it("no PDF is encrypted, so pdfkit never reaches for AES", async () => {
    const bytes = await renderPdf(circular441, { date: "2024-01-01" });
    expect(Buffer.from(bytes).toString("latin1")).not.toContain("/Encrypt");
  });

  it("say what is missing if a document ever needs them", () => {
    expect(() => decompress()).toThrow("the renderers read TTF fonts only: WOFF2 (brotli) is not built in");
    expect(() => cbc()).toThrow("the renderers never encrypt a PDF");
    expect(() => ecb()).toThrow("the renderers never encrypt a PDF");
  });

  it("each stubbed module is one the renderers' dependencies import, and each stub is a file of this package", () => {
    const require = createRequire(import.meta.url);
    const from = [require.resolve("fontkit"), require.resolve("pdfkit")];
    const exported = pkg.exports["./bundling/*"]["@handreichung/source"];
    for (const [specifier, stub] of Object.entries(BUNDLE_STUBS)) {
      expect(() => require.resolve(specifier, { paths: from }), specifier).not.toThrow();
      const name = stub.replace(/^@handreichung\/pdf\/bundling\//, "");
      expect(existsSync(fileURLToPath(new URL(`../../${exported.replace("*", name)}`, import.meta.url))), stub).toBe(true);
    }
  });
});
