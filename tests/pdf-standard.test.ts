// --pdf-standard on the built CLI: by default one file that claims and meets
// PDF/A-2a and PDF/UA-1; ua-1 or a-2a for users who need only one; anything
// else is a usage error. The requirements themselves are tested clause by
// clause in packages/pdf (src/standard/conformance.test.ts). The documents come
// from the command layer run in this process; batch (its workers) and the usage
// errors from the built CLI.
import { claimedStandards, formatFindings, pdfStandardFindings } from "@handreichung/checks";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { runCli, runInProcess, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-standard-");
const profile = join(repoRoot, "tests/fixtures/profile.yaml");

describe("handreichung --pdf-standard", () => {
  it("pdf writes PDF/A-2a + PDF/UA-1 by default, meeting both", async () => {
    const file = join(dir, "both.pdf");
    expect((await runInProcess(["pdf", "--profile", profile, "--date", "2026-01-15", "-o", file])).code).toBe(0);
    const bytes = readFileSync(file);
    expect(await claimedStandards(bytes)).toEqual({ pdfa: "2a", pdfua: "1" });
    expect(formatFindings(await pdfStandardFindings(bytes))).toBe("");
  });

  it.each([
    ["ua-1", { pdfa: null, pdfua: "1" }, ["PDF/UA-1"]],
    ["a-2a", { pdfa: "2a", pdfua: null }, ["PDF/A-2a"]],
  ] as const)("pdf and build --pdf-standard %s claim only that, and meet it", async (standard, claims, parts) => {
    const file = join(dir, `${standard}.pdf`);
    expect((await runInProcess(["pdf", "--pdf-standard", standard, "--date", "2026-01-15", "-o", file])).code).toBe(0);
    expect(await claimedStandards(readFileSync(file))).toEqual(claims);
    expect(formatFindings(await pdfStandardFindings(readFileSync(file), { standards: parts }))).toBe("");
    const out = join(dir, `build-${standard}`);
    expect((await runInProcess(["build", "--pdf-standard", standard, "--date", "2026-01-15", "-o", out])).code).toBe(0);
    expect(readFileSync(join(out, "handreichung.pdf")).equals(readFileSync(file))).toBe(true);
  });

  it("batch passes it on to every PDF", async () => {
    const list = join(dir, "kommunen.csv");
    writeFileSync(list, "name,kind\nMusterstadt,Stadt\n");
    const out = join(dir, "batch");
    expect(runCli(["batch", list, "-o", out, "--format", "pdf", "--pdf-standard", "ua-1", "--date", "2026-01-15", "--quiet", "--jobs", "1"]).code).toBe(0);
    expect(await claimedStandards(readFileSync(join(out, "musterstadt", "handreichung.pdf")))).toEqual({ pdfa: null, pdfua: "1" });
  });

  it("an unknown standard is a usage error (exit 2) naming the choices, and nothing is written", () => {
    const file = join(dir, "never.pdf");
    const run = runCli(["pdf", "--pdf-standard", "a-3b", "-o", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: option '--pdf-standard <standard>' argument 'a-3b' is invalid. Allowed choices are both, ua-1, a-2a.\n");
    expect(() => readFileSync(file)).toThrow();
  });

  it("docx has no such option", () => {
    expect(runCli(["docx", "--pdf-standard", "ua-1", "-o", join(dir, "x.docx")]).code).toBe(2);
  });
});
