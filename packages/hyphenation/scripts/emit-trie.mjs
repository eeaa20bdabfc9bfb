// Part of `pnpm build`: writes dist/de-1996.trie.bin, the patterns of
// patterns/de-1996.json as a packed trie (src/packed-trie.ts) for the hyphen
// version installed. At run time a trie made from other patterns or another
// hyphen version is ignored and the JSON is parsed instead (src/index.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { packTrie } from "../dist/packed-trie.js";

const require = createRequire(import.meta.url);
const json = readFileSync(new URL("../patterns/de-1996.json", import.meta.url), "utf8");
writeFileSync(new URL("../dist/de-1996.trie.bin", import.meta.url), packTrie(json, require("hyphen/package.json").version));
