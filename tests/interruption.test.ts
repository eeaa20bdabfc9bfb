import { readDocx, readPdf } from "@handreichung/checks";
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";
import { tempWriteProbe } from "./support/write-probe.js";

const dir = tempDir("handreichung-interrupt-");

/**
 * Every file below `root`, relative, recursively. Read while the CLI renames
 * and removes files in it: the entry types come with the listing (no stat of
 * a name that may be gone by then), and a folder that vanishes counts as empty.
 */
function filesBelow(root: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesBelow(root, join(prefix, e.name)) : e.isFile() ? [join(prefix, e.name)] : []));
}

/** A final-named document is complete: the PDF ends with %%EOF and pdf.js reads it, the .docx unzips into well-formed parts. */
async function assertComplete(file: string): Promise<void> {
  const bytes = readFileSync(file);
  if (file.endsWith(".pdf")) {
    expect(bytes.subarray(-16).toString("latin1"), file).toMatch(/%%EOF\s*$/);
    expect((await readPdf(bytes, { fonts: false })).pages.length, file).toBeGreaterThan(0);
  }
  if (file.endsWith(".docx")) expect(readDocx(bytes).malformed, file).toEqual([]);
  if (file.endsWith(".json")) expect(() => JSON.parse(bytes.toString("utf8")), file).not.toThrow();
}

/** Starts the CLI and sends `signal` once `ready()` holds (or after `ms`). */
function interrupt(args: string[], signal: NodeJS.Signals, ready: () => boolean, ms = 20_000): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: "ignore" });
    const started = Date.now();
    const poll = setInterval(() => {
      if (ready() || Date.now() - started > ms) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on("exit", (code, sig) => {
      clearInterval(poll);
      resolve(code ?? (sig ? null : -1));
    });
  });
}

const profiles = join(dir, "kommunen.csv");
writeFileSync(profiles, ["name,department", ...Array.from({ length: 24 }, (_, i) => `Gemeinde ${i + 1},Amt ${i + 1}`)].join("\n"));

describe("interrupted runs", () => {
  it("SIGKILL in the middle of build leaves no truncated file, and the next run completes", async () => {
    const out = join(dir, "build");
    // Killed half-way through writing its first document: a probe writes half the bytes of the
    // first temp file in `out`, then kills the process.
    const probe = tempWriteProbe(join(dir, "kill-mid-write.cjs"), out, 1, 'write.call(fs, file, data.subarray(0, data.length >> 1), options); process.kill(process.pid, "SIGKILL");');
    const midWrite = spawnSync(process.execPath, ["--require", probe, cliPath, "build", "-o", out, "--date", "2026-01-15"], { encoding: "utf8" });
    expect(midWrite.signal).toBe("SIGKILL");
    const left = filesBelow(out);
    expect(left.filter((f) => f.endsWith(".tmp")), "the half-written temp file").toHaveLength(1);
    expect(left.filter((f) => !f.endsWith(".tmp")), "a final name for half a file").toEqual([]);
    // And killed at moments in between, from start-up to the end (each a kill, or a run that finished first).
    const outcomes: (number | null)[] = [];
    for (const delay of [150, 400, 700, 1000]) {
      const started = Date.now();
      outcomes.push(await interrupt(["build", "-o", out, "--date", "2026-01-15"], "SIGKILL", () => Date.now() - started > delay));
      for (const f of filesBelow(out).filter((f) => !f.endsWith(".tmp"))) await assertComplete(join(out, f));
    }
    expect(outcomes, "no run was killed").toContain(null);
    // The next run completes and removes the temp files killed runs left.
    expect(runCli(["build", "-o", out, "--date", "2026-01-15"]).code).toBe(0);
    expect(filesBelow(out).sort()).toEqual(["handreichung.pdf", "vorlage.docx"]);
  }, 120_000);

  it("SIGKILL in the middle of batch leaves no truncated file, and the next run gives the full result", async () => {
    const out = join(dir, "batch-kill");
    await interrupt(["batch", profiles, "-o", out, "--date", "2026-01-15", "--quiet"], "SIGKILL", () => filesBelow(out).length >= 12);
    const partial = filesBelow(out);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial).not.toContain("manifest.json");
    for (const f of partial.filter((f) => !f.endsWith(".tmp"))) await assertComplete(join(out, f));

    const { code } = runCli(["batch", profiles, "-o", out, "--date", "2026-01-15", "--quiet"]);
    expect(code).toBe(0);
    const files = filesBelow(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.municipalities).toHaveLength(24);
    expect(files.filter((f) => f.endsWith(".pdf") || f.endsWith(".docx"))).toHaveLength(48);
    for (const f of files) await assertComplete(join(out, f));
  }, 180_000);

  it.each([
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("%s (Ctrl-C; a closed terminal) stops a batch with exit %i and no temp files", async (signal, exitCode) => {
    const out = join(dir, `batch-${signal}`);
    const code = await interrupt(["batch", profiles, "-o", out, "--date", "2026-01-15", "--quiet"], signal, () => filesBelow(out).length >= 6);
    expect(code).toBe(exitCode);
    const files = filesBelow(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files).not.toContain("manifest.json");
    for (const f of files) await assertComplete(join(out, f));
  }, 120_000);

  it("SIGTERM while the CLI starts, before its commands have loaded, is exit 143 with nothing written", async () => {
    // The probe sends the signal as soon as the CLI has installed its handlers (apps/cli/src/io/signals.ts),
    // while cli.ts is still loading the rest: Node's own handler would end the process by the signal, without a code.
    // It also notes who installed them: the entry, cli.cjs, not the commands' cli-main.
    const probe = join(dir, "term-at-start.cjs");
    const stack = join(dir, "term-at-start.stack");
    writeFileSync(
      probe,
      `const on = process.on; process.on = function (name, fn) { if (name === "SIGTERM") { process.on = on; require("node:fs").writeFileSync(${JSON.stringify(stack)}, new Error().stack); setImmediate(() => process.kill(process.pid, "SIGTERM")); } return on.call(this, name, fn); };\n`,
    );
    const out = join(dir, "term-at-start");
    const run = spawnSync(process.execPath, ["--require", probe, cliPath, "build", "--date", "2026-01-15", "-o", out], { encoding: "utf8", timeout: 60_000 });
    expect([run.status, run.signal, run.stderr]).toEqual([143, null, ""]);
    expect(filesBelow(out)).toEqual([]);
    const installedBy = readFileSync(stack, "utf8");
    expect(installedBy).toMatch(/[/\\]cli\.cjs:\d+:\d+/);
    expect(installedBy).not.toContain("cli-main");
  }, 60_000);
});
