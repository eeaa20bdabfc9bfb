// Build-time only: the CLI's worker threads start from CommonJS files,
// dist/word-worker.cjs and dist/batch-worker.cjs. A thread whose entry is an
// ES module starts Node's ES module loader first, which a thread, unlike the
// main thread, builds from nothing: `build` waited for its Word thread about
// 50 ms longer than for one started from CommonJS. Each entry is bundled with
// the chunk loader it uses (src/io/chunk-cache.ts); what it renders with is
// loaded at run time, from the chunks' code cache (dist/cjs/) or, where Node
// caches ES modules itself, as the ES module chunk beside it.
import { join } from "node:path";
import { build } from "esbuild";

/** Each worker thread's entry (dist/NAME.cjs) and the chunk it loads to do its work. */
export const WORKER_ENTRIES: Record<string, { source: string; loads: string }> = {
  "word-worker": { source: "src/render/word-worker.ts", loads: "./word-job.js" },
  "batch-worker": { source: "src/batch/worker.ts", loads: "./batch-task.js" },
};

/** Writes dist/NAME.cjs for each worker entry. */
export async function writeWorkerEntries(dist: string): Promise<void> {
  await Promise.all(
    Object.entries(WORKER_ENTRIES).map(([name, { source, loads }]) =>
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
        external: [loads],
        // The chunk loader finds dist/ (and dist/cjs/) from the entry's URL.
        define: { "import.meta.url": "__entryUrl" },
        banner: { js: 'const __entryUrl = require("node:url").pathToFileURL(__filename).href;' },
      }),
    ),
  );
}
