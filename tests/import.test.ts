import { checkDocx, checkPdf, formatFindings, SEED_FILE } from "@handreichung/checks";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { runCli, runInProcess, tempDir, type RunResult } from "./support/run.js";

const dir = tempDir("handreichung-import-");
const fixtures = join(repoRoot, "packages/import/fixtures");
const texts = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => join(fixtures, f));
const seedFile = SEED_FILE;

/**
 * The source as the coverage check reads it: without the BOM (an encoding
 * detail), and without the lines the import dropped as page furniture (each
 * named in a warning on stderr), which the check does not all know as furniture.
 */
function sourceText(file: string, stderr: string): string {
  const dropped = new Set([...stderr.matchAll(/^warning: .*?: dropped page furniture: (".*")$/gm)].map((m) => JSON.parse(m[1]!) as string));
  const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").split("\n");
  return lines.filter((line) => !dropped.has(line.replace(/\s+/g, " ").trim())).join("\n");
}

describe("import, validate, render: any circular", () => {
  // The seed goes through the built CLI, as a user runs it; the other fixtures,
  // and the import command's messages below, through the same command layer in
  // this process (the documents and lines are the subject here, and a cold
  // start per command would cost the suite a minute).
  it.each([seedFile, ...texts].map((file) => [relative(repoRoot, file), file]))("%s round-trips into a handout and a template with every sentence", async (_name, file) => {
    const cli: (args: string[]) => Promise<RunResult> = file === seedFile ? async (args) => runCli(args) : runInProcess;
    const name = basename(file, ".txt");
    const json = join(dir, `${name}.json`);
    const imported = await cli(["import", file, "-o", json]);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await cli(["validate", json])).code).toBe(0);
    const out = join(dir, name);
    const built = await cli(["build", "--content", json, "-o", out, "--date", "2026-01-15"]);
    expect(built.code, built.stderr).toBe(0);
    const source = sourceText(file, imported.stderr);
    const pdf = await checkPdf(readFileSync(join(out, "handreichung.pdf")), { source });
    expect(formatFindings(pdf.findings)).toBe("");
    const docx = checkDocx(readFileSync(join(out, "vorlage.docx")), { source });
    expect(formatFindings(docx.findings)).toBe("");
  }, 120_000);

  it("the seed imports to the same facts as the built-in circular", async () => {
    const { code, stdout } = await runInProcess(["import", seedFile, "--strict"]);
    expect(code).toBe(0);
    const circular = JSON.parse(stdout);
    const builtIn = JSON.parse((await runInProcess(["export"])).stdout);
    for (const key of ["id", "category", "number", "year", "date", "title", "fileReference"]) expect(circular[key], key).toEqual(builtIn[key]);
    expect(circular.models).toEqual([]);
  });

  it("several files go into a folder, and a bad one fails alone with exit 1", async () => {
    const empty = join(dir, "leer.txt");
    writeFileSync(empty, "\n\n");
    const out = join(dir, "many");
    const { code, stderr } = await runInProcess(["import", texts[0]!, empty, texts[1]!, "-o", out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${empty}: the file is empty`);
    expect(readdirSync(out).sort()).toEqual([`${basename(texts[0]!, ".txt")}.json`, `${basename(texts[1]!, ".txt")}.json`].sort());
  });

  it("--strict fails when the text does not say what a circular must", async () => {
    const bodyOnly = texts.find((t) => t.includes("body-only"))!;
    const { code, stderr } = await runInProcess(["import", bodyOnly, "--strict"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${bodyOnly.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*missing`));
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a text that is no circular is exit 1 with one line", async () => {
    const prose = join(dir, "prosa.txt");
    writeFileSync(prose, "Einkaufsliste\n\nMilch, Brot, Butter.\n");
    const { code, stderr } = await runInProcess(["import", prose]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${prose}: `)).toBe(true);
  });

  it("names every dropped line on stderr; a cut-off text is marked incomplete, and --strict refuses it", async () => {
    const banner = join(fixtures, "furniture-banner.txt");
    const { code, stderr } = await runInProcess(["import", banner, "-o", join(dir, "banner.json")]);
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: ${banner}: dropped page furniture: "Impressionen vom"`);
    expect(stderr).toContain(`warning: ${banner}: dropped page furniture: "Drucken | Teilen | Link kopieren"`);

    const cut = join(fixtures, "cut-off.txt");
    const json = join(dir, "cut-off.json");
    const lenient = await runInProcess(["import", cut, "-o", json]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('the text stops mid-sentence (last words "Vergabe die Eignung der Bieter sorgfältig zu prü")');
    expect(JSON.parse(readFileSync(json, "utf8")).incomplete).toEqual({ lastWords: "Vergabe die Eignung der Bieter sorgfältig zu prü" });
    const strict = await runInProcess(["import", cut, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr.trim().split("\n")).toEqual([
      `${cut}: missing required field(s) (strict): fileReference; the text is cut off after "Vergabe die Eignung der Bieter sorgfältig zu prü"`,
    ]);
  });

  it("other publishers import; their press releases and news are refused with one line", async () => {
    const lkt = await runInProcess(["import", join(fixtures, "lkt-nrw-rundschreiben.txt"), "--strict"]);
    expect(lkt.code, lkt.stderr).toBe(0);
    expect(JSON.parse(lkt.stdout)).toMatchObject({ id: "lkt-nrw-245-2023", issuer: "Landkreistag Nordrhein-Westfalen", number: 245, year: 2023 });
    const refused = readdirSync(join(fixtures, "refused"));
    const runs = [];
    for (const name of refused) runs.push(await runInProcess(["import", join(fixtures, "refused", name)]));
    for (const [i, name] of refused.entries()) {
      const file = join(fixtures, "refused", name);
      const { code, stderr } = runs[i]!;
      expect(code, name).toBe(1);
      expect(stderr.trim().split("\n"), name).toHaveLength(1);
      expect(stderr.startsWith(`${file}: not a circular`), name).toBe(true);
    }
  });
});

