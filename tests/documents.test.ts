import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, seedFile } from "./support/paths.js";
import { runCheck, runCli, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-documents-");
const profile = join(repoRoot, "tests/fixtures/profile.yaml");

describe("handreichung build, pdf and docx on the built-in circular", () => {
  it("build writes both documents, and both pass the shared checks", () => {
    const out = join(dir, "out");
    const { code, stderr } = runCli(["build", "-o", out, "--date", "2026-01-15"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: `wrote ${out}/handreichung.pdf\nwrote ${out}/vorlage.docx\n` });
    const pdf = runCheck("pdf_check.py", [join(out, "handreichung.pdf"), "--source", seedFile]);
    expect(pdf.stdout).toMatch(/^pdf_check: ok; pages [234];/m);
    const docx = runCheck("docx_check.py", [join(out, "vorlage.docx"), "--source", seedFile]);
    expect(docx.stdout).toMatch(/^docx_check: ok;/m);
  }, 240_000);

  it("a personalised handout and template with a logo pass the checks, the template filled", () => {
    const pdfFile = join(dir, "musterstadt.pdf");
    const docxFile = join(dir, "musterstadt.docx");
    expect(runCli(["pdf", "--profile", profile, "-o", pdfFile, "--date", "2026-01-15"]).code).toBe(0);
    const docxRun = runCli(["docx", "--profile", profile, "-o", docxFile, "--date", "2026-01-15"]);
    expect(docxRun).toMatchObject({ code: 0, stderr: `wrote ${docxFile}\n` });
    expect(runCheck("pdf_check.py", [pdfFile, "--source", seedFile]).stdout).toMatch(/^pdf_check: ok;/m);
    const docx = runCheck("docx_check.py", [docxFile, "--source", seedFile, "--filled"]);
    expect(docx.stdout).toMatch(/^docx_check: ok;.*placeholders 0, bound controls 8;/m);
  }, 240_000);

  it("a profile without contact data leaves those fields showing their prompt and says which", () => {
    const small = join(dir, "small.yaml");
    writeFileSync(small, "name: Gemeinde Kleinort\n");
    const file = join(dir, "small.docx");
    const { code, stderr } = runCli(["docx", "--profile", small, "-o", file, "--date", "2026-01-15"]);
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: ${small}: no value for amt, ansprechperson, telefon, email, anschrift, website; these fields show their prompt in the template`);
  });

  it("is byte-identical on a rerun with the same date, and SOURCE_DATE_EPOCH works like --date", () => {
    const runs = ["a", "b"].map((name) => {
      const out = join(dir, `det-${name}`);
      const args = name === "a" ? ["build", "-o", out, "--date", "2026-01-15"] : ["build", "-o", out];
      expect(runCli(args, { env: name === "b" ? { SOURCE_DATE_EPOCH: "1768435200", TZ: "Pacific/Kiritimati" } : { TZ: "America/Los_Angeles" } }).code).toBe(0);
      return ["handreichung.pdf", "vorlage.docx"].map((f) => readFileSync(join(out, f)));
    });
    expect(runs[0]![0]!.equals(runs[1]![0]!)).toBe(true);
    expect(runs[0]![1]!.equals(runs[1]![1]!)).toBe(true);
  });

  it("-o - writes the PDF to standard output", () => {
    const { code, stdout } = runCli(["pdf", "-o", "-", "--date", "2026-01-15"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("%PDF-1.7")).toBe(true);
  });

  it("an unknown model id is exit 1 naming the valid ids, and nothing is written", () => {
    const file = join(dir, "never.pdf");
    const { code, stderr } = runCli(["pdf", "--models", "essen,bochum", "-o", file]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '--models: unknown model id "bochum"; valid: arnsberg, essen, paderborn, wuppertal\n' });
    expect(existsSync(file)).toBe(false);
  });

  it("--list-placeholders prints every field with its meaning", () => {
    const { code, stdout } = runCli(["docx", "--list-placeholders"]);
    expect(code).toBe(0);
    const keys = stdout.trim().split("\n").map((l) => /^(\w+)\s+\S.*: \S/.exec(l)?.[1]);
    expect(keys).toEqual(["kommune", "stand", "amt", "ansprechperson", "telefon", "email", "anschrift", "website"]);
  });

  it("-o FILE.dotx and build --dotx write a Word template that LibreOffice opens, with the fields bound", () => {
    const file = join(dir, "vorlage.dotx");
    expect(runCli(["docx", "-o", file, "--date", "2026-01-15"])).toMatchObject({ code: 0, stderr: `wrote ${file}\n` });
    const types = execFileSync("python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('[Content_Types].xml').decode())", file], { encoding: "utf8" });
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" PartName="/word/document.xml"');
    const check = runCheck("docx_check.py", [file, "--source", seedFile]);
    expect(check.stdout).toMatch(/^docx_check: ok;.*bound controls 8;.*LibreOffice: \d+ pages/m);
    const out = join(dir, "with-dotx");
    const { code, stderr } = runCli(["build", "--dotx", "-o", out, "--date", "2026-01-15"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: `wrote ${out}/handreichung.pdf\nwrote ${out}/vorlage.docx\nwrote ${out}/vorlage.dotx\n` });
  }, 240_000);

  it("a bad logo is exit 1 naming the profile field", () => {
    const bad = join(dir, "bad-logo.yaml");
    writeFileSync(join(dir, "logo.gif"), "GIF89a\x01\x00\x01\x00");
    writeFileSync(bad, "name: Stadt X\nlogo:\n  path: logo.gif\n  alt: Logo\n");
    copyFileSync(join(repoRoot, "tests/fixtures/logo.png"), join(dir, "logo.png"));
    const { code, stderr } = runCli(["pdf", "--profile", bad, "-o", join(dir, "x.pdf")]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: `${bad}: logo.path: logo.gif: not a readable PNG or JPEG image\n` });
  });
});
