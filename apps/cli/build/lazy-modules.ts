// Build-time only: module swaps in the CLI's bundle that cut its load time and
// leave every output byte as it was (tests/fast-path.test.ts compares the
// CLI's documents with the renderers' own on unseen text).
//
// - fflate: its browser build. The Node build loads worker_threads at start
//   for an async mode the renderers never use; the deflate code is the same.
// - unicode-trie: a trie is built from its compressed data on first lookup,
//   not when a module that holds one loads (@handreichung/pdf's
//   src/bundling/lazy-unicode-trie.ts; the page's build swaps it too).
// - the renderer's bundle stubs (src/bundling/stubs.ts in the same package):
//   modules its dependencies import but never use for our documents (brotli, AES).
// - png-js's node:zlib (about 8 ms to load): loaded when a PNG logo is
//   decoded, the one use png-js has for it.
// - commander's node:child_process: loaded on first spawn. commander spawns
//   only for subcommands that are programs of their own, which the CLI has
//   none of, yet it loads child_process (and net, stream) at start.
import { lazyUnicodeTrieSource } from "@handreichung/pdf/bundling/lazy-unicode-trie";
import { BUNDLE_STUBS } from "@handreichung/pdf/bundling/stubs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const LAZY = "handreichung-lazy";
const require = createRequire(import.meta.url);

/** How commander 14 loads child_process, and what takes its place: all of it that commander calls, loaded on first call. */
const COMMANDER_SPAWN = "const childProcess = require('node:child_process');";
const LAZY_SPAWN = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

/** What png-js imports from zlib (inflate, to decode a PNG's image data), loaded on first call. */
const LAZY_ZLIB = "handreichung-lazy-zlib";
const LAZY_INFLATE = 'export const inflate = (...args) => process.getBuiltinModule("node:zlib").inflate(...args);';

/** The esbuild plugin that makes the swaps above. */
export function lazyModules(): Plugin {
  return {
    name: LAZY,
    setup(build) {
      build.onResolve({ filter: /^fflate$/ }, (args) => build.resolve("fflate/browser", { kind: args.kind, resolveDir: args.resolveDir }));
      const stubs = new Map<string, string>(Object.entries(BUNDLE_STUBS).map(([specifier, stub]) => [specifier, require.resolve(stub)]));
      const stubbed = new RegExp(`^(${[...stubs.keys()].map((specifier) => specifier.replace(/[./]/g, "\\$&")).join("|")})$`);
      build.onResolve({ filter: stubbed }, (args) => ({ path: stubs.get(args.path)! }));
      build.onResolve({ filter: /^unicode-trie$/ }, async (args) => {
        // The resolve call below comes back here: let esbuild resolve it as usual.
        if (args.pluginData === LAZY) return undefined;
        const real = await build.resolve(args.path, { kind: "require-call", resolveDir: args.resolveDir, namespace: "file", pluginData: LAZY });
        if (real.errors.length) return { errors: real.errors };
        return { path: real.path, namespace: LAZY };
      });
      build.onResolve({ filter: /.*/, namespace: LAZY }, (args) => ({ path: args.path, namespace: "file" }));
      build.onResolve({ filter: /^(node:)?zlib$/ }, (args) => (/[\\/]png-js[\\/]/.test(args.importer) ? { path: "zlib", namespace: LAZY_ZLIB } : undefined));
      build.onLoad({ filter: /.*/, namespace: LAZY_ZLIB }, () => ({ contents: LAZY_INFLATE, loader: "js" }));
      build.onLoad({ filter: /.*/, namespace: LAZY }, (args) => ({ contents: lazyUnicodeTrieSource(args.path), loader: "js", resolveDir: "." }));
      build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(COMMANDER_SPAWN)) return { errors: [{ text: `commander's lib/command.js no longer loads child_process as "${COMMANDER_SPAWN}" (apps/cli/build/lazy-modules.ts)` }] };
        return { contents: source.replace(COMMANDER_SPAWN, LAZY_SPAWN), loader: "js" };
      });
    },
  };
}
