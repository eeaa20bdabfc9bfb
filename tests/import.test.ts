import { checkDocx, checkPdf, formatFindings, SEED_FILE } from "@handreichung/checks";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-import-");
const fixtures = join(repoRoot, "packages/import/fixtures");
const texts = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => join(fixtures, f));
const seedFile = SEED_FILE;

describe("import, validate, render: any circular", () => {
  it.each([seedFile, ...texts].map((file) => [relative(repoRoot, file), file]))("%s round-trips into a handout and a template with every sentence", async (_name, file) => {
    const name = basename(file, ".txt");
    const json = join(dir, `${name}.json`);
    const imported = runCli(["import", file, "-o", json]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(runCli(["validate", json]).code).toBe(0);
    const out = join(dir, name);
    const built = runCli(["build", "--content", json, "-o", out, "--date", "2026-01-15"]);
    expect(built.code, built.stderr).toBe(0);
    // The text as the coverage check reads it: a byte-order mark is an encoding detail.
    const source = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const pdf = await checkPdf(readFileSync(join(out, "handreichung.pdf")), { source });
    expect(formatFindings(pdf.findings)).toBe("");
    const docx = checkDocx(readFileSync(join(out, "vorlage.docx")), { source });
    expect(formatFindings(docx.findings)).toBe("");
  }, 120_000);

  it("the seed imports to the same facts as the built-in circular", () => {
    const { code, stdout } = runCli(["import", seedFile, "--strict"]);
    expect(code).toBe(0);
    const circular = JSON.parse(stdout);
    const builtIn = JSON.parse(runCli(["export"]).stdout);
    for (const key of ["id", "category", "number", "year", "date", "title", "fileReference"]) expect(circular[key], key).toEqual(builtIn[key]);
    expect(circular.models).toEqual([]);
  });

  it("several files go into a folder, and a bad one fails alone with exit 1", () => {
    const empty = join(dir, "leer.txt");
    writeFileSync(empty, "\n\n");
    const out = join(dir, "many");
    const { code, stderr } = runCli(["import", texts[0]!, empty, texts[1]!, "-o", out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${empty}: the file is empty`);
    expect(readdirSync(out).sort()).toEqual([`${basename(texts[0]!, ".txt")}.json`, `${basename(texts[1]!, ".txt")}.json`].sort());
  });

  it("--strict fails when the text does not say what a circular must", () => {
    const bodyOnly = texts.find((t) => t.includes("body-only"))!;
    const { code, stderr } = runCli(["import", bodyOnly, "--strict"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${bodyOnly.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*missing`));
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a text that is no circular is exit 1 with one line", () => {
    const prose = join(dir, "prosa.txt");
    writeFileSync(prose, "Einkaufsliste\n\nMilch, Brot, Butter.\n");
    const { code, stderr } = runCli(["import", prose]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${prose}: `)).toBe(true);
  });
});
