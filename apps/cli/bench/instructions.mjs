// The cold starts of `pnpm bench`, counted in machine instructions instead of
// milliseconds: each command runs `--runs` times (3) under valgrind
// (callgrind, every thread counted), after a plain run that writes the CLI's
// code cache (it is used under valgrind too: `docx` counts about 210 M more
// without it). On a machine whose cores are shared, `node -e 0` takes 80–190 ms
// from one hour to the next, and a lever worth 10 ms drowns in that; an
// instruction count moves by a few percent (not exactly repeatable: V8
// compiles and collects garbage on threads whose timing varies). It counts
// work, not waiting (for the disk, for a core), cache misses, page faults or
// mapping the binary — most of `node -e 0`'s time — so its figures are not
// ratios to hold against the targets, which are on time: they are for judging
// a lever by the instructions it saves. `build` renders on two threads at
// once: its count is the work of both.
//
//   pnpm build && node apps/cli/bench/instructions.mjs [--runs N] [--seed N]   (3 runs: about 6 minutes)
//
// Writes bench-instructions.json at the repo root.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { argValue, coldCommands, median, runNode, unseenInputs, withoutExtraCaCerts } from "./cold-commands.mjs";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const RUNS = Number(argValue("--runs", "3"));
const SEED = Number(argValue("--seed", String(Date.now() % 100000)));
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(SEED)) {
  console.error("usage: node apps/cli/bench/instructions.mjs [--runs N (a whole number, at least 1)] [--seed N (a whole number)]");
  process.exit(2);
}
const node = process.execPath;

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("instructions.mjs: valgrind is not installed (apt-get install valgrind); `pnpm bench` times the same commands without it");
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error(`instructions.mjs: ${cli} is missing: run pnpm build first`);
  process.exit(1);
}
// Ctrl-C during a long run: valgrind's child ends, instructions() throws, and the temp folder goes in finally.
process.on("SIGINT", () => {});

const work = mkdtempSync(join(tmpdir(), "handreichung-instructions-"));
process.env.NODE_COMPILE_CACHE = join(work, "code-cache");
const extraCaCerts = withoutExtraCaCerts();
try {
  const commands = coldCommands(cli, work, unseenInputs(cli, work, SEED));
  const counts = {};
  for (const [name, args] of Object.entries(commands)) {
    runNode(args); // writes the code cache, as the timed bench's first run does
    const runs = Array.from({ length: RUNS }, () => instructions(args));
    counts[name] = { median: median(runs), min: Math.min(...runs), max: Math.max(...runs) };
  }
  const base = counts["node -e 0"].median;
  if (extraCaCerts) console.log(`${extraCaCerts}\n`);
  const M = (n) => `${(n / 1e6).toFixed(0)} M`;
  console.log(`Instructions of a cold run (all threads, valgrind callgrind; median of ${RUNS}, with the least and most); seed ${SEED}; Node ${process.version}\n`);
  console.log("| command | instructions | least | most | more than node -e 0 |\n|---|---|---|---|---|");
  const results = {};
  for (const [name, n] of Object.entries(counts)) {
    results[name] = { instructions: n.median, min: n.min, max: n.max, overNode: n.median - base };
    console.log(`| ${name} | ${M(n.median)} | ${M(n.min)} | ${M(n.max)} | ${name === "node -e 0" ? "" : M(n.median - base)} |`);
  }
  writeFileSync(join(repoRoot, "bench-instructions.json"), `${JSON.stringify({ node: process.version, extraCaCerts, seed: SEED, runs: RUNS, results }, null, 2)}\n`);
  console.log(`wrote ${join(repoRoot, "bench-instructions.json")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Machine instructions of one run of `node ARGS`, every thread, as callgrind counts them. */
function instructions(args) {
  const r = spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", node, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const stderr = r.stderr ?? "";
  const collected = /Collected : (\d+)/.exec(stderr);
  if (r.status !== 0 || !collected) {
    // The command's own lines, not valgrind's summary (==PID== ...).
    const own = stderr.split("\n").filter((line) => line && !/^==\d+==/.test(line)).slice(-5).join(" ");
    throw new Error(`valgrind node ${args.join(" ")} failed (${r.error?.message ?? (r.signal ? `signal ${r.signal}` : `exit ${r.status}`)}): ${own}`);
  }
  return Number(collected[1]);
}
