import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { stub } from "./lazy-modules.js";

// Where the CLI's bundle finds these modules: through the PDF renderer's pdfkit.
// The bundle takes each package's ES module build ("module" in its package.json).
function packageDir(file: string): string {
  let dir = dirname(file);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}
interface Manifest {
  module?: string;
  exports?: { node?: { import?: string }; import?: string };
}
function esmBuild(dir: string): string {
  const { exports, module } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  return join(dir, exports?.node?.import ?? exports?.import ?? module ?? "");
}
const pdfkitDir = packageDir(createRequire(createRequire(import.meta.url).resolve("@handreichung/pdf")).resolve("pdfkit"));
const fontkitDir = packageDir(createRequire(join(pdfkitDir, "package.json")).resolve("fontkit"));
const fromFontkit = createRequire(join(fontkitDir, "package.json"));
const sources = {
  fontkit: esmBuild(fontkitDir),
  linebreak: esmBuild(packageDir(createRequire(join(pdfkitDir, "package.json")).resolve("linebreak"))),
  "unicode-properties": esmBuild(packageDir(fromFontkit.resolve("unicode-properties"))),
};
const fontkitFile = sources.fontkit;

/** Evaluates a stub with a `require` that counts how often the real module loads. */
function load(specifier: string, real: unknown) {
  let loads = 0;
  const module = { exports: undefined as unknown };
  new Function("module", "require", stub(specifier, "real"))(module, () => (loads++, real));
  return { exports: module.exports, loads: () => loads };
}

describe("the bundle's lazy modules", () => {
  it("unicode-trie: its users only ever call get() on a trie, all the stub offers", () => {
    for (const [name, file] of Object.entries(sources)) {
      const code = readFileSync(file, "utf8");
      const tries = [...code.matchAll(/(?:const|let|var) (\$[\w$]+) = new (?:\(0, )?\$[\w$]+unicodetrie\b/g)].map((m) => m[1]!);
      expect(tries.length, `${name} no longer builds a unicode-trie the way it did`).toBeGreaterThan(0);
      for (const trie of tries) {
        const uses = [...code.matchAll(new RegExp(`${trie.replace(/\$/g, "\\$")}\\b(.{0,6})`, "g"))].map((m) => m[1]!).filter((after) => !after.startsWith(" = new"));
        expect(uses.length).toBeGreaterThan(0);
        for (const after of uses) expect(after, `${name} uses its trie other than by get()`).toMatch(/^\.get\(/);
      }
    }
  });

  it("unicode-trie: the trie is built on the first lookup, once, and answers as the real one", () => {
    const UnicodeTrie = fromFontkit("unicode-trie") as new (data: Uint8Array) => { get(cp: number): number };
    const Builder = fromFontkit("unicode-trie/builder") as new () => { set(cp: number, value: number): void; setRange(a: number, b: number, v: number): void; toBuffer(): Uint8Array };
    const builder = new Builder();
    builder.setRange(0x41, 0x5a, 1);
    builder.set(0xe4, 2);
    builder.setRange(0x600, 0x6ff, 3);
    builder.set(0x1f600, 4);
    const data = new Uint8Array(builder.toBuffer());
    const real = new UnicodeTrie(data);
    const lazy = load("unicode-trie", UnicodeTrie);
    const Lazy = lazy.exports as typeof UnicodeTrie;
    const trie = new Lazy(data);
    expect(lazy.loads()).toBe(0);
    for (const cp of [0x41, 0xe4, 0xdf, 0x3b1, 0x430, 0x627, 0x4e2d, 0x1f600, 0x10ffff]) expect(trie.get(cp)).toBe(real.get(cp));
    expect(lazy.loads()).toBe(1);
  });

  it("brotli: decompress loads on its first call and passes the call on", () => {
    const calls: unknown[][] = [];
    const lazy = load("brotli/decompress.js", (...args: unknown[]) => (calls.push(args), "out"));
    expect(lazy.loads()).toBe(0);
    expect((lazy.exports as (b: unknown, n: number) => unknown)("in", 3)).toBe("out");
    expect(calls).toEqual([["in", 3]]);
    expect(lazy.loads()).toBe(1);
    expect(readFileSync(fontkitFile, "utf8")).toMatch(/import \$[\w$]+ from "brotli\/decompress\.js"/);
  });
});
