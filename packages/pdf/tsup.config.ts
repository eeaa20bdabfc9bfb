import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// shaping-build is its own entry: the build script that writes the shaping tables imports it.
// bundling/*: what the CLI's bundle and the page's build swap in (src/bundling/stubs.ts).
// fontkit's package.json goes into the bundle: its version is what the tables are checked against.
export default defineConfig(
  baseConfig({
    entry: { index: "src/index.ts", standards: "src/standard/standard.ts", assets: "src/assets.ts", "shaping-build": "src/shaping/build-entry.ts", "bundling/stubs": "src/bundling/stubs.ts", "bundling/no-brotli": "src/bundling/no-brotli.ts", "bundling/no-encryption": "src/bundling/no-encryption.ts", "bundling/lazy-unicode-trie": "src/bundling/lazy-unicode-trie.ts" },
    noExternal: [/^fontkit\/package\.json$/],
  }),
);
