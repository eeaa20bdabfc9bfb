import { parseCircular, parseProfile, type Circular, type Profile } from "@handreichung/content";
import { BIDI_CONTROLS } from "@handreichung/content/data";
import { renderDocx } from "@handreichung/docx";
import { renderPdf } from "@handreichung/pdf";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileCircular, hostileProfile, stringsOf } from "./support/hostile-content.js";
import { tempDir } from "./support/run.js";

// A fixed seed: CI runs the same cases every time; change it to explore.
const SEED = 441_2004;
const dir = tempDir("handreichung-prop-");
const docxParts = new URL("./support/docx-parts.py", import.meta.url).pathname;
let fileNo = 0;

const input = fc.record({ circular: hostileCircular, profile: fc.option(hostileProfile, { nil: undefined }) });

/** Renders with warnings collected; the schemas must accept what the arbitraries make. */
async function render<T>(renderer: (c: Circular, o: { date: string; profile?: Profile; onWarning: (m: string) => void }) => Promise<T>, circular: Circular, profile: Profile | undefined) {
  const warnings: string[] = [];
  const parsed = parseCircular(circular);
  const options = { date: "2024-03-01", onWarning: (m: string) => warnings.push(m), ...(profile ? { profile: parseProfile(profile) } : {}) };
  return { output: await renderer(parsed, options), warnings };
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Characters of `strings` that are neither in `output` nor named by a warning. */
function silentlyDropped(strings: string[], output: string, warnings: string[], marksOptional = false): string[] {
  const seen = new Set([...output.normalize("NFC"), ...output.normalize("NFD"), ...output.normalize("NFKC")]);
  const told = warnings.join("\n");
  const dropped = new Set<string>();
  for (const ch of strings.join("").normalize("NFC")) {
    if (/\s/.test(ch) || seen.has(ch) || told.includes(ch) || told.includes(codePoint(ch))) continue;
    if ([...ch.normalize("NFD")].every((c) => seen.has(c))) continue;
    if (marksOptional && [...ch.normalize("NFD").replace(/\p{M}/gu, "")].every((c) => seen.has(c))) continue;
    // Hyphen variants share one glyph, and a PDF maps a glyph to one character (as text_coverage.py folds them too).
    if (marksOptional && /[\u2010\u2011]/.test(ch) && seen.has("-")) continue;
    dropped.add(`${ch} (${codePoint(ch)})`);
  }
  return [...dropped];
}

// What Word cannot hold, and the bidi controls both renderers drop (see packages/docx/src/text.ts); removed with a warning.
const NOT_XML = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${BIDI_CONTROLS.source}`, "g");
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("any valid content renders", () => {
  it("renderDocx never throws; every XML part is well-formed; the text is there literally", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ circular, profile }) => {
        const { output, warnings } = await render(renderDocx, circular, profile);
        const file = join(dir, `p${fileNo++}.docx`);
        writeFileSync(file, output);
        const result = spawnSync("python3", [docxParts, file], { encoding: "utf8" });
        const { errors, text } = JSON.parse(result.stdout) as { errors: string[]; text: string };
        expect(errors).toEqual([]);
        const strings = stringsOf([circular, profile]);
        const body = squeeze(text);
        for (const s of strings) expect(body, `missing ${JSON.stringify(s)}`).toContain(squeeze(s.replace(NOT_XML, "")));
        if (strings.some((s) => s.replace(NOT_XML, "") !== s)) expect(warnings.join("\n")).toMatch(/cannot contain|bidirectional control/);
        expect(silentlyDropped(strings, text, warnings)).toEqual([]);
      }),
      { seed: SEED, numRuns: 25, endOnFailure: true },
    );
  }, 60_000);

  it("renderPdf never throws; qpdf accepts it; every character is shown or reported", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ circular, profile }) => {
        const { output, warnings } = await render(renderPdf, circular, profile);
        const file = join(dir, `p${fileNo++}.pdf`);
        writeFileSync(file, output);
        const qpdf = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
        expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
        const text = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
        // Known gap (reported): the PDF's ordering panel does not show publication.subtitles.
        const shown = { ...circular, publication: circular.publication && { ...circular.publication, subtitles: [] } };
        // Known limit (fontkit): a mark the font composes into a letter (ạ̈) can drop out of
        // the text layer though it is drawn; the letter itself must be there.
        expect(silentlyDropped(stringsOf([shown, profile]), text, warnings, true)).toEqual([]);
      }),
      { seed: SEED, numRuns: 15, endOnFailure: true },
    );
  }, 90_000);

  it("renders a 10 000-item list in both formats (once, not every run)", async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `Punkt ${i + 1}: Straße & <Weg> ]]> ${"ä".repeat(i % 7)}`);
    const circular = parseCircular({ id: "long-list", issuer: "Städtetag", title: "Lange Liste", body: [{ type: "list", items }] });
    const docx = await renderDocx(circular, { date: "2024-03-01" });
    const docxFile = join(dir, "list.docx");
    writeFileSync(docxFile, docx);
    const parts = JSON.parse(spawnSync("python3", [docxParts, docxFile], { encoding: "utf8", maxBuffer: 64 << 20 }).stdout) as { errors: string[]; text: string };
    expect(parts.errors).toEqual([]);
    expect(parts.text).toContain(items[9_999]);
    const pdf = await renderPdf(circular, { date: "2024-03-01" });
    const pdfFile = join(dir, "list.pdf");
    writeFileSync(pdfFile, pdf);
    expect(spawnSync("qpdf", ["--check", pdfFile]).status).toBe(0);
    expect(spawnSync("pdftotext", ["-enc", "UTF-8", pdfFile, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }).stdout).toContain("Punkt 10000:");
  }, 120_000);
});
