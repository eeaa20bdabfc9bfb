import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { createMemoryConsole } from "../../apps/cli/src/io/console.js";
import { main } from "../../apps/cli/src/main.js";
import { cliPath } from "./paths.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: `node apps/cli/dist/cli.cjs ARGS`. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

let inProcessQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI's command layer (`main` of apps/cli/src/main.ts, the function
 * the bin calls) inside this test process, from source: the same commands,
 * options, files and exit codes, without a cold start per run. For tests whose
 * subject is the documents a command writes, not the process: what only a
 * process has (the bin's signal handling and Node check, real stdio, TZ and
 * locale, SOURCE_DATE_EPOCH, the working folder, the bundle) is tested with
 * runCli. Paths must be absolute; runs go one at a time.
 */
export function runInProcess(args: readonly string[]): Promise<RunResult & { stdoutBytes: Buffer }> {
  const run = async () => {
    const console = createMemoryConsole();
    const code = await main(args, console);
    const stdoutBytes = console.stdout();
    return { code, stdout: stdoutBytes.toString("utf8"), stderr: console.stderr(), stdoutBytes };
  };
  const result = inProcessQueue.then(run, run);
  inProcessQueue = result.catch(() => undefined);
  return result;
}

/** A temp folder for this test file, removed after it. */
export function tempDir(prefix = "handreichung-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
