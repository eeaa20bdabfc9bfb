import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lazyUnicodeTrieSource } from "./lazy-unicode-trie.js";

// Where the CLI's bundle and the page's build find these modules: through the
// renderer's pdfkit, in each package's ES module build ("module" in its package.json).
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
const pdfkitDir = packageDir(createRequire(import.meta.url).resolve("pdfkit"));
const fontkitDir = packageDir(createRequire(join(pdfkitDir, "package.json")).resolve("fontkit"));
const fromFontkit = createRequire(join(fontkitDir, "package.json"));
const sources = {
  fontkit: esmBuild(fontkitDir),
  linebreak: esmBuild(packageDir(createRequire(join(pdfkitDir, "package.json")).resolve("linebreak"))),
  "unicode-properties": esmBuild(packageDir(fromFontkit.resolve("unicode-properties"))),
};

/** Evaluates a stub with a `require` that counts how often the real module loads. */
function load(real: unknown) {
  let loads = 0;
  const module = { exports: undefined as unknown };
  new Function("module", "require", lazyUnicodeTrieSource("real"))(module, () => (loads++, real));
  return { exports: module.exports, loads: () => loads };
}

describe("the lazy unicode-trie", () => {
  it("its users only ever call get() on a trie, all the stand-in offers", () => {
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

  it("builds the trie on the first lookup, once, and answers as the real one", () => {
    const UnicodeTrie = fromFontkit("unicode-trie") as new (data: Uint8Array) => { get(cp: number): number };
    const Builder = fromFontkit("unicode-trie/builder") as new () => { set(cp: number, value: number): void; setRange(a: number, b: number, v: number): void; toBuffer(): Uint8Array };
    const builder = new Builder();
    builder.setRange(0x41, 0x5a, 1);
    builder.set(0xe4, 2);
    builder.setRange(0x600, 0x6ff, 3);
    builder.set(0x1f600, 4);
    const data = new Uint8Array(builder.toBuffer());
    const real = new UnicodeTrie(data);
    const lazy = load(UnicodeTrie);
    const Lazy = lazy.exports as typeof UnicodeTrie;
    const trie = new Lazy(data);
    expect(lazy.loads()).toBe(0);
    for (const cp of [0x41, 0xe4, 0xdf, 0x3b1, 0x430, 0x627, 0x4e2d, 0x1f600, 0x10ffff]) expect(trie.get(cp)).toBe(real.get(cp));
    expect(lazy.loads()).toBe(1);
  });
});
