import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// Each platform's reader is a file of its own, chosen at run time through the
// package's "imports" map (#read-asset): the index must not inline either.
export default defineConfig(
  baseConfig({
    entry: { index: "src/index.ts", "read-node": "src/read-node.ts", "read-browser": "src/read-browser.ts" },
    external: ["#read-asset"],
  }),
);
