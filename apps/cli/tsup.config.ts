import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// One bundled entry; renderers and parsers stay behind dynamic imports (code
// splitting) so a command loads only what it needs.
export default defineConfig(
  baseConfig({
    entry: { cli: "src/cli.ts", "batch-worker": "src/batch/worker.ts" },
    dts: false,
    splitting: true,
  }),
);
