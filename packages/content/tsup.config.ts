import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// Dual ESM + CommonJS: the content package is imported by tools that are not ESM.
export default defineConfig(
  baseConfig({
    entry: { index: "src/index.ts", data: "src/data/index.ts" },
    format: ["esm", "cjs"],
  }),
);
