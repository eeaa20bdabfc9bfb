// Part of `pnpm build`: writes dist/shaping/<font>.json, the shaping table of
// each Source Sans 3 cut (src/shaping/build-table.ts), made with the fontkit
// installed. At run time a table made from another font file or another
// fontkit is ignored and fontkit shapes all text (src/shaping/table.ts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { buildShapingTable, FONT_ASSETS, FONTKIT_VERSION, shapingAsset } from "../dist/shaping-build.js";

const require = createRequire(import.meta.url);
const out = new URL("../dist/shaping/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const asset of FONT_ASSETS) {
  const bytes = new Uint8Array(readFileSync(require.resolve(asset)));
  const table = buildShapingTable(fontkit.create(bytes), bytes, FONTKIT_VERSION);
  const name = shapingAsset(asset).slice("@handreichung/pdf/shaping/".length);
  writeFileSync(new URL(name, out), JSON.stringify(table));
}
