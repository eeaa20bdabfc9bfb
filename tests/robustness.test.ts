import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, closeSync, createReadStream, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, createDeflate } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { actualTexts, needTools, readPdf } from "@handreichung/checks";
import { cliPath } from "./support/paths.js";
import { runCli, tempDir } from "./support/run.js";
import { tempWriteProbe } from "./support/write-probe.js";

// What issue 14 broke by hand — special files, closed pipes, signals,
// terminals, a second batch — each with the exact message and exit code it
// gets now. These machines run the tests as root: nothing here may touch a
// system file if the CLI were wrong, so device nodes and /dev/stdout are
// stood in for by nodes and links made in a temp folder, and their identity
// is compared before and after.

const dir = tempDir("handreichung-robust-");
const isRoot = process.getuid?.() === 0;
const DATE = ["--date", "2026-01-15"];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** Starts the CLI with its own stdio setup; `onStart` can act on the child (send signals, close pipes). */
function start(args: string[], options: { stdout?: "pipe" | number; onStart?: (child: ReturnType<typeof spawn>) => void; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? dir, stdio: ["ignore", options.stdout ?? "pipe", "pipe"], env: { ...process.env, SOURCE_DATE_EPOCH: "" } });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out), stderr }));
    options.onStart?.(child);
  });
}

/**
 * Resolves once process `pid` is past its start (it has used 150 ms of CPU
 * time: Node's own start takes less, and the CLI's signal handlers come first
 * after it, see apps/cli/src/io/signals.ts) and then sleeps, using no CPU time
 * for 300 ms: it waits for something (read from Linux's /proc). Node catches
 * SIGTERM from its start, so the process's caught-signal mask cannot tell.
 */
async function untilWaiting(pid: number): Promise<void> {
  let last = -1;
  for (let still = 0; still < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const state = fields[0]; // S: sleeping, not waiting for a core
    const cpu = Number(fields[11]) + Number(fields[12]); // utime, stime in ticks of 10 ms
    still = cpu === last && cpu >= 15 && state === "S" ? still + 1 : 0;
    last = cpu;
  }
}

/** No stack trace, no "Unhandled 'error' event", never exit 70. */
function expectClean(run: { code: number | null; stderr: string }): void {
  expect(run.stderr).not.toMatch(/\n\s+at |Unhandled|internal error/);
  expect(run.code).not.toBe(70);
}

/** Identity of a file system node, to prove it was not replaced. */
const identity = (path: string) => {
  const s = lstatSync(path);
  return { ino: s.ino, mode: s.mode, rdev: s.rdev, link: s.isSymbolicLink() };
};

/** A circular big enough that its JSON overflows a pipe's buffer. */
const bigCircular = join(dir, "big-circular.json");
writeFileSync(bigCircular, JSON.stringify({ id: "gross", issuer: "A", title: "T", body: Array.from({ length: 3000 }, (_, i) => ({ type: "paragraph", text: `Satz ${i} ${"wort ".repeat(40)}` })) }));

