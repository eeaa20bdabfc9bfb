import { checkDocx, checkPdf, convertWithLibreOffice, formatFindings, needTools, pdfElements, popplerFindings, qpdfFindings, readPdf, seedText } from "@handreichung/checks";
import { missingSentences } from "@handreichung/content";
import { unzipSync } from "fflate";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { runCli, runInProcess, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-documents-");
const profile = join(repoRoot, "tests/fixtures/profile.yaml");
const source = seedText();
const out = join(dir, "out");
const pdfFile = join(dir, "musterstadt.pdf");
const docxFile = join(dir, "musterstadt.docx");

// The documents are checked as the command layer writes them, run in this
// process (no cold start per run); the rerun below, through the built CLI in
// another time zone, must give the same bytes.
describe("handreichung build, pdf and docx on the built-in circular", () => {
  it("build writes both documents, and both pass the project's checks", async () => {
    const { code, stderr } = await runInProcess(["build", "-o", out, "--date", "2026-01-15"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: `wrote ${out}/handreichung.pdf\nwrote ${out}/vorlage.docx\n` });
    const pdf = await checkPdf(readFileSync(join(out, "handreichung.pdf")), { source, pages: { min: 2, max: 4 } });
    expect(formatFindings(pdf.findings)).toBe("");
    const docx = checkDocx(readFileSync(join(out, "vorlage.docx")), { source });
    expect(formatFindings(docx.findings)).toBe("");
    const fields = docx.document!.contentControls.filter((c) => c.bound);
    expect([...new Set(fields.map((c) => c.tag))].sort()).toEqual(["amt", "anschrift", "ansprechperson", "email", "kommune", "stand", "telefon", "website"]);
    expect(fields.every((c) => c.showingPlaceholder)).toBe(true);
  }, 240_000);

  it("a personalised handout and template with a logo pass the checks, the template filled", async () => {
    expect((await runInProcess(["pdf", "--profile", profile, "-o", pdfFile, "--date", "2026-01-15"])).code).toBe(0);
    const docxRun = await runInProcess(["docx", "--profile", profile, "-o", docxFile, "--date", "2026-01-15"]);
    expect(docxRun).toMatchObject({ code: 0, stderr: `wrote ${docxFile}\n` });
    const pdf = await checkPdf(readFileSync(pdfFile), { source, pages: { min: 2, max: 4 } });
    expect(formatFindings(pdf.findings)).toBe("");
    const figures = pdfElements(pdf.document!).filter((n) => n.role === "Figure");
    expect(figures.map((f) => f.alt)).toEqual(["Wappen der Stadt Musterstadt"]);
    const docx = checkDocx(readFileSync(docxFile), { source, filled: true });
    expect(formatFindings(docx.findings)).toBe("");
  }, 240_000);

  // Other code than the project's checks reads the same files: poppler and qpdf the PDFs, LibreOffice the templates (after the .dotx is written).
  it("poppler and qpdf read both handouts alike: tagged, A4, fonts embedded, every sentence", (context) => {
    needTools(context, "pdfinfo", "pdffonts", "pdftotext", "qpdf");
    for (const file of [join(out, "handreichung.pdf"), pdfFile]) {
      const bytes = readFileSync(file);
      expect(formatFindings([...popplerFindings(bytes, { source }), ...qpdfFindings(bytes)]), file).toBe("");
    }
  });

  it("a profile without contact data leaves those fields showing their prompt and says which", async () => {
    const small = join(dir, "small.yaml");
    writeFileSync(small, "name: Gemeinde Kleinort\n");
    const file = join(dir, "small.docx");
    const { code, stderr } = await runInProcess(["docx", "--profile", small, "-o", file, "--date", "2026-01-15"]);
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: ${small}: no value for amt, ansprechperson, telefon, email, anschrift, website; these fields show their prompt in the template`);
  });

  it("is byte-identical on a rerun with the same date, and SOURCE_DATE_EPOCH works like --date", () => {
    // The first test built with --date 2026-01-15; this rerun uses the epoch of that day's first second (UTC),
    // where the clock still shows the 14th: the epoch is a UTC date, never the machine's.
    const again = join(dir, "again");
    expect(runCli(["build", "-o", again], { env: { SOURCE_DATE_EPOCH: "1768435200", TZ: "America/Los_Angeles" } }).code).toBe(0);
    for (const f of ["handreichung.pdf", "vorlage.docx"]) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it("-o - writes the PDF to standard output", () => {
    const { code, stdout } = runCli(["pdf", "-o", "-", "--date", "2026-01-15"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("%PDF-1.7")).toBe(true);
  });

  it("an unknown model id is exit 1 naming the valid ids, and nothing is written", async () => {
    const file = join(dir, "never.pdf");
    const { code, stderr } = await runInProcess(["pdf", "--models", "essen,bochum", "-o", file]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '--models: unknown model id "bochum"; valid: arnsberg, essen, paderborn, wuppertal\n' });
    expect(existsSync(file)).toBe(false);
  });

  it("--list-placeholders prints every field with its meaning", async () => {
    const { code, stdout } = await runInProcess(["docx", "--list-placeholders"]);
    expect(code).toBe(0);
    const keys = stdout.trim().split("\n").map((l) => /^(\w+)\s+\S.*: \S/.exec(l)?.[1]);
    expect(keys).toEqual(["kommune", "stand", "amt", "ansprechperson", "telefon", "email", "anschrift", "website"]);
  });

  it("-o FILE.dotx and build --dotx write a Word template (LibreOffice opens it below), with the fields bound", async () => {
    const file = join(dir, "vorlage.dotx");
    expect(await runInProcess(["docx", "-o", file, "--date", "2026-01-15"])).toMatchObject({ code: 0, stderr: `wrote ${file}\n` });
    const bytes = readFileSync(file);
    const types = new TextDecoder().decode(unzipSync(bytes)["[Content_Types].xml"]);
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" PartName="/word/document.xml"');
    const check = checkDocx(bytes, { source });
    expect(formatFindings(check.findings)).toBe("");
    expect(new Set(check.document!.contentControls.filter((c) => c.bound).map((c) => c.tag)).size).toBe(8);
    const out = join(dir, "with-dotx");
    const { code, stderr } = await runInProcess(["build", "--dotx", "-o", out, "--date", "2026-01-15"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: `wrote ${out}/handreichung.pdf\nwrote ${out}/vorlage.docx\nwrote ${out}/vorlage.dotx\n` });
  }, 240_000);

  it("docx --dotx alone writes vorlage.dotx in the working folder, the same template as -o FILE.dotx", () => {
    const cwd = join(dir, "dotx-here");
    mkdirSync(cwd);
    const run = runCli(["docx", "--dotx", "--date", "2026-01-15"], { cwd });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "wrote vorlage.dotx\n" });
    expect(readFileSync(join(cwd, "vorlage.dotx")).equals(readFileSync(join(dir, "vorlage.dotx")))).toBe(true);
  });

  it("LibreOffice opens the three templates (two .docx, one .dotx) and sets every source sentence", async (context) => {
    needTools(context, "soffice");
    const files = [join(out, "vorlage.docx"), docxFile, join(dir, "vorlage.dotx")];
    const converted = convertWithLibreOffice(files.map((f) => readFileSync(f)));
    for (const [i, result] of converted.entries()) {
      if ("finding" in result) throw new Error(`${files[i]}: ${result.finding.message}`);
      const text = (await readPdf(result.pdf, { fonts: false })).pages.map((p) => p.text).join("\n");
      expect(missingSentences(source, text), files[i]).toEqual([]);
    }
  }, 240_000);

  it("a bad logo is exit 1 naming the profile field", async () => {
    const bad = join(dir, "bad-logo.yaml");
    writeFileSync(join(dir, "logo.gif"), "GIF89a\x01\x00\x01\x00");
    writeFileSync(bad, "name: Stadt X\nlogo:\n  path: logo.gif\n  alt: Logo\n");
    copyFileSync(join(repoRoot, "tests/fixtures/logo.png"), join(dir, "logo.png"));
    const { code, stderr } = await runInProcess(["pdf", "--profile", bad, "-o", join(dir, "x.pdf")]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: `${bad}: logo.path: logo.gif: not a readable PNG or JPEG image\n` });
  });
});
