import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";
import { writeCommonJsChunks } from "./build/commonjs-chunks.js";
import { lazyModules } from "./build/lazy-modules.js";
import { writeCommonJsEntries } from "./build/commonjs-entries.js";

// The CLI is one bundle, minified, with the workspace packages and their
// dependencies inside: a cold start then parses a few files instead of
// resolving and compiling hundreds. Each command's heavy parts (renderers,
// zod, yaml) stay behind dynamic imports in chunks of their own, and modules
// only some documents need load on first use (build/lazy-modules.ts). The
// chunks are written once more as CommonJS for Node 20's code cache
// (build/commonjs-chunks.ts); the CLI and its worker threads start from
// entries in CommonJS (build/commonjs-entries.ts).
export default defineConfig(
  baseConfig({
    entry: { "cli-main": "src/cli-main.ts", "batch-task": "src/batch/batch-task.ts", "word-job": "src/render/word-job.ts" },
    dts: false,
    splitting: true,
    minify: true,
    // piscina starts its workers from its own files; pdfkit's built-in PDF fonts are never used.
    noExternal: [/^(?!piscina$|#standard-fonts\/)/],
    external: ["piscina", /^#standard-fonts\//],
    esbuildPlugins: [lazyModules()],
    esbuildOptions(options) {
      options.conditions = ["@handreichung/source"];
      options.legalComments = "none";
    },
    // Bundled CommonJS code calls require(); ESM has none of its own.
    banner: { js: 'import { createRequire as __handreichungRequire } from "node:module"; const require = __handreichungRequire(import.meta.url);' },
    onSuccess: async () => {
      await writeCommonJsChunks("dist");
      await writeCommonJsEntries("dist");
    },
  }),
);
