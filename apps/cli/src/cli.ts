#!/usr/bin/env node
import { main } from "./main.js";
import { removePendingTempFiles } from "./io/write-atomic.js";

// An interrupted run removes its temp files; final files are only ever renamed into place.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void removePendingTempFiles().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

process.exitCode = await main(process.argv.slice(2));
