// The German patterns ship as a 750 KB JavaScript file that takes Node about
// 200 ms to compile, and a browser would have to run it as code; the same data
// as JSON parses in about 15 ms and loads as bytes like a font. This writes
// patterns/de-1996.json from the pinned hyphen package; src/patterns.test.ts
// fails when the two differ (run `pnpm --filter @handreichung/hyphenation emit-patterns`).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const patterns = require("hyphen/patterns/de-1996.js");
writeFileSync(new URL("../patterns/de-1996.json", import.meta.url), JSON.stringify(patterns));
