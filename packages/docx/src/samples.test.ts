import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { circular441 } from "@handreichung/content/data";
import { describe, it } from "vitest";
import { renderDocx } from "./index.js";
import { fullProfile, tinyPng } from "./testing/fixtures.js";

// Writes sample documents to look at when DOCX_SAMPLES is set (a directory).
const dir = process.env.DOCX_SAMPLES;
describe.runIf(dir)("samples", () => {
  it("writes the template and a filled one", async () => {
    mkdirSync(dir!, { recursive: true });
    const t0 = performance.now();
    writeFileSync(join(dir!, "vorlage.docx"), await renderDocx(circular441));
    console.log(`render ms: ${(performance.now() - t0).toFixed(0)}`);
    const nasty = "A\u0000B\u0007C\uFFFED\uD800E <b> & ]]> \u{1F600}";
    const hostile = { ...circular441, title: nasty, body: [{ type: "paragraph" as const, text: nasty }, ...circular441.body] };
    writeFileSync(join(dir!, "hostile.docx"), await renderDocx(hostile, { profile: { name: nasty } }));
    writeFileSync(join(dir!, "gefuellt.docx"), await renderDocx(circular441, { profile: fullProfile, logo: tinyPng, date: "2024-03-01" }));
  });
});
