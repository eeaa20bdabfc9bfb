import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

/** The repository's files as git tracks them; a copy without .git is walked instead. */
function trackedFiles(): string[] {
  const git = spawnSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" });
  if (git.status === 0) return git.stdout.split("\0").filter((f) => f !== "");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      if (["node_modules", "dist", ".turbo", "out", ".git"].includes(e.name)) continue;
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk("");
  return out;
}

/** Text files other than Markdown (prose may name the outside checks); binary fixtures and the lockfile left out. */
const files = trackedFiles()
  .filter((f) => !f.endsWith(".md") && f !== "pnpm-lock.yaml")
  .map((f) => ({ file: f, text: readFileSync(join(repoRoot, f)) }))
  .filter(({ text }) => !text.includes(0))
  .map(({ file, text }) => ({ file, text: text.toString("utf8") }));

// Written in pieces, so this file does not contain what it looks for.
const slash = "/";
const MACHINE_PATH = new RegExp(`(^|[\\s"'\`(=:])${slash}(work|home|root|Users|mnt|srv)${slash}`);
const OUTSIDE = new RegExp(`\\.\\.${slash}shared|shared${slash}(seed|checks)`);
const WINDOWS_PATH = /\b[A-Z]:\\(Users|work)\\/;

describe("the repository stands alone", () => {
  it("sees the files it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([".ci/run", "package.json", "tests/support/paths.ts"]));
  });

  it("recognises what it looks for", () => {
    const w = `${slash}work${slash}`;
    expect([`const SEED = "${w}x/seed.txt";`, `cd ${slash}home${slash}me`, `readFileSync("../../..${slash}shared${slash}seed${slash}a.txt")`, "C:\\Users\\me"].map((l) => MACHINE_PATH.test(l) || OUTSIDE.test(l) || WINDOWS_PATH.test(l))).toEqual([true, true, true, true]);
    expect(["/proc/handreichung-test/out", "#!/usr/bin/env node", `a${slash}work${slash}b`, "tests/tmp/"].some((l) => MACHINE_PATH.test(l) || OUTSIDE.test(l))).toBe(false);
  });

  it("no file names an absolute machine path or the folder beside the repository", () => {
    const hits = files.flatMap(({ file, text }) =>
      text.split("\n").flatMap((line, i) => (MACHINE_PATH.test(line) || OUTSIDE.test(line) || WINDOWS_PATH.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it("every path a source file builds from its own location stays inside the repository", () => {
    const root = resolve(repoRoot);
    const escapes: string[] = [];
    let seen = 0;
    for (const { file, text } of files.filter((f) => /\.(ts|mjs|js)$/.test(f.file))) {
      for (const m of text.matchAll(/new URL\(\s*(["'`])([^"'`$]+)\1\s*,\s*import\.meta\.url\s*\)/g)) {
        seen++;
        const target = fileURLToPath(new URL(m[2]!, `file://${join(root, file)}`));
        if (target !== root && !target.startsWith(root + sep)) escapes.push(`${file}: ${m[2]} -> ${relative(root, target)}`);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(escapes).toEqual([]);
  });

  it("the tests compare against the published text kept in the repository", () => {
    const fixture = readFileSync(join(repoRoot, "fixtures/stgb-nrw-441-2004.txt"), "utf8");
    expect(fixture.startsWith("Mitteilungen - Recht, Personal, Organisation\n")).toBe(true);
    expect(fixture).toContain("StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    expect(readFileSync(join(repoRoot, "fixtures/README.md"), "utf8")).toMatch(/published by the Städte- und Gemeindebund/);
  });
});
