import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInputs, lineMatcher, substitute, treeOf, type BadInputCase, type ExpectedLine, type Placeholders } from "./support/bad-input.js";
import { cliPath } from "./support/paths.js";
import { runInProcess, tempDir } from "./support/run.js";

const badDir = fileURLToPath(new URL("./fixtures/bad/", import.meta.url));
const { cases } = JSON.parse(readFileSync(join(badDir, "cases.json"), "utf8")) as { cases: BadInputCase[] };
const root = tempDir("handreichung-bad-");
const gen = join(root, "generated");
const fixturesBefore = treeOf(badDir);

beforeAll(() => {
  mkdirSync(gen);
  generateInputs(gen, readFileSync(new URL("./fixtures/logo.png", import.meta.url)));
});

afterAll(() => {
  // The CLI must never write next to its inputs.
  expect(treeOf(badDir)).toEqual(fixturesBefore);
});

/**
 * Cases whose subject is the process rather than the command layer run the
 * built CLI: the environment (SOURCE_DATE_EPOCH), a batch's worker threads
 * (files of the bundle: only with --jobs above 1, as the corpus's lists are
 * short, under the 48 rows for which apps/cli/src/batch/default-jobs.ts adds a
 * worker), and nesting as deep as a fresh process's stack. The
 * others run the same command layer inside this process (runInProcess): the
 * same code path from the arguments to the exit code, without a cold start
 * each (the corpus was a sixth of the suite's CPU time as 93 processes).
 */
function runsAsProcess(c: BadInputCase): boolean {
  const jobs = c.args.indexOf("--jobs");
  const threads = c.args[0] === "batch" && jobs >= 0 && Number(c.args[jobs + 1]) > 1;
  return c.env !== undefined || threads || c.generate?.startsWith("deep-") === true;
}

/** Async, so two cases run at once on two cores. */
function spawnCli(args: string[], env: Record<string, string> = {}, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const linesOf = (text: string) => text.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1);

function expectLines(actual: string[], expected: ExpectedLine[], values: Placeholders, unordered = false): void {
  const matchers = expected.map((line) => lineMatcher(line, values));
  if (unordered) {
    expect(actual.length, actual.join("\n")).toBe(matchers.length);
    for (const m of matchers) expect(actual.some((l) => m.test(l)), `${m} in\n${actual.join("\n")}`).toBe(true);
    return;
  }
  // Compared as one list so a failure shows every line at once.
  expect(actual.map((line, i) => (matchers[i]?.test(line) ? "ok" : line))).toEqual(matchers.map(() => "ok"));
}

describe.concurrent("bad input: a clear error and nothing changed", () => {
  it("has at least 40 cases with unique ids", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  for (const c of cases) {
    it(`${c.id}: ${c.title}`, async () => {
      const caseRoot = mkdtempSync(join(root, `${c.id}-`));
      const out = join(caseRoot, "out");
      mkdirSync(out);
      for (const [file, text] of Object.entries(c.seed ?? {})) writeFileSync(join(out, file), text);
      const before = treeOf(out);
      const values: Placeholders = { dir: join(badDir, c.id).replace(/\/$/, ""), out, gen };
      const args = c.args.map((a) => substitute(a, values));

      let result: { code: number | null; stdout: string; stderr: string };
      if (runsAsProcess(c)) result = await spawnCli(args, c.env, caseRoot);
      else {
        // In this process the working folder is this one: nothing may appear in it either.
        const here = readdirSync(process.cwd()).sort();
        result = await runInProcess(args);
        expect(readdirSync(process.cwd()).sort()).toEqual(here);
      }

      // No stack trace and never "internal error", whatever else goes wrong.
      expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
      expect(result.code, result.stderr).not.toBe(70);
      expectLines(linesOf(result.stderr), c.stderr, values, c.unordered);
      if (c.stdout) expectLines(linesOf(result.stdout), c.stdout, values);
      expect(result.code, result.stderr).toBe(c.code);

      // Seeded files unchanged, exactly the expected files created, no temp file left.
      const after = treeOf(out);
      const created = c.created ?? [];
      expect(Object.keys(after).sort()).toEqual([...Object.keys(before), ...created].sort());
      for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
      expect(readdirSync(caseRoot)).toEqual(["out"]);
      for (const file of created) expect(readFileSync(join(out, file)).length, file).toBeGreaterThan(0);
      expect(Object.keys(after).filter((f) => /(^|\/)\.[^/]*\.tmp$/.test(f) || dirname(f).startsWith(".."))).toEqual([]);
    }, 60_000);
  }
});
