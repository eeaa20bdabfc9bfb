// pnpm bench: cold start against pandoc, in-process render times, and batch
// throughput and memory, in one run on this machine. Prints a table and writes
// bench-results.json at the repo root. Medians and ratios, never single times.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptCost } from "./scripts.mjs";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "handreichung-bench-"));
const quick = process.argv.includes("--quick");
const RUNS = quick ? 5 : 15;
const DATE = "2026-01-15";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

function timeCommand(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return performance.now() - t;
}

/** Runs each command RUNS times, interleaved, so drift in machine load hits all alike. */
function compare(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, args] of Object.values(commands)) timeCommand(cmd, args); // warm the file cache
  for (let i = 0; i < RUNS; i++) for (const [name, [cmd, args]] of Object.entries(commands)) times[name].push(timeCommand(cmd, args));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)]));
}

/** Runs a command, sampling its peak resident memory (threads included) from /proc. */
function runWithPeakMemory(cmd, args) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {}
    };
    const timer = setInterval(sample, 25);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - t;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, peakMb: peakKb / 1024 });
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

const results = { machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version }, runs: RUNS };

// 1. Cold start against pandoc on the same circular.
const md = join(work, "circular.md");
writeFileSync(md, spawnSync(process.execPath, [cli, "export", "--format", "md"], { encoding: "utf8" }).stdout);
const hasPandoc = spawnSync("pandoc", ["--version"]).status === 0;
const node = process.execPath;
const cold = {
  "handreichung docx": [node, [cli, "docx", "--date", DATE, "-o", join(work, "c.docx")]],
  "handreichung pdf": [node, [cli, "pdf", "--date", DATE, "-o", join(work, "c.pdf")]],
  "handreichung build": [node, [cli, "build", "--date", DATE, "-o", join(work, "build")]],
  "node -e 0": [node, ["-e", "0"]],
};
if (hasPandoc) cold["pandoc md->docx"] = ["pandoc", [md, "-o", join(work, "p.docx")]];
results.coldStart = compare(cold);
if (hasPandoc) {
  const p = results.coldStart["pandoc md->docx"].median;
  results.coldStartRatios = {
    "docx / pandoc (target <= 1.5)": results.coldStart["handreichung docx"].median / p,
    "pdf / pandoc (target <= 2)": results.coldStart["handreichung pdf"].median / p,
    "build / pandoc (target <= 2.5)": results.coldStart["handreichung build"].median / p,
  };
}

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

// 2b. What PDF/A-2a costs on top of PDF/UA-1 (the claim of earlier versions): the same
// handouts rendered both ways in this run, interleaved; time and size per document.
{
  const personal = { name: "Stadt Musterstadt", department: "Amt für Integration", contact: { person: "Erika Muster", email: "integration@musterstadt.de" }, website: "www.musterstadt.de" };
  const docs = { default: {}, personalised: { profile: personal } };
  const samples = Object.fromEntries(Object.keys(docs).flatMap((d) => ["ua-1", "both"].map((s) => [`${d} ${s}`, { times: [], bytes: 0 }])));
  for (const [d, options] of Object.entries(docs)) for (const s of ["ua-1", "both"]) await renderPdf(defaultCircular, { date: DATE, ...options, pdfStandard: s });
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

// 3. Batch: 400 and 4000 profiles, both formats, all cores.
results.batch = {};
for (const n of quick ? [40, 400] : [400, 4000]) {
  const out = join(work, `batch-${n}`);
  const r = await runWithPeakMemory(node, [cli, "batch", profilesCsv(n), "-o", out, "--date", DATE, "--quiet"]);
  results.batch[n] = { wallMs: r.ms, peakMb: r.peakMb, documents: n * 2, msPerDocument: r.ms / (n * 2) };
  rmSync(out, { recursive: true, force: true });
}
const [small, large] = Object.keys(results.batch).map(Number);
results.batchScaling = { [`${large} / ${small} (target <= ${quick ? "n/a" : 11})`]: results.batch[large].wallMs / results.batch[small].wallMs };
if (hasPandoc) {
  const p = results.coldStart["pandoc md->docx"].median;
  results.batchVsPandoc = { "pandoc per document / batch per document (target >= 10)": p / results.batch[small].msPerDocument };
}

// Report.
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}; ${RUNS} runs each\n`);
console.log("| command | median | min | max | ratio to pandoc |\n|---|---|---|---|---|");
for (const [k, v] of Object.entries(results.coldStart)) {
  const ratio = hasPandoc ? (v.median / results.coldStart["pandoc md->docx"].median).toFixed(2) : "–";
  console.log(`| ${k} | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | ${ratio} |`);
}
for (const [k, v] of Object.entries(results.inProcess)) console.log(`| ${k} (in process) | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | |`);
console.log("\n| PDF/A-2a + PDF/UA-1 (default) against PDF/UA-1 only, same run | ua-1 | both | added | target |\n|---|---|---|---|---|");
for (const [d, v] of Object.entries(results.pdfStandardCost)) {
  console.log(`| ${d} handout, time (median) | ${ms(v["ua-1"].median)} | ${ms(v.both.median)} | ${v.addedMs.toFixed(1)} ms | ≤ 10 ms |`);
  console.log(`| ${d} handout, size | ${(v["ua-1"].bytes / 1024).toFixed(1)} KB | ${(v.both.bytes / 1024).toFixed(1)} KB | ${(v.addedBytes / 1024).toFixed(1)} KB | ≤ 10 KB |`);
}
console.log("\n| other scripts (cold `handreichung pdf`) | median | min | max | size |\n|---|---|---|---|---|");
for (const [k, v] of Object.entries(results.scripts.coldStart)) console.log(`| ${k} | ${ms(v.median)} | ${ms(v.min)} | ${ms(v.max)} | ${(results.scripts.bytes[k.includes("German") ? "german" : "multilingual"] / 1024).toFixed(1)} KB |`);
console.log(`multilingual / German (target < 2): ${results.scripts["multilingual / German (target < 2)"].toFixed(2)}`);
for (const [k, v] of Object.entries(results.scripts.fontsRead)) console.log(`font files read, ${k}: ${v.map((f) => f.replace(/^@expo-google-fonts\/[^/]+\/[^/]+\//, "")).join(", ")}`);
console.log("\n| batch | wall | per document | peak memory |\n|---|---|---|---|");
for (const [n, v] of Object.entries(results.batch)) console.log(`| ${n} profiles × 2 formats | ${(v.wallMs / 1000).toFixed(1)} s | ${v.msPerDocument.toFixed(1)} ms | ${v.peakMb.toFixed(0)} MB |`);
for (const group of [results.coldStartRatios, results.batchScaling, results.batchVsPandoc]) for (const [k, v] of Object.entries(group ?? {})) console.log(`${k}: ${v.toFixed(2)}`);
if (!hasPandoc) console.log("\npandoc is not installed, so there are no ratios to it: apt-get install pandoc (Debian/Ubuntu), then run pnpm bench again.");
mkdirSync(repoRoot, { recursive: true });
writeFileSync(join(repoRoot, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${join(repoRoot, "bench-results.json")}`);
rmSync(work, { recursive: true, force: true });
