// pnpm bench: cold starts as ratios to `node -e 0` measured in the same run
// (the built-in circular, and text no lever can know in advance), in-process
// render times, batch throughput and peak memory of the whole process tree.
// Prints a table and writes bench-results.json at the repo root. Medians of
// interleaved runs, never single times: the machine may be shared.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { argValue, COLD_TARGETS, coldCommands, DATE, median, unseenInputs, withoutExtraCaCerts } from "./cold-commands.mjs";
import { scriptCost } from "./scripts.mjs";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "handreichung-bench-"));
// A code cache of this run's own (apps/cli/src/io/chunk-cache.ts on Node 20): the first run of each command writes it.
process.env.NODE_COMPILE_CACHE = join(work, "code-cache");
const extraCaCerts = withoutExtraCaCerts();
const quick = process.argv.includes("--quick");
const RUNS = Number(argValue("--runs", quick ? 5 : 15));
// A new seed gives new words: the figures must not depend on which.
const SEED = Number(argValue("--seed", String(Date.now() % 100000)));
const BATCHES = quick ? [40, 400] : [400, 4000];
const node = process.execPath;

const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
}

function timeCommand(cmd, args, env) {
  const t = performance.now();
  run(cmd, args, env);
  return performance.now() - t;
}

/** Runs each command RUNS times, interleaved, so drift in machine load hits all alike. */
function compare(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, args, env] of Object.values(commands)) timeCommand(cmd, args, env); // warm the file cache (and write the code cache)
  for (let i = 0; i < RUNS; i++) for (const [name, [cmd, args, env]] of Object.entries(commands)) times[name].push(timeCommand(cmd, args, env));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)]));
}

const readProc = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};
const kbField = (status, field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** The process and all its descendants, from /proc/PID/task/TID/children. */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {}
    for (const tid of tasks) for (const child of readProc(`/proc/${pids[i]}/task/${tid}/children`).split(" ")) if (child.trim()) pids.push(Number(child));
  }
  return pids;
}

/**
 * Runs a command and samples the memory of its whole process tree from /proc
 * every 10 ms: the peak is the larger of the highest sum of resident memory
 * over the tree and the highest high-water mark (VmHWM, exact between samples)
 * of any one process in it. Worker threads count in their process.
 */
function runWithPeakMemory(cmd, args) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let peakSumKb = 0;
    let peakHwmKb = 0;
    let processes = 1;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const sample = () => {
      let sum = 0;
      const tree = processTree(child.pid);
      processes = Math.max(processes, tree.length);
      for (const pid of tree) {
        const status = readProc(`/proc/${pid}/status`);
        sum += kbField(status, "VmRSS");
        peakHwmKb = Math.max(peakHwmKb, kbField(status, "VmHWM"));
      }
      peakSumKb = Math.max(peakSumKb, sum);
    };
    const timer = setInterval(sample, 10);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - t;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, peakMb: Math.max(peakSumKb, peakHwmKb) / 1024, processes });
    });
  });
}

function profilesCsv(n) {
  const rows = ["name,kind,department,contact.person,contact.phone,contact.email,date"];
  for (let i = 1; i <= n; i++) rows.push(`Gemeinde Beispiel ${i},Gemeinde,Amt für Integration,Erika Muster ${i},0211 4587-${i},integration${i}@beispiel.de,${DATE}`);
  const file = join(work, `profiles-${n}.csv`);
  writeFileSync(file, `${rows.join("\n")}\n`);
  return file;
}

const uptime = () => readProc("/proc/loadavg").split(" ").slice(0, 3).join(" ");
const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, extraCaCerts },
  runs: RUNS,
  seed: SEED,
  loadAverage: { start: uptime() },
};

// Unseen text, generated now from the seed: a profile whose words appear
// nowhere in the repository, and a circular imported from published text.
const unseen = unseenInputs(cli, work, SEED);

