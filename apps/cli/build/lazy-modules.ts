// Build-time only: module swaps in the CLI's bundle that cut its load time and
// leave every output byte as it was (tests/fast-path.test.ts compares the
// CLI's documents with the renderers' own on unseen text).
//
// - fflate: its browser build. The Node build loads worker_threads at start
//   for an async mode the renderers never use; the deflate code is the same.
// - unicode-trie: a trie is built from its compressed data on first lookup,
//   not when a module that holds one loads. fontkit, unicode-properties and
//   linebreak each build theirs at load time (double inflate in JavaScript),
//   most of them tables for scripts a German handout never shapes.
// - brotli/decompress.js: loaded on first call. fontkit needs it only for
//   WOFF2 fonts (the renderers embed TTF), yet loading it decodes a dictionary.
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const LAZY = "handreichung-lazy";

/** The stub for a module whose loading waits for first use; `real` is the resolved path of the module. */
export function stub(specifier: string, real: string): string {
  const load = `require(${JSON.stringify(real)})`;
  if (specifier === "unicode-trie") {
    // Callers only ever call get(codePoint) (checked in lazy-modules.test.ts).
    return `let Real;
module.exports = class LazyUnicodeTrie {
  constructor(data) { this.source = data; this.trie = null; }
  get(codePoint) {
    if (this.trie === null) { Real ??= ${load}; this.trie = new Real(this.source); this.source = null; }
    return this.trie.get(codePoint);
  }
};`;
  }
  return `let real;
module.exports = function lazyDecompress(buffer, outSize) { real ??= ${load}; return real(buffer, outSize); };`;
}

/** The esbuild plugin that makes the swaps above. */
export function lazyModules(): Plugin {
  return {
    name: LAZY,
    setup(build) {
      build.onResolve({ filter: /^fflate$/ }, (args) => build.resolve("fflate/browser", { kind: args.kind, resolveDir: args.resolveDir }));
      build.onResolve({ filter: /^(unicode-trie|brotli\/decompress\.js)$/ }, async (args) => {
        // The resolve call below comes back here: let esbuild resolve it as usual.
        if (args.pluginData === LAZY) return undefined;
        const real = await build.resolve(args.path, { kind: "require-call", resolveDir: args.resolveDir, namespace: "file", pluginData: LAZY });
        if (real.errors.length) return { errors: real.errors };
        return { path: real.path, namespace: LAZY, pluginData: args.path };
      });
      build.onResolve({ filter: /.*/, namespace: LAZY }, (args) => ({ path: args.path, namespace: "file" }));
      build.onLoad({ filter: /.*/, namespace: LAZY }, (args) => ({ contents: stub(args.pluginData as string, args.path), loader: "js", resolveDir: "." }));
    },
  };
}
