// Build-time only: the CLI and its worker threads start from CommonJS files,
// dist/cli.cjs, dist/word-worker.cjs and dist/batch-worker.cjs. An ES module
// entry makes Node build its ES module loader before anything runs: about
// 10 ms of every run on the main thread, and far more on a worker thread,
// which has no startup snapshot (`build` waited for its Word thread about
// 50 ms longer than for one started from CommonJS). Each entry is bundled with
// the little it needs before the work (the chunk loader, src/io/chunk-cache.ts,
// among it); what it does the work with is loaded at run time, from the
// chunks' code cache (dist/cjs/) or, where Node caches ES modules itself, as
// the ES module chunk beside it.
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

/** Each entry (dist/NAME.cjs), its source, and the chunk it loads to do its work. */
const COMMONJS_ENTRIES: Record<string, { source: string; loads: string }> = {
  cli: { source: "src/cli.ts", loads: "./cli-main.js" },
  "word-worker": { source: "src/render/word-worker.ts", loads: "./word-job.js" },
  "batch-worker": { source: "src/batch/worker.ts", loads: "./batch-task.js" },
};

/** Writes dist/NAME.cjs for each entry; dist/cli.cjs is executable (the package's bin), dist/cli.js runs it. */
export async function writeCommonJsEntries(dist: string): Promise<void> {
  await Promise.all(
    Object.entries(COMMONJS_ENTRIES).map(([name, { source, loads }]) =>
      build({
        entryPoints: [source],
        outfile: join(dist, `${name}.cjs`),
        bundle: true,
        format: "cjs",
        platform: "node",
        target: "node20",
        minify: true,
        legalComments: "none",
        logLevel: "warning",
        conditions: ["@handreichung/source"],
        external: [loads],
        // The chunk loader finds dist/ (and dist/cjs/) from the entry's URL.
        define: { "import.meta.url": "__entryUrl" },
        // Strict mode first (a directive only counts there), then the entry's URL.
        banner: { js: '"use strict";\nconst __entryUrl = require("node:url").pathToFileURL(__filename).href;' },
      }),
    ),
  );
  await chmod(join(dist, "cli.cjs"), 0o755);
  // The entry's earlier name, for scripts that still run `node dist/cli.js`: the same CLI, with
  // the ES module loader that its start from an ES module costs.
  await writeFile(join(dist, "cli.js"), '#!/usr/bin/env node\n// The CLI under its earlier name: dist/cli.cjs starts faster.\nimport "./cli.cjs";\n', { mode: 0o755 });
}