// 1. Cold starts, every one a ratio to `node -e 0` in the same run.
const hasPandoc = spawnSync("pandoc", ["--version"]).status === 0;
const md = join(work, "circular.md");
writeFileSync(md, spawnSync(node, [cli, "export", "--format", "md"], { encoding: "utf8" }).stdout);
const cold = Object.fromEntries(Object.entries(coldCommands(cli, work, unseen)).map(([name, args]) => [name, [node, args]]));
// For reference: the same commands compiling every chunk from source, as before the code cache.
cold["handreichung docx, no code cache"] = [node, [cli, "docx", "--date", DATE, "-o", join(work, "c-nc.docx")], { NODE_DISABLE_COMPILE_CACHE: "1" }];
cold["handreichung pdf, no code cache"] = [node, [cli, "pdf", "--date", DATE, "-o", join(work, "c-nc.pdf")], { NODE_DISABLE_COMPILE_CACHE: "1" }];
if (hasPandoc) cold["pandoc md->docx"] = ["pandoc", [md, "-o", join(work, "p.docx")]];
results.coldStart = compare(cold);
const nodeMs = results.coldStart["node -e 0"].median;
results.coldStartRatios = Object.fromEntries(Object.entries(results.coldStart).map(([k, v]) => [k, { ratio: v.median / nodeMs, target: COLD_TARGETS[k] ?? null }]));
results.loadAverage.afterColdStarts = uptime();

// 2. In-process render time of each renderer (warm, as a library user sees it).
const { defaultCircular } = await import(join(repoRoot, "packages/content/dist/data.js"));
const { renderPdf } = await import(join(repoRoot, "packages/pdf/dist/index.js"));
const { renderDocx } = await import(join(repoRoot, "packages/docx/dist/index.js"));
results.inProcess = {};
for (const [name, render] of [["renderPdf", renderPdf], ["renderDocx", renderDocx]]) {
  await render(defaultCircular, { date: DATE });
  const times = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const t = performance.now();
    await render(defaultCircular, { date: DATE, profile: { name: `Stadt ${i}` } });
    times.push(performance.now() - t);
  }
  results.inProcess[name] = stats(times);
}

// 2b. What PDF/A-2a costs on top of PDF/UA-1: the same handouts rendered both
// ways in this run, interleaved; time and size per document.
{
  const personal = { name: "Stadt Musterstadt", department: "Amt für Integration", contact: { person: "Erika Muster", email: "integration@musterstadt.de" }, website: "www.musterstadt.de" };
  const docs = { default: {}, personalised: { profile: personal } };
  const samples = Object.fromEntries(Object.keys(docs).flatMap((d) => ["ua-1", "both"].map((s) => [`${d} ${s}`, { times: [], bytes: 0 }])));
  for (const [, options] of Object.entries(docs)) for (const s of ["ua-1", "both"]) await renderPdf(defaultCircular, { date: DATE, ...options, pdfStandard: s });
  for (let i = 0; i < RUNS * 2; i++) {
    for (const [d, options] of Object.entries(docs)) {
      for (const s of ["ua-1", "both"]) {
        const t = performance.now();
        const bytes = await renderPdf(defaultCircular, { date: DATE, ...options, pdfStandard: s });
        samples[`${d} ${s}`].times.push(performance.now() - t);
        samples[`${d} ${s}`].bytes = bytes.length;
      }
    }
  }
  results.pdfStandardCost = Object.fromEntries(
    Object.keys(docs).map((d) => {
      const ua = samples[`${d} ua-1`];
      const both = samples[`${d} both`];
      return [d, { "ua-1": { ...stats(ua.times), bytes: ua.bytes }, both: { ...stats(both.times), bytes: both.bytes }, addedMs: median(both.times) - median(ua.times), addedBytes: both.bytes - ua.bytes }];
    }),
  );
}

// 2c. Other scripts: the multilingual sample against the German circular, and the font files each reads.
results.scripts = scriptCost({ node, cli, repoRoot, work, compare, date: DATE });

// 3. Batch: profiles × both formats on all cores; time and peak memory of the process tree.
results.batch = {};
for (const n of BATCHES) {
  const out = join(work, `batch-${n}`);
  const load = uptime();
  const r = await runWithPeakMemory(node, [cli, "batch", profilesCsv(n), "-o", out, "--date", DATE, "--quiet"]);
  results.batch[n] = { wallMs: r.ms, peakMb: r.peakMb, processes: r.processes, documents: n * 2, msPerDocument: r.ms / (n * 2), loadAverageBefore: load };
  rmSync(out, { recursive: true, force: true });
}
const [small, large] = BATCHES;
results.batchScaling = { ratio: results.batch[large].wallMs / results.batch[small].wallMs, target: quick ? null : 10.5 };
results.loadAverage.end = uptime();

