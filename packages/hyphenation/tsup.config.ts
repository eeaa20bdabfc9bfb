import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base.js";

// packed-trie is its own entry too: the build script that writes the trie imports it.
// hyphen's package.json goes into the bundle: its version is what the packed trie is checked against.
export default defineConfig(baseConfig({ entry: { index: "src/index.ts", "packed-trie": "src/packed-trie.ts" }, noExternal: [/^hyphen\/package\.json$/] }));
