import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// fixed-parts-build is its own entry: the build script that writes dist/fixed-parts.json imports it.
// docx's package.json goes into the bundle: its version is what the fixed parts are checked against.
export default defineConfig(
  baseConfig({
    entry: { index: "src/index.ts", assets: "src/assets.ts", "fixed-parts-build": "src/fixed-parts/build-entry.ts" },
    noExternal: [/^(docx|fflate)\/package\.json$/],
  }),
);
