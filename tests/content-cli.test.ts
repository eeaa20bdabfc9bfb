import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCli, runInProcess, tempDir } from "./support/run.js";
import { repoRoot } from "./support/paths.js";

const dir = tempDir();

// The commands' answers are checked in this process (runInProcess: the CLI's
// command layer, without a cold start per run); what only the built CLI has
// (--version from the bundle, an unknown command, the working folder) runs it.
describe("handreichung list / export / validate / schema", () => {
  it("lists the built-in circular and its model ids", async () => {
    const { code, stdout } = await runInProcess(["list"]);
    expect(code).toBe(0);
    expect(stdout).toContain("stgb-nrw-441-2004");
    for (const id of ["arnsberg", "essen", "paderborn", "wuppertal"]) expect(stdout).toContain(id);
    const json = JSON.parse((await runInProcess(["list", "--json"])).stdout);
    expect(json[0].models.map((m: { id: string }) => m.id)).toEqual(["arnsberg", "essen", "paderborn", "wuppertal"]);
  });

  it("validate accepts what export writes, in JSON and YAML", async () => {
    for (const ext of ["json", "yaml"]) {
      const file = join(dir, `circular.${ext}`);
      expect((await runInProcess(["export", "-o", file])).code).toBe(0);
      const { code, stdout } = await runInProcess(["validate", file]);
      expect({ code, stdout }).toEqual({ code: 0, stdout: `${file}: ok (circular stgb-nrw-441-2004)\n` });
    }
  });

  it("export takes the format from the file's extension: YAML that is no JSON, Markdown reading text", async () => {
    const json = JSON.parse((await runInProcess(["export"])).stdout);
    const yamlFile = join(dir, "by-extension.yaml");
    expect((await runInProcess(["export", "-o", yamlFile])).code).toBe(0);
    const yaml = readFileSync(yamlFile, "utf8");
    // JSON is YAML too: this is YAML's own block style, and read back it is the same circular.
    expect(yaml.trimStart().startsWith("{")).toBe(false);
    expect(yaml).toMatch(/^title: Handbuch Integrationsarbeit$/m);
    expect(JSON.parse((await runInProcess(["export", "--content", yamlFile])).stdout)).toEqual(json);
    const mdFile = join(dir, "by-extension.md");
    expect((await runInProcess(["export", "-o", mdFile])).code).toBe(0);
    expect(readFileSync(mdFile, "utf8").startsWith("# Handbuch Integrationsarbeit\n")).toBe(true);
  });

  it("validate rejects a broken copy with the file and field path, exit 1", async () => {
    const circular = JSON.parse((await runInProcess(["export"])).stdout);
    delete circular.models[2].municipality;
    circular.models[0].text = "not a list";
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(circular));
    const { code, stderr, stdout } = await runInProcess(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${file}: models[0].text: Expected array, received string\n${file}: models[2].municipality: Required\n`);
  });

  it("validate detects profiles and reports every file", async () => {
    const good = join(dir, "profile.yaml");
    writeFileSync(good, "name: Stadt Musterstadt\ndepartment: Integrationsbüro\n");
    const bad = join(dir, "profile-bad.json");
    writeFileSync(bad, JSON.stringify({ name: "", date: "2024-02-30" }));
    const { code, stdout, stderr } = await runInProcess(["validate", good, bad]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${good}: ok (profile "Stadt Musterstadt")\n`);
    expect(stderr).toBe(`${bad}: name: must not be empty\n${bad}: date: must be a real date as YYYY-MM-DD\n`);
  });

  it("export writes Markdown reading text", async () => {
    const { code, stdout } = await runInProcess(["export", "--format", "md"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Handbuch Integrationsarbeit\n")).toBe(true);
    expect(stdout).toContain("### Kreis Paderborn");
    expect(stdout).toContain("- schildert strategische Herangehensweisen");
    expect(stdout.trimEnd().endsWith("Az.: I/1 800")).toBe(true);
  });

  it("export and schema refuse an unknown id or kind as usage errors (exit 2), naming the valid ones", async () => {
    expect(await runInProcess(["export", "nope"])).toMatchObject({ code: 2, stderr: 'export: unknown circular id "nope"; valid: stgb-nrw-441-2004\n' });
    expect(await runInProcess(["export", "stgb-nrw-441-2004", "--content", "x.json"])).toMatchObject({ code: 2, stderr: "export: give either an id or --content, not both\n" });
    expect(await runInProcess(["schema", "foo"])).toMatchObject({ code: 2, stderr: 'schema: unknown kind "foo"; valid: circular, profile\n' });
  });

  it("schema writes JSON Schemas that accept the shipped JSON and reject a broken copy", async () => {
    const out = join(dir, "schemas");
    expect((await runInProcess(["schema", "-o", out])).code).toBe(0);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validateCircular = ajv.compile(JSON.parse(readFileSync(join(out, "circular.schema.json"), "utf8")));
    const shipped = JSON.parse(readFileSync(join(repoRoot, "packages/content/dist/circulars/stgb-nrw-441-2004.json"), "utf8"));
    expect(validateCircular(shipped)).toBe(true);
    expect(validateCircular({ ...shipped, extra: 1 })).toBe(false);
    expect(validateCircular({ ...shipped, title: undefined })).toBe(false);
    const validateProfile = ajv.compile(JSON.parse(readFileSync(join(out, "profile.schema.json"), "utf8")));
    expect(validateProfile({ name: "Gemeinde X", contact: { email: "a@b.de" } })).toBe(true);
    expect(validateProfile({ department: "ohne Namen" })).toBe(false);
  });

  it("--help works on every command and bad usage is exit 2", async () => {
    for (const cmd of ["list", "export", "validate", "schema", "import", "pdf", "docx", "build", "batch"]) {
      const { code, stdout } = await runInProcess([cmd, "--help"]);
      expect(code, cmd).toBe(0);
      expect(stdout, cmd).toContain(`Usage: handreichung ${cmd}`);
    }
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCli(["frobnicate"]).code).toBe(2);
    expect((await runInProcess(["export", "--format", "pdf"])).code).toBe(2);
    expect((await runInProcess(["validate"])).code).toBe(2);
  });

  it("a bare handreichung builds both documents into out/", () => {
    const cwd = join(dir, "bare");
    mkdirSync(cwd);
    const { code, stderr } = runCli([], { cwd, env: { SOURCE_DATE_EPOCH: "1768435200" } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "wrote out/handreichung.pdf\nwrote out/vorlage.docx\n" });
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["handreichung.pdf", "vorlage.docx"]);
  });

  it("pdf and docx write handreichung.pdf and vorlage.docx by default; schema KIND prints one schema", async () => {
    const cwd = join(dir, "defaults");
    mkdirSync(cwd);
    expect(runCli(["pdf", "--date", "2026-01-15"], { cwd })).toMatchObject({ code: 0, stderr: "wrote handreichung.pdf\n" });
    expect(runCli(["docx", "--date", "2026-01-15"], { cwd })).toMatchObject({ code: 0, stderr: "wrote vorlage.docx\n" });
    expect(readdirSync(cwd).sort()).toEqual(["handreichung.pdf", "vorlage.docx"]);
    const { code, stdout } = await runInProcess(["schema", "profile"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: "object", required: ["name"] });
  });
});
