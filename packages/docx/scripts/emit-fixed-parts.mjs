// Part of `pnpm build`: writes dist/fixed-parts.json, the Word package's parts
// that are the same in every document (src/fixed-parts/fixed-parts.ts),
// compiled once by the installed docx library. At run time a file made from
// other style definitions or another docx version is ignored.
import { writeFileSync } from "node:fs";
import { compileFixedParts } from "../dist/fixed-parts-build.js";

writeFileSync(new URL("../dist/fixed-parts.json", import.meta.url), JSON.stringify(await compileFixedParts()));
