import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// shaping-build is its own entry: the build script that writes the shaping tables imports it.
// fontkit's package.json goes into the bundle: its version is what the tables are checked against.
export default defineConfig(
  baseConfig({
    entry: { index: "src/index.ts", standards: "src/standard/standard.ts", assets: "src/assets.ts", "shaping-build": "src/shaping/build-entry.ts" },
    noExternal: [/^fontkit\/package\.json$/],
  }),
);
