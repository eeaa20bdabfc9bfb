// `pnpm test` (turbo) runs a package's tests only after that package's own
// build: several read what their build writes into dist/ (the hyphenation
// trie, the shaping tables, the Word style sheet, the CLI's bundle). With
// only `^build`, another package's tests could start this package's build
// while its own tests ran; tsup empties dist/ first, and the hyphenation
// tests failed that way whenever the build was not in turbo's cache.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

interface TurboTask {
  dependsOn?: string[];
}
const turboTasks = (file: string): Record<string, TurboTask> => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { tasks?: Record<string, TurboTask> }).tasks ?? {} : {});

/** Every workspace package that has both a build and a test script, by folder. */
const packages = ["packages", "apps"]
  .flatMap((group) => readdirSync(join(repoRoot, group)).map((name) => join(group, name)))
  .filter((dir) => existsSync(join(repoRoot, dir, "package.json")))
  .filter((dir) => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, dir, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
    return scripts.build !== undefined && scripts.test !== undefined;
  });

describe("turbo's task order", () => {
  it("finds the packages it checks", () => {
    expect(packages).toEqual(expect.arrayContaining(["packages/hyphenation", "packages/pdf", "packages/docx", "apps/cli", "apps/web"]));
  });

  it.each(packages)("%s: its tests wait for its own build and its dependencies' builds", (dir) => {
    // A package's own turbo.json replaces the root's task definition when it names the task.
    const own = turboTasks(join(repoRoot, dir, "turbo.json")).test;
    const test = own ?? turboTasks(join(repoRoot, "turbo.json")).test;
    expect(test?.dependsOn ?? []).toEqual(expect.arrayContaining(["^build", "build"]));
  });
});
