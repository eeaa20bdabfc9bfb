#!/usr/bin/env node
import { createProcessConsole } from "./io/console.js";
import { runInterruptCleanups } from "./io/cleanup.js";
import { removePendingTempFiles } from "./io/write-atomic.js";
import { main } from "./main.js";

// An interrupted run removes its temp files and lock, then exits 130 (SIGINT)
// or 143 (SIGTERM); final files are only ever renamed into place. Nothing the
// CLI does blocks a thread indefinitely (inputs and FIFOs are opened
// non-blocking), so the exit is prompt; a second signal ends it at once.
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
