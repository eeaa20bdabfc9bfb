import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";

const dir = tempDir("handreichung-determinism-");
const profile = join(repoRoot, "tests/fixtures/profile.yaml");

const environments: Record<string, NodeJS.ProcessEnv> = {
  kiritimati: { TZ: "Pacific/Kiritimati", LANG: "C", LC_ALL: "C" },
  losAngeles: { TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
  utcEpoch: { TZ: "UTC", LANG: "C.UTF-8", SOURCE_DATE_EPOCH: "1768435200" },
};

describe("the same input gives the same bytes", () => {
  it("under any time zone and locale, with --date or SOURCE_DATE_EPOCH, personalised with a logo", () => {
    const outputs = Object.entries(environments).map(([name, env]) => {
      const out = join(dir, name);
      const args = ["build", "--profile", profile, "-o", out, ...(env.SOURCE_DATE_EPOCH ? [] : ["--date", "2026-01-15"])];
      const { code, stderr } = runCli(args, { env });
      expect(code, stderr).toBe(0);
      return ["handreichung.pdf", "vorlage.docx"].map((f) => readFileSync(join(out, f)));
    });
    for (const [pdf, docx] of outputs.slice(1)) {
      expect(pdf!.equals(outputs[0]![0]!)).toBe(true);
      expect(docx!.equals(outputs[0]![1]!)).toBe(true);
    }
  }, 120_000);
});