// Report.
const ms = (x) => `${x.toFixed(0)} ms`;
const verdict = (ratio, target) => (target == null ? "" : `≤ ${target} × — ${ratio <= target ? "met" : "missed"}`);
console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}; ${RUNS} interleaved runs each; seed ${SEED}`);
if (results.machine.extraCaCerts) console.log(results.machine.extraCaCerts);
console.log(`Load average (1, 5, 15 min): ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end\n`);
console.log("| command | median | min | max | ratio to node -e 0 | target |\n|---|---|---|---|---|---|");
for (const [k, v] of Object.entries(results.coldStart)) {
  const { ratio, target } = results.coldStartRatios[k];
  console.log(`| ${k} | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | ${ratio.toFixed(2)} × | ${verdict(ratio, target)} |`);
}
if (!hasPandoc) console.log("| pandoc md->docx | not installed | | | | |");
for (const [k, v] of Object.entries(results.inProcess)) console.log(`| ${k} (in process, warm) | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | ${(v.median / nodeMs).toFixed(2)} × | |`);
console.log("\n| PDF/A-2a + PDF/UA-1 against PDF/UA-1 only, same run | ua-1 | both | added | target |\n|---|---|---|---|---|");
for (const [d, v] of Object.entries(results.pdfStandardCost)) {
  console.log(`| ${d} handout, time (median) | ${ms(v["ua-1"].median)} | ${ms(v.both.median)} | ${v.addedMs.toFixed(1)} ms | ≤ 10 ms |`);
  console.log(`| ${d} handout, size | ${(v["ua-1"].bytes / 1024).toFixed(1)} KB | ${(v.both.bytes / 1024).toFixed(1)} KB | ${(v.addedBytes / 1024).toFixed(1)} KB | ≤ 10 KB |`);
}
console.log("\n| other scripts (cold `handreichung pdf`) | median | min | max | size |\n|---|---|---|---|---|");
for (const [k, v] of Object.entries(results.scripts.coldStart)) console.log(`| ${k} | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | ${(results.scripts.bytes[k.includes("German") ? "german" : "multilingual"] / 1024).toFixed(1)} KB |`);
console.log(`multilingual / German (target < 2): ${results.scripts["multilingual / German (target < 2)"].toFixed(2)}`);
for (const [k, v] of Object.entries(results.scripts.fontsRead)) console.log(`font files read, ${k}: ${v.map((f) => f.replace(/^@expo-google-fonts\/[^/]+\/[^/]+\//, "")).join(", ")}`);
console.log("\n| batch (both formats) | wall | ratio to node -e 0 | per document | peak memory (process tree) | target |\n|---|---|---|---|---|---|");
for (const n of BATCHES) {
  const v = results.batch[n];
  const timeTarget = n === 400 ? `≤ 5 s — ${v.wallMs <= 5000 ? "met" : "missed"}; ` : "";
  console.log(`| ${n} profiles × 2 | ${(v.wallMs / 1000).toFixed(2)} s | ${(v.wallMs / nodeMs).toFixed(0)} × | ${v.msPerDocument.toFixed(1)} ms | ${v.peakMb.toFixed(0)} MB | ${timeTarget}≤ 250 MB — ${v.peakMb <= 250 ? "met" : "missed"} |`);
}
const sc = results.batchScaling;
console.log(`\nbatch ${large} / ${small}: ${sc.ratio.toFixed(2)} × the time${sc.target ? ` (target ≤ ${sc.target} — ${sc.ratio <= sc.target ? "met" : "missed"})` : ""}`);
if (!hasPandoc) console.log("pandoc is not installed, so it has no row: apt-get install pandoc (Debian/Ubuntu), then run pnpm bench again.");
writeFileSync(join(repoRoot, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${join(repoRoot, "bench-results.json")}`);
rmSync(work, { recursive: true, force: true });
