#!/usr/bin/env node
import { nodeVersionProblem } from "./node-version.js";

// Before anything else loads: on an older Node the renderers would fail to load with a stack trace.
const tooOld = nodeVersionProblem(process.versions.node);
if (tooOld) {
  process.stderr.write(`handreichung: ${tooOld}\n`);
  process.exit(2);
}
const { main } = await import("./main.js");
const { removePendingTempFiles } = await import("./io/write-atomic.js");

// An interrupted run removes its temp files; final files are only ever renamed into place.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void removePendingTempFiles().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

process.exitCode = await main(process.argv.slice(2));
