// The cold starts of `pnpm bench`, counted in machine instructions instead of
// milliseconds: each command runs once under valgrind (callgrind, every thread
// counted), with the CLI's code cache written by a plain run before. On a
// machine whose cores are shared, the same run takes 63–190 ms for
// `node -e 0` from one hour to the next, and a lever worth 10 ms drowns in
// that; an instruction count repeats within a few percent (V8 compiles and
// collects garbage on threads whose timing varies). It counts work,
// not waiting (for the disk, for a core) or cache misses, so it complements
// the timed ratios of run.mjs and does not replace them. It also says what a
// ratio is made of: Node's start, the CLI's own start (`--version`), and the
// command's loading and rendering.
//
// `build` renders on two threads at once: its count is the work of both, more
// than its time shows.
//
//   node apps/cli/bench/instructions.mjs [--runs N] [--seed N]   (3 runs each: about 6 minutes)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unseenProfile, unseenPublishedText } from "../../../packages/checks/src/unseen/unseen-text.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(argValue("--runs", "3"));
const SEED = Number(argValue("--seed", String(Date.now() % 100000)));
const DATE = "2026-01-15";
const node = process.execPath;
const TARGETS = { "handreichung docx": 1.6, "handreichung pdf": 2.0, "handreichung build": 2.4, "handreichung build --profile P (unseen)": 3.0, "handreichung build --content C (unseen)": 3.0 };

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("instructions.mjs: valgrind is not installed (apt-get install valgrind); `pnpm bench` times the same commands without it");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "handreichung-instructions-"));
process.env.NODE_COMPILE_CACHE = join(work, "code-cache");
try {
  const profileFile = join(work, "unseen-profile.json");
  writeFileSync(profileFile, JSON.stringify(unseenProfile(SEED, DATE)));
  const publishedFile = join(work, "unseen-circular.txt");
  writeFileSync(publishedFile, unseenPublishedText(SEED + 1));
  const contentFile = join(work, "unseen-circular.json");
  plain([cli, "import", publishedFile, "-o", contentFile]);

  const commands = {
    "node -e 0": ["-e", "0"],
    "handreichung --version": [cli, "--version"],
    "handreichung export": [cli, "export", "-o", join(work, "c.json")],
    "handreichung docx": [cli, "docx", "--date", DATE, "-o", join(work, "c.docx")],
    "handreichung pdf": [cli, "pdf", "--date", DATE, "-o", join(work, "c.pdf")],
    "handreichung build": [cli, "build", "--date", DATE, "-o", join(work, "build")],
    "handreichung build --profile P (unseen)": [cli, "build", "--profile", profileFile, "--date", DATE, "-o", join(work, "build-p")],
    "handreichung build --content C (unseen)": [cli, "build", "--content", contentFile, "--date", DATE, "-o", join(work, "build-c")],
  };
  const counts = {};
  for (const [name, args] of Object.entries(commands)) {
    plain(args); // writes the code cache, as the timed bench's first run does
    const runs = Array.from({ length: RUNS }, () => instructions(args));
    counts[name] = median(runs);
  }
  const base = counts["node -e 0"];
  console.log(`Instructions of a cold run (all threads, valgrind callgrind; the median of ${RUNS}); seed ${SEED}; Node ${process.version}\n`);
  console.log("| command | instructions | ratio to node -e 0 | target |\n|---|---|---|---|");
  const results = {};
  for (const [name, n] of Object.entries(counts)) {
    const ratio = n / base;
    const target = TARGETS[name];
    results[name] = { instructions: n, ratio, target: target ?? null };
    console.log(`| ${name} | ${(n / 1e6).toFixed(0)} M | ${ratio.toFixed(2)} × | ${target ? `≤ ${target} × — ${ratio <= target ? "met" : "missed"}` : ""} |`);
  }
  const start = counts["handreichung --version"] - base;
  console.log(`\nNode's start: ${(base / 1e6).toFixed(0)} M; the CLI's own start (--version) adds ${(start / 1e6).toFixed(0)} M (${(start / base).toFixed(2)} ×) to every command.`);
  writeFileSync(join(repoRoot, "bench-instructions.json"), `${JSON.stringify({ node: process.version, seed: SEED, runs: RUNS, results }, null, 2)}\n`);
  console.log(`wrote ${join(repoRoot, "bench-instructions.json")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function plain(args) {
  const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
}

/** Machine instructions of one run of `node ARGS`, every thread, as callgrind counts them. */
function instructions(args) {
  const r = spawnSync("valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", node, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const collected = /Collected : (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !collected) throw new Error(`valgrind node ${args.join(" ")} failed: ${r.stderr.split("\n").slice(-5).join(" ")}`);
  return Number(collected[1]);
}
