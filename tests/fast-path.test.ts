import { longestBase64Run } from "@handreichung/checks";
import { unseenProfile, unseenPublishedText } from "@handreichung/checks/unseen-text";
import { parseCircular, parseProfile } from "@handreichung/content";
import { renderDocx } from "@handreichung/docx";
import { importCircular } from "@handreichung/import";
import { renderPdf } from "@handreichung/pdf";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import nodeModule from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, repoRoot } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";

// The built CLI takes every load-time shortcut (its bundle's lazy and swapped
// modules, the packed hyphenation trie, precomputed parts); the renderers run
// here from source. Text nobody saw before, from new seeds: same bytes.
const DATE = "2026-01-15";
const dir = tempDir("handreichung-fast-path-");
const cliDist = dirname(cliPath);
/** A written file's digest: compared as strings, where toEqual would compare two documents byte by byte in JavaScript. */
const digestOf = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the CLI's fast path", () => {
  for (const seed of [7, 4412004, 99991]) {
    it(`writes the bytes the renderers write, for an unseen profile and circular (seed ${seed})`, async () => {
      const profile = unseenProfile(seed, DATE);
      const profileFile = join(dir, `profile-${seed}.json`);
      writeFileSync(profileFile, JSON.stringify(profile));
      const { circular } = importCircular(unseenPublishedText(seed + 1));
      const circularFile = join(dir, `circular-${seed}.json`);
      writeFileSync(circularFile, JSON.stringify(circular));
      const out = join(dir, `out-${seed}`);
      const run = runCli(["build", "--profile", profileFile, "--content", circularFile, "--date", DATE, "-o", out]);
      expect(run.stderr).not.toContain("error");
      expect(run.code).toBe(0);

      const options = { date: DATE, profile: parseProfile(profile), onWarning: () => undefined };
      const parsed = parseCircular(JSON.parse(readFileSync(circularFile, "utf8")));
      const pdf = await renderPdf(parsed, options);
      const docx = await renderDocx(parsed, options);
      expect(Buffer.compare(readFileSync(join(out, "handreichung.pdf")), pdf), "PDF differs").toBe(0);
      expect(Buffer.compare(readFileSync(join(out, "vorlage.docx")), docx), "Word template differs").toBe(0);
    });
  }

  it("build: the Word template rendered on its own thread still tells its warnings", () => {
    const profile = join(dir, "control.yaml");
    writeFileSync(profile, 'name: "Stadt Muster\\u0007stadt"\n');
    const run = runCli(["build", "--profile", profile, "--dotx", "--date", DATE, "-o", join(dir, "control")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("warning: removed 1 invisible control or formatting character(s): U+0007");
    // Both Word formats come from the worker, the PDF from the main thread: one warning each per document.
    expect(run.stderr.match(/removed 1 character\(s\) that a Word document cannot contain \(U\+0007\)/g)).toHaveLength(2);
  });

  it("the bundle carries its module swaps: tries built on first lookup, no brotli, no AES, no zod locales", () => {
    const bundle = readdirSync(cliDist).filter((file) => file.endsWith(".js")).map((file) => readFileSync(join(cliDist, file), "utf8")).join("\n");
    expect(bundle).toContain("this.trie===null"); // @handreichung/pdf's lazy unicode-trie
    expect(bundle).toContain("the renderers read TTF fonts only"); // no-brotli in place of brotli/decompress.js
    expect(bundle).not.toContain("Wrong sbox length"); // @noble/ciphers' AES tables
    expect(longestBase64Run([bundle])).toBeLessThan(50_000); // brotli's dictionary (see @handreichung/checks)
    // zod's 60-odd message languages (350 KB): `import { z }` makes esbuild keep them all, `import * as z` only what is used.
    expect(bundle).toContain("Invalid input"); // zod's English messages, which the CLI prints
    expect(bundle).not.toContain("Ongeldige invoer"); // its Dutch ones
  });

  it("keeps its compiled code between runs (Node 20: its chunks as CommonJS through V8's code cache), and gives the same bytes as its ES modules", () => {
    const cache = join(dir, "code-cache");
    const build = (out: string, env: Record<string, string> = {}) => {
      const run = spawnSync(process.execPath, [cliPath, "build", "--date", DATE, "-o", join(dir, out)], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env } });
      expect(run.status, run.stderr).toBe(0);
      return ["handreichung.pdf", "vorlage.docx"].map((file) => `${file} ${digestOf(join(dir, out, file))}`);
    };
    const modules = build("es-modules", { NODE_DISABLE_COMPILE_CACHE: "1" });
    const first = build("cache-first");
    const ours = readdirSync(cache).filter((name) => name.startsWith("handreichung-"));
    if (typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function") {
      // Node 22.1 and later keep the ES modules' code in their own cache; the CommonJS chunks are not used.
      expect(ours).toEqual([]);
      expect(build("cache-second")).toEqual(first);
      expect(first).toEqual(modules);
      return;
    }
    expect(ours).toHaveLength(1);
    const folder = join(cache, ours[0]!);
    const files = readdirSync(folder);
    // The main thread's chunks and the Word worker's (build renders the Word file on a thread of its own).
    expect(files).toContain("cli-main.bin");
    expect(files).toContain("word-job.bin");
    const written = new Map(files.map((file) => [file, statSync(join(folder, file)).mtimeMs]));
    // Written only when missing: a second run uses the cache and writes nothing.
    const second = build("cache-second");
    expect(new Map(readdirSync(folder).map((file) => [file, statSync(join(folder, file)).mtimeMs]))).toEqual(written);
    // A cache V8 does not accept (stale, or broken) is ignored and written anew.
    const largest = files.reduce((a, b) => (statSync(join(folder, a)).size >= statSync(join(folder, b)).size ? a : b));
    writeFileSync(join(folder, largest), "not V8's code cache");
    const third = build("cache-stale");
    expect(readFileSync(join(folder, largest), "utf8")).not.toBe("not V8's code cache");
    for (const run of [first, second, third]) expect(run).toEqual(modules);
  });

  it("starts build's Word thread before its own code loads, and exits as promptly when the run is no build after all", () => {
    // apps/cli/src/render/word-thread.ts: the thread does not keep the process alive until `build` takes it.
    for (const [args, code] of [
      [["build", "--help"], 0],
      [["build", "--bogus"], 2],
    ] as const) {
      const started = Date.now();
      const run = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 30_000 });
      expect(run.signal, `${args.join(" ")} did not exit: the early Word thread keeps it alive`).toBeNull();
      expect(run.status, run.stderr).toBe(code);
      expect(Date.now() - started).toBeLessThan(30_000);
    }
    // Bare `handreichung` builds, with the thread started early.
    const cwd = join(dir, "bare");
    mkdirSync(cwd);
    const bare = spawnSync(process.execPath, [cliPath], { cwd, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1768435200" } });
    expect(bare.status, bare.stderr).toBe(0);
    const built = spawnSync(process.execPath, [cliPath, "build", "--date", DATE, "-o", join(dir, "not-bare")], { encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    for (const file of ["handreichung.pdf", "vorlage.docx"]) expect(readFileSync(join(cwd, "out", file)).equals(readFileSync(join(dir, "not-bare", file))), file).toBe(true);
  });

  it("runs a batch's worker threads from the same code cache, with the same bytes", () => {
    const cache = join(dir, "batch-code-cache");
    const list = join(dir, "drei.csv");
    writeFileSync(list, "name,kind\nGemeinde Aahausen,Gemeinde\nStadt Beheim,Stadt\nGemeinde Cedorf,Gemeinde\n");
    const batch = (out: string, env: Record<string, string> = {}) => {
      const run = spawnSync(process.execPath, [cliPath, "batch", list, "-o", join(dir, out), "--date", DATE, "--jobs", "2", "--quiet"], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env } });
      expect(run.status, run.stderr).toBe(0);
      return readdirSync(join(dir, out), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".pdf") || file.endsWith(".docx"))
        .sort()
        .map((file) => `${file} ${digestOf(join(dir, out, file))}`);
    };
    const modules = batch("batch-es-modules", { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(modules).toHaveLength(6);
    const first = batch("batch-cache-first");
    if (typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== "function") {
      const [ours] = readdirSync(cache).filter((name) => name.startsWith("handreichung-"));
      // The worker's own entry chunk, written by the worker once its first task was done.
      expect(readdirSync(join(cache, ours!))).toContain("batch-task.bin");
    }
    expect(first).toEqual(modules);
    expect(batch("batch-cache-second")).toEqual(modules);
  });

  it("starts from CommonJS, its worker threads too, without Node's ES module loader, and the threads do the work", () => {
    // The main thread reports at exit, and each worker thread whenever it posts (its result, a batch
    // task's result), whether it has loaded Node's ES module loader, which an ES module entry needs
    // first (apps/cli/build/commonjs-entries.ts). Written straight to stderr: a thread may end right after.
    const probe = join(dir, "thread-loader.cjs");
    writeFileSync(
      probe,
      'const { isMainThread, threadId, MessagePort } = require("node:worker_threads");\n' +
        'const report = () => require("node:fs").writeSync(2, `thread ${threadId}: ${process.moduleLoadList.includes("NativeModule internal/modules/esm/module_job") ? "ES module loader" : "CommonJS only"}\\n`);\n' +
        "if (isMainThread) process.on(\"exit\", report);\n" +
        "else {\n" +
        "  const post = MessagePort.prototype.postMessage;\n" +
        "  MessagePort.prototype.postMessage = function (...args) {\n" +
        "    report();\n" +
        "    return post.apply(this, args);\n" +
        "  };\n" +
        "}\n",
    );
    const threads = (args: string[]) => {
      const run = spawnSync(process.execPath, ["--require", probe, cliPath, ...args], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: join(dir, "thread-cache") } });
      expect(run.status, run.stderr).toBe(0);
      const lines = [...run.stderr.matchAll(/^thread (\d+): (.*)$/gm)];
      return { main: lines.filter((m) => m[1] === "0").map((m) => m[2]), workers: [...new Set(lines.filter((m) => m[1] !== "0").map((m) => m[2]))] };
    };
    const list = join(dir, "threads.csv");
    writeFileSync(list, "name,kind\nGemeinde Aahausen,Gemeinde\nStadt Beheim,Stadt\n");
    // Node 22.1 and later cache ES modules themselves: there the CLI loads its ES chunks.
    const expected = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function" ? "ES module loader" : "CommonJS only";
    expect(readdirSync(cliDist).filter((file) => file.endsWith(".cjs")).sort()).toEqual(["batch-worker.cjs", "cli.cjs", "word-worker.cjs"]);
    // dist/cli.js, the entry's earlier name, runs the same CLI (through the ES module loader).
    const alias = spawnSync(process.execPath, [join(cliDist, "cli.js"), "pdf", "--date", DATE, "-o", join(dir, "alias.pdf")], { encoding: "utf8" });
    expect([alias.status, alias.stderr]).toEqual([0, `wrote ${join(dir, "alias.pdf")}\n`]);
    expect(threads(["--version"])).toEqual({ main: [expected], workers: [] });
    expect(threads(["build", "--date", DATE, "-o", join(dir, "threads-build")])).toEqual({ main: [expected], workers: [expected] });
    expect(threads(["batch", list, "-o", join(dir, "threads-batch"), "--date", DATE, "--quiet", "--jobs", "2"])).toEqual({ main: [expected], workers: [expected] });
  });

  it("ends the process as soon as the run is over, with all it wrote and the exit code the run set", () => {
    // apps/cli/src/cli.ts exits explicitly once stdout and stderr are flushed: Node then skips taking
    // the heap apart. An exit by a drained event loop would emit "beforeExit" first.
    const probe = join(dir, "before-exit.cjs");
    writeFileSync(probe, 'process.on("beforeExit", () => require("node:fs").writeSync(2, "beforeExit\\n"));\n');
    const run = (args: string[]) => spawnSync(process.execPath, ["--require", probe, cliPath, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const exported = run(["export"]);
    expect([exported.status, exported.stderr]).toEqual([0, ""]);
    expect(JSON.parse(exported.stdout).title).toBe("Handbuch Integrationsarbeit");
    const pdf = run(["pdf", "--date", DATE, "-o", join(dir, "exit.pdf")]);
    expect([pdf.status, pdf.stderr]).toEqual([0, `wrote ${join(dir, "exit.pdf")}\n`]);
    const bad = run(["pdf", "--profile", join(dir, "missing.yaml"), "-o", join(dir, "never.pdf")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`${join(dir, "missing.yaml")}: cannot read: no such file or directory\n`);
  });

  it("raises V8's tier-up budget on Node 20 (apps/cli/src/io/tier-up-budget.ts), and only there", () => {
    // Records every flag the CLI hands to V8 (its `node:v8` import gets the wrapped function).
    const probe = join(dir, "v8-flags.cjs");
    writeFileSync(probe, 'const v8 = require("node:v8"); const set = v8.setFlagsFromString; v8.setFlagsFromString = (flags) => { process.stderr.write("v8 flags: " + flags + "\\n"); set(flags); };\n');
    const run = spawnSync(process.execPath, ["--require", probe, cliPath, "pdf", "--date", DATE, "-o", join(dir, "budget.pdf")], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const expected = process.versions.v8.startsWith("11.") ? [`--interrupt-budget=${16 * 67_584}`] : [];
    expect([...run.stderr.matchAll(/^v8 flags: (.*)$/gm)].map((m) => m[1])).toEqual(expected);
  });

  it("loads Node's child_process, worker_threads, crypto and zlib only when a run needs them", () => {
    // Printed at exit from the list of Node's own modules the process loaded.
    const probe = join(dir, "loaded-modules.cjs");
    writeFileSync(probe, 'process.on("exit", () => process.stderr.write("loaded: " + process.moduleLoadList.filter((m) => /^NativeModule (child_process|worker_threads|crypto|zlib)$/.test(m)).map((m) => m.slice(13)).sort().join(",") + "\\n"));\n');
    const loaded = (args: string[]) => {
      const run = spawnSync(process.execPath, ["--require", probe, cliPath, ...args], { encoding: "utf8" });
      // One line per thread (the probe runs in worker threads too): what any of them loaded.
      const lines = [...run.stderr.matchAll(/^loaded: (.*)$/gm)].map((m) => m[1]!);
      expect(lines.length, `no module list: has process.moduleLoadList gone from Node ${process.version}?`).toBeGreaterThan(0);
      return [...new Set(lines.flatMap((l) => l.split(",")).filter(Boolean))].sort().join(",");
    };
    expect(loaded(["--version"])).toBe("");
    expect(loaded(["pdf", "--profile", join(dir, "missing.yaml"), "-o", join(dir, "never.pdf")])).toBe("");
    // Only build (and a long or --jobs batch) starts a thread; only a PNG logo inflates (png-js); only a batch hashes.
    expect(loaded(["pdf", "--date", DATE, "-o", join(dir, "loaded.pdf")])).toBe("");
    expect(loaded(["build", "--date", DATE, "-o", join(dir, "loaded-build")])).toBe("worker_threads");
    // pdfkit decodes a PNG with an alpha channel (to split it off), and an opaque one not at all.
    const logoProfile = (file: string) => {
      const profile = join(dir, `${file}.yaml`);
      writeFileSync(profile, `name: Stadt Musterstadt\nlogo:\n  path: ${join(repoRoot, "tests/fixtures", file)}\n  alt: Wappen\n`);
      return profile;
    };
    expect(loaded(["pdf", "--profile", logoProfile("logo.png"), "--date", DATE, "-o", join(dir, "opaque-logo.pdf")])).toBe("");
    expect(loaded(["pdf", "--profile", logoProfile("logo-alpha.png"), "--date", DATE, "-o", join(dir, "alpha-logo.pdf")])).toBe("zlib");
    // The alpha channel, inflated through the lazily loaded zlib, is the image's soft mask.
    expect(readFileSync(join(dir, "alpha-logo.pdf")).includes("/SMask")).toBe(true);
    // A short list is rendered by the main thread alone (batch/default-jobs.ts); --jobs 2 asks for a worker.
    const list = join(dir, "kurz.csv");
    writeFileSync(list, "name,kind\nGemeinde Aahausen,Gemeinde\nStadt Beheim,Stadt\n");
    expect(loaded(["batch", list, "-o", join(dir, "kurz"), "--date", DATE, "--quiet"])).toBe("crypto");
    expect(loaded(["batch", list, "-o", join(dir, "kurz-2"), "--date", DATE, "--quiet", "--jobs", "2"])).toBe("crypto,worker_threads");
  });
});

