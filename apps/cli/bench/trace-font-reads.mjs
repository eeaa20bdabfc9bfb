// Preloaded by the bench (node --import): names every font file the process
// reads on stderr, so the bench can show which fonts a document loads.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const readFile = fs.promises.readFile;
fs.promises.readFile = function (path, ...rest) {
  if (/\.(ttf|otf)$/.test(String(path))) process.stderr.write(`font-read ${String(path).replace(/^.*node_modules\//, "")}\n`);
  return readFile.call(this, path, ...rest);
};
syncBuiltinESMExports();
