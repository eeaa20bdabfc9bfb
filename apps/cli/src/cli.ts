#!/usr/bin/env node
// The CLI's entry, built as CommonJS (dist/cli.cjs, build/commonjs-entries.ts):
// Node then starts it without building its ES module loader.
import { cachedChunkLoader } from "./io/chunk-cache.js";
import { enableCompileCache } from "./io/compile-cache.js";
import { installSignalHandlers } from "./io/signals.js";
import { raiseTierUpBudget } from "./io/tier-up-budget.js";
import { nodeVersionProblem } from "./node-version.js";
import { startEarlyWordThread } from "./render/word-thread.js";

async function start(): Promise<void> {
  // Before anything else runs: on an older Node the renderers would fail to load with a stack trace.
  const tooOld = nodeVersionProblem(process.versions.node);
  if (tooOld) {
    process.stderr.write(`handreichung: ${tooOld}\n`);
    process.exit(2);
  }
  // Ctrl-C and SIGTERM get the CLI's exit codes even while it starts (io/signals.ts).
  installSignalHandlers();
  // Before the bundle's heavy chunks load: Node 22+ then reuses their compiled code,
  // and V8 optimises what they run later (io/tier-up-budget.ts). The budget is
  // set before any chunk is compiled: V8's cached code holds the flags it was made with.
  enableCompileCache();
  raiseTierUpBudget();
  // `build` (and bare `handreichung`, which builds) renders the Word formats on a
  // thread of its own: it starts now, while this thread loads the CLI, not once
  // the command is known (render/word-thread.ts). Another command, or `build`
  // asked for its help, exits as if there were none.
  const args = process.argv.slice(2);
  if (args.length === 0 || (args[0] === "build" && !args.includes("--help") && !args.includes("-h"))) startEarlyWordThread();
  // Node 20 caches no compiled ES modules: there the chunks run as CommonJS through V8's code cache.
  const chunks = cachedChunkLoader(import.meta.url);
  const { run } = chunks ? (chunks.load("cli-main") as typeof import("./cli-main.js")) : await import("./cli-main.js");
  await run();
  // The run is over: end the process now, not once its event loop has drained.
  // Node's exit then leaves the heap to the operating system instead of taking
  // it apart first: `pdf` ended 9–13 ms after its last line instead of 22–32 ms.
  // What the run wrote is flushed first (pipes are written asynchronously on
  // some systems); the exit code is the one the run set.
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write("", () => done()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

void start();
