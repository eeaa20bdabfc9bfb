import { writeFileSync } from "node:fs";

/**
 * Writes `probe`, a script for `node --require`, that wraps fs.writeFileSync:
 * the `nth` temp file (name ending in .tmp) written into `folder` runs
 * `instead` in place of the write — JavaScript with `fs`, `write` (the real
 * writeFileSync), `file`, `data` and `options` in scope. The CLI writes every
 * output as a temp file first (apps/cli/src/io/write-atomic.ts).
 */
export function tempWriteProbe(probe: string, folder: string, nth: number, instead: string): string {
  writeFileSync(
    probe,
    'const fs = require("node:fs"); const write = fs.writeFileSync; let temps = 0;\n' +
      "fs.writeFileSync = function (file, data, options) {\n" +
      `  if (String(file).startsWith(${JSON.stringify(folder)}) && String(file).endsWith(".tmp") && ++temps === ${nth}) {\n    ${instead}\n  }\n` +
      "  return write.apply(fs, arguments);\n};\n",
  );
  return probe;
}
