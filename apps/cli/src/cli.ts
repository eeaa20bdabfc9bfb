#!/usr/bin/env node
import { nodeVersionProblem } from "./node-version.js";

// Before anything else loads: on an older Node the renderers would fail to load with a stack trace.
const tooOld = nodeVersionProblem(process.versions.node);
if (tooOld) {
  process.stderr.write(`handreichung: ${tooOld}\n`);
  process.exit(2);
}
// Before the bundle's heavy chunks load: Node 22+ then reuses their compiled code,
// and V8 optimises what they run later (io/tier-up-budget.ts).
const { enableCompileCache } = await import("./io/compile-cache.js");
enableCompileCache();
const { raiseTierUpBudget } = await import("./io/tier-up-budget.js");
raiseTierUpBudget();
const { createProcessConsole } = await import("./io/console.js");
const { runInterruptCleanups } = await import("./io/cleanup.js");
const { removePendingTempFiles } = await import("./io/write-atomic.js");
const { main } = await import("./main.js");

// An interrupted run removes its temp files and lock, then exits 130 (SIGINT),
// 143 (SIGTERM) or 129 (SIGHUP); final files are only ever renamed into place.
// Nothing the CLI does blocks a thread indefinitely (inputs and FIFOs are
// opened non-blocking), so the exit is prompt; a second signal ends it at once.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    stopping = true;
    // Temp files first: a folder of ours can only be removed once it is empty.
    void removePendingTempFiles()
      .then(runInterruptCleanups)
      .finally(() => process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129));
  });
}

process.exitCode = await main(process.argv.slice(2), createProcessConsole());