describe("standard output", () => {
  it("a reader that closes the pipe early ends the CLI quietly with 141, as Unix tools end", async () => {
    const run = await start(["export", "--content", bigCircular], {
      onStart: (child) => child.stdout!.once("data", () => child.stdout!.destroy()),
    });
    expectClean(run);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(141);
  });

  it("a full disk behind stdout is one line, exit 1", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = await start(["export"], { stdout: full });
      expectClean(run);
      expect(run.stderr).toBe("standard output: cannot write: no space left on device\n");
      expect(run.code).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe("-o onto something that is not a regular file", () => {
  it("a character device (a null device of our own, or /dev/null when not root) is written into, not replaced", async () => {
    let device = "/dev/null";
    if (isRoot) {
      device = join(dir, "null");
      expect(spawnSync("mknod", [device, "c", "1", "3"]).status, "mknod").toBe(0);
    }
    const before = identity(device);
    const run = await start(["pdf", ...DATE, "-o", device]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([0, `wrote ${device}\n`]);
    expect(identity(device)).toEqual(before);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it("/dev/full as -o is one line, exit 1", async () => {
    const run = await start(["pdf", ...DATE, "-o", "/dev/full"]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([1, "/dev/full: cannot write: no space left on device\n"]);
  });

  it("a link to standard output (as /dev/stdout is) writes the document into the pipe and stays a link", () => {
    const link = join(dir, "stdout");
    symlinkSync("/proc/self/fd/1", link);
    const received = join(dir, "from-stdout.pdf");
    // A shell pipe, as a user has it: Node's own child pipes are sockets, which Linux cannot open by name.
    const run = spawnSync("bash", ["-c", '"$0" "$1" pdf --date 2026-01-15 -o "$2" | cat > "$3"; exit ${PIPESTATUS[0]}', process.execPath, cliPath, link, received], { encoding: "utf8" });
    expectClean({ code: run.status, stderr: run.stderr });
    expect([run.status, run.stderr]).toEqual([0, `wrote ${link}\n`]);
    expect(readFileSync(received).equals(runPdfBytes())).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("a link to a socket (/dev/stdout when a program reads us) is refused with a hint, and stays", async () => {
    const link = join(dir, "stdout-socket");
    symlinkSync("/proc/self/fd/1", link);
    const run = await start(["pdf", ...DATE, "-o", link]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([1, `${link}: cannot write: not a regular file (a socket); use -o - for standard output\n`]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("a FIFO with a reader gets the document and stays a FIFO", async () => {
    const fifo = join(dir, "fifo-read");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const received: Buffer[] = [];
    const reader = new Promise<void>((resolve) => createReadStream(fifo).on("data", (b) => received.push(b as Buffer)).on("end", resolve));
    const run = await start(["pdf", ...DATE, "-o", fifo]);
    await reader;
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([0, `wrote ${fifo}\n`]);
    expect(Buffer.concat(received).equals(runPdfBytes())).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a FIFO nobody reads: SIGTERM still ends the CLI (143), and the FIFO stays", async () => {
    const fifo = join(dir, "fifo-unread");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = await start(["pdf", ...DATE, "-o", fifo], {
      // Once it waits for a reader, however long a loaded machine took to get there (a fixed 1.5 s once came too soon).
      onStart: (child) => void untilWaiting(child.pid!).then(() => child.kill("SIGTERM"), () => undefined),
    });
    expectClean(run);
    expect(run.code).toBe(143);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 60_000);

  it("a second signal ends the CLI at once, while the first is still undoing", async () => {
    const fifo = join(dir, "fifo-twice");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A probe makes the first signal's undo step (apps/cli/src/io/signals.ts) take 5 s, so the second comes during it.
    const probe = join(dir, "slow-undo.cjs");
    writeFileSync(
      probe,
      'const key = Symbol.for("handreichung.interrupt-undo"); let undo;\n' +
        "Object.defineProperty(globalThis, key, { configurable: true, get: () => undo, set: (fn) => { undo = () => new Promise((r) => setTimeout(r, 5000)).then(fn); } });\n",
    );
    const child = spawn(process.execPath, ["--require", probe, cliPath, "pdf", ...DATE, "-o", fifo], { cwd: dir, stdio: "ignore" });
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (code, signal) => resolve([code, signal])));
    await untilWaiting(child.pid!);
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = Date.now();
    child.kill("SIGTERM");
    // Ended by the signal itself (not exit 143 after the undo), and at once.
    expect(await ended).toEqual([null, "SIGTERM"]);
    expect(Date.now() - second).toBeLessThan(2_000);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 60_000);

  it("a symbolic link is written through: the file it points to is replaced, the link stays, modes are kept", async () => {
    const target = join(dir, "ziel.pdf");
    const link = join(dir, "link.pdf");
    writeFileSync(target, "alt");
    chmodSync(target, 0o600);
    if (isRoot) chownSync(target, 1234, 1234);
    symlinkSync("ziel.pdf", link);
    const run = await start(["pdf", ...DATE, "-o", link]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([0, `wrote ${link}\n`]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target).equals(runPdfBytes())).toBe(true);
    const info = statSync(target);
    expect(info.mode & 0o777).toBe(0o600);
    if (isRoot) expect([info.uid, info.gid]).toEqual([1234, 1234]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a link to nowhere and a loop of links are refused with one line, and nothing is created", async () => {
    const sub = join(dir, "links");
    mkdirSync(sub);
    symlinkSync("fehlt.pdf", join(sub, "dangling.pdf"));
    symlinkSync("b", join(sub, "a"));
    symlinkSync("a", join(sub, "b"));
    const dangling = await start(["pdf", ...DATE, "-o", join(sub, "dangling.pdf")]);
    expect([dangling.code, dangling.stderr]).toEqual([1, `${join(sub, "dangling.pdf")}: cannot write: a symbolic link to a file that does not exist\n`]);
    const loop = await start(["pdf", ...DATE, "-o", join(sub, "a")]);
    expect([loop.code, loop.stderr]).toEqual([1, `${join(sub, "a")}: cannot write: a loop of symbolic links (or too many of them)\n`]);
    const input = await start(["validate", join(sub, "a")]);
    expect([input.code, input.stderr]).toEqual([1, `${join(sub, "a")}: cannot read: a loop of symbolic links (or too many of them)\n`]);
    expect(readdirSync(sub).sort()).toEqual(["a", "b", "dangling.pdf"]);
  });

  it("build writes both documents or neither", async () => {
    const out = join(dir, "build-half");
    mkdirSync(join(out, "vorlage.docx"), { recursive: true });
    const run = await start(["build", ...DATE, "-o", out]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([1, `${join(out, "vorlage.docx")}: cannot write: is a directory\n`]);
    expect(readdirSync(out)).toEqual(["vorlage.docx"]);
    // And when writing fails half-way (the disk fills up on the second temp file), after the checks up front:
    // the first is not renamed into place either, and no temp file stays.
    const full = join(dir, "build-full");
    const probe = tempWriteProbe(join(dir, "disk-full.cjs"), full, 2, 'throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });');
    const disk = spawnSync(process.execPath, ["--require", probe, cliPath, "build", ...DATE, "-o", full], { encoding: "utf8" });
    expect(disk.status, disk.stderr).toBe(1);
    expect(disk.stderr).toMatch(/^\S+: cannot write: no space left on device\n$/);
    // (the folder the run made for them goes too)
    expect(existsSync(full) ? readdirSync(full) : []).toEqual([]);
  });
});

/** The PDF the CLI writes for the built-in circular with DATE: what every target must receive. */
let pdfBytes: Buffer | undefined;
function runPdfBytes(): Buffer {
  if (!pdfBytes) {
    const file = join(dir, "reference.pdf");
    expect(runCli(["pdf", ...DATE, "-o", file]).code).toBe(0);
    pdfBytes = readFileSync(file);
  }
  return pdfBytes;
}

describe("inputs that are not regular files", () => {
  const profileWithLogo = (name: string, logo: string) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, `name: Stadt Musterstadt\nlogo:\n  path: ${logo}\n  alt: Wappen\n`);
    return file;
  };

  it.each([
    ["/dev/zero", "a character device"],
    ["/dev/urandom", "a character device"],
  ])("a logo that is %s is refused at once, without reading it", async (device, kind) => {
    const profile = profileWithLogo(`logo-${device.slice(5)}`, device);
    const run = await start(["pdf", ...DATE, "--profile", profile, "-o", join(dir, "never.pdf")]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([1, `${profile}: logo.path: ${device}: cannot read: not a regular file (${kind})\n`]);
    expect(existsSync(join(dir, "never.pdf"))).toBe(false);
  });

  it("a FIFO as input or as logo is refused at once instead of waiting for a writer", async () => {
    const fifo = join(dir, "fifo-in");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const asInput = await start(["validate", fifo]);
    expect([asInput.code, asInput.stderr]).toEqual([1, `${fifo}: cannot read: not a regular file (a FIFO)\n`]);
    const profile = profileWithLogo("logo-fifo", "fifo-in");
    const asLogo = await start(["validate", profile]);
    expect([asLogo.code, asLogo.stderr]).toEqual([1, `${profile}: logo.path: fifo-in: cannot read: not a regular file (a FIFO)\n`]);
  });
});

/** A 6000 × 6000 RGBA PNG at 16 bits (288 MB of pixels) that deflates to about 1.3 MB: within the caps. */
async function hugeButSmallPng(file: string): Promise<void> {
  const width = 6000;
  const height = 6000;
  // Level 1: the file is 1.3 MB instead of 0.3 MB, and made in a quarter of the time.
  const deflate = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on("data", (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const row = Buffer.alloc(1 + width * 8);
  for (let x = 0; x < width; x++) row.set([x & 0xff, 0, 0x80, 0, 0x20, 0, 0xff, 0xff], 1 + x * 8);
  deflate.write(Buffer.from(row));
  row.fill(0);
  row[0] = 2; // "Up": every further row repeats the first
  for (let y = 1; y < height; y++) if (!deflate.write(row)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end();
  await done;
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), body])));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([16, 6, 0, 0, 0], 8);
  writeFileSync(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", Buffer.concat(parts)), chunk("IEND", Buffer.alloc(0))]));
}

/** Runs the CLI and samples its peak resident memory (VmHWM) until it exits. */
async function peakMemory(args: string[]): Promise<{ run: Run; peakMb: number }> {
  let peak = 0;
  const run = await start(args, {
    onStart: (child) => {
      const poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        } catch {
          clearInterval(poll);
        }
      }, 20);
      child.on("exit", () => clearInterval(poll));
    },
  });
  return { run, peakMb: peak };
}

describe("a PNG logo within the caps that takes 288 MB to decode", () => {
  it("is decoded once, streamed, and scaled to its print size: both documents without a gigabyte", async () => {
    const png = join(dir, "riesig.png");
    await hugeButSmallPng(png);
    expect(statSync(png).size).toBeLessThan(5 * 1024 * 1024);
    const profile = join(dir, "riesig.yaml");
    writeFileSync(profile, "name: Stadt Riesig\nlogo:\n  path: riesig.png\n  alt: Wappen\n");
    const out = join(dir, "riesig");
    const { run, peakMb } = await peakMemory(["build", ...DATE, "--profile", profile, "-o", out]);
    expectClean(run);
    expect(run.code, run.stderr).toBe(0);
    // Before: pdfkit decoded it for the PDF alone, 1.1 GB. The documents now embed a 217 × 217 image.
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(400);
    expect(statSync(join(out, "handreichung.pdf")).size).toBeLessThan(200_000);
    expect(statSync(join(out, "vorlage.docx")).size).toBeLessThan(200_000);
  }, 180_000);
});

describe("bidi controls", () => {
  it("are kept and applied by both documents alike, with no warning: the PDF reads as written, Word holds them", async () => {
    const profile = join(dir, "bidi.yaml");
    writeFileSync(profile, 'name: "Stadt \\u202eMusterstadt"\ndepartment: "Amt \\u2066für\\u2069 Integration"\n');
    const pdf = await start(["pdf", ...DATE, "--profile", profile, "-o", join(dir, "bidi.pdf")]);
    expect(pdf.stderr).not.toMatch(/U\+202E|U\+2066|U\+2069/);
    // The override shows "Musterstadt" right to left: its glyphs are drawn in that order (as Word shows it)…
    const bytes = new Uint8Array(readFileSync(join(dir, "bidi.pdf")));
    const drawn = (await readPdf(bytes, { fonts: false, colors: true })).pages.flatMap((p) => p.textColors ?? []).map((t) => t.text);
    expect(drawn).toContain("tdatsretsuM");
    expect(drawn.join("|")).not.toContain("Musterstadt");
    // …and the text layer reads it as written: the reversed run carries its logical text as /ActualText.
    expect(await actualTexts(bytes)).toContain("Musterstadt");
    const docx = await start(["docx", ...DATE, "--profile", profile, "-o", join(dir, "bidi.docx")]);
    expect(docx.stderr).not.toMatch(/bidirectional|U\+202E/);
    const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(join(dir, "bidi.docx")))))
      .filter(([name]) => name.endsWith(".xml"))
      .map(([, data]) => strFromU8(data))
      .join("");
    expect(xml).toContain("\u202eMusterstadt");
    expect(xml).toContain("Amt \u2066für\u2069 Integration");
  });
});

describe("batch: one per folder, and a manifest that never lies", () => {
  const list = join(dir, "kommunen.csv");
  writeFileSync(list, ["name,department", ...Array.from({ length: 30 }, (_, i) => `Gemeinde ${i + 1},Amt ${i + 1}`)].join("\n"));

  it("a second batch into a folder that a running batch holds is refused with one line", async () => {
    const out = join(dir, "locked");
    mkdirSync(out);
    // This test's own process stands in for a running batch.
    writeFileSync(join(out, ".handreichung-batch.lock"), `${process.pid}\n`);
    const run = await start(["batch", list, "-o", out, ...DATE, "--quiet"]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([1, `${out}: another batch (process ${process.pid}) is writing into this folder; wait for it, or remove ${join(out, ".handreichung-batch.lock")} if that process is not a batch\n`]);
    expect(readdirSync(out)).toEqual([".handreichung-batch.lock"]);
  });

  it("a lock left by a killed batch is taken over, and released at the end", async () => {
    const out = join(dir, "stale");
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(join(out, ".handreichung-batch.lock"), `${gone}\n`);
    const run = await start(["batch", list, "-o", out, ...DATE, "--quiet", "--format", "docx"]);
    expectClean(run);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).not.toContain(".handreichung-batch.lock");
    expect(readdirSync(out)).toContain("manifest.json");
  }, 120_000);

  it("Ctrl-C removes the old manifest, leaves no empty folder, and shows the cursor again", async (context) => {
    needTools(context, "python3");
    const out = join(dir, "stopped");
    expect(runCli(["batch", list, "-o", out, ...DATE, "--quiet", "--format", "docx"]).code).toBe(0);
    expect(existsSync(join(out, "manifest.json"))).toBe(true);
    // On a terminal (a pseudo-terminal from python's pty), so the progress bar hides the cursor; SIGINT once it shows.
    const script = [
      "import os, pty, signal, sys, select, time",
      "pid, fd = pty.fork()",
      "if pid == 0: os.execv(sys.argv[1], sys.argv[1:])",
      "out = b''; sent = False; end = time.time() + 90",
      "while time.time() < end:",
      "  r, _, _ = select.select([fd], [], [], 0.05)",
      "  if r:",
      "    try: data = os.read(fd, 65536)",
      "    except OSError: break",
      "    if not data: break",
      "    out += data",
      "  if not sent and out.count(b'/30') >= 2: os.kill(pid, signal.SIGINT); sent = True",
      "_, status = os.waitpid(pid, 0)",
      "sys.stdout.buffer.write(out)",
      "sys.exit(os.waitstatus_to_exitcode(status) & 0xff)",
    ].join("\n");
    const run = spawnSync("python3", ["-c", script, process.execPath, cliPath, "batch", list, "-o", out, ...DATE, "--format", "pdf,docx"], { encoding: "latin1", timeout: 120_000 });
    expect(run.status, run.stdout).toBe(130);
    expect(run.stdout).toContain("\x1b[?25l");
    expect(run.stdout.lastIndexOf("\x1b[?25h")).toBeGreaterThan(run.stdout.lastIndexOf("\x1b[?25l"));
    const names = readdirSync(out);
    expect(names).not.toContain("manifest.json");
    expect(names).not.toContain(".handreichung-batch.lock");
    for (const name of names) expect(readdirSync(join(out, name)).filter((f) => !f.endsWith(".tmp")).length, name).toBeGreaterThan(0);
    for (const name of names) expect(readdirSync(join(out, name)).filter((f) => f.endsWith(".tmp")), name).toEqual([]);
  }, 180_000);
});

describe("output names", () => {
  it("a name one byte under the limit is written; its temp name was shortened", async () => {
    const name = `${"ä".repeat(125)}.pdf`; // 254 bytes in UTF-8
    const run = await start(["pdf", ...DATE, "-o", join(dir, name)]);
    expectClean(run);
    expect([run.code, run.stderr]).toEqual([0, `wrote ${join(dir, name)}\n`]);
  });
});
