import { chmodSync, chownSync, constants, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { describeFsError, fileKind } from "./read-text-file.js";
import { isRunning } from "./process-alive.js";
import { tempTag } from "./temp-tag.js";

/** Longest file name (one path component, in bytes) on the file systems we write to. */
export const NAME_MAX = 255;

// Regular files and folders are checked, written and renamed with synchronous
// calls: each is one quick system call, where the promise API sends each
// through libuv's thread pool and back. A batch makes about 17 of them per
// municipality; awaited one by one they left the main thread idle for 15 % of
// a 400-row batch (--jobs 1), and its worker thread waiting for the next task.
// FIFOs and devices, which can block, are written without blocking (writeInto).

// Temp files being written right now, and the writes themselves, so an
// interrupt can let them settle and then remove what is left.
const pending = new Set<string>();
const writes = new Set<Promise<unknown>>();
let closing = false;

/**
 * On SIGINT/SIGTERM: start no new write, let running ones settle (for at most
 * `waitMs`: a write into a FIFO nobody reads never settles), remove their temp files.
 */
export async function removePendingTempFiles(waitMs = 2000): Promise<void> {
  closing = true;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled([...writes]), new Promise((done) => (timer = setTimeout(done, waitMs)))]);
  clearTimeout(timer);
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}

// node:crypto (about 7 ms to load) only for a name too long to keep: temp
// names need no strong randomness, since the PID makes them unique among
// running processes and the "wx" flag refuses an existing file.
let crypto: Promise<typeof import("node:crypto")> | undefined;
const loadCrypto = () => (crypto ??= import("node:crypto"));


/**
 * The start of every temp file name for `name`: `.NAME.`, or a hash of the
 * name when NAME is so long that `.NAME.PID.RANDOM.tmp` would pass NAME_MAX.
 */
async function tempPrefix(name: string): Promise<string> {
  const plain = `.${name}.`;
  if (Buffer.byteLength(plain) + 24 <= NAME_MAX) return plain;
  const { createHash } = await loadCrypto();
  return `.${createHash("sha256").update(name).digest("hex").slice(0, 20)}.`;
}

/**
 * Removes temp files that a killed run (SIGKILL, power cut) left for `file`:
 * ours by name, from a process that no longer runs.
 */
async function removeStaleTempFiles(file: string): Promise<void> {
  const prefix = await tempPrefix(basename(file));
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (m && Number(m[1]) !== process.pid && !isRunning(Number(m[1]))) rmSync(join(dirname(file), name), { force: true });
  }
}

/** Where and how an output is written. */
type Target =
  /** A new or regular file, replaced through a temp file beside `path` (for a symlink: beside the file it points to). */
  | { kind: "file"; path: string; existing?: { mode: number; uid: number; gid: number } }
  /** A FIFO or character device (/dev/null, /dev/stdout, a terminal): written into, never replaced. */
  | { kind: "stream"; path: string };

const cannot = (file: string, why: string) => new InputError("E_OUTPUT", `${file}: cannot write: ${why}`);

/**
 * Decides how `file` is written, without writing: a regular file or a new one
 * is replaced atomically, keeping an existing file's mode (and, as root, its
 * owner); a symbolic link is written through (the file it points to is
 * replaced, the link stays); a FIFO or character device is written into;
 * anything else is refused with one line.
 */
async function resolveTarget(file: string): Promise<Target> {
  if (file === "") throw new UsageError("--output: the path is empty");
  if (file.endsWith("/") || file.endsWith(sep)) throw cannot(file, 'names a folder (it ends with "/"); give a file name');
  const bytes = Buffer.byteLength(basename(file));
  if (bytes > NAME_MAX) throw cannot(file, `file name too long (${bytes} bytes; the limit is ${NAME_MAX})`);
  let info;
  try {
    info = lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Missing, or a parent is not a folder: the folder check names which.
    if (code === "ENOENT" || code === "ENOTDIR") checkFolder(file);
    if (code !== "ENOENT") throw cannot(file, describeFsError(error));
    return { kind: "file", path: file };
  }
  if (info.isSymbolicLink()) {
    let target;
    try {
      target = statSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw cannot(file, code === "ENOENT" ? "a symbolic link to a file that does not exist" : describeFsError(error));
    }
    if (target.isFile()) {
      const path = realpathSync(file);
      return { kind: "file", path, existing: { mode: target.mode, uid: target.uid, gid: target.gid } };
    }
    info = target;
  }
  if (info.isFile()) return { kind: "file", path: file, existing: { mode: info.mode, uid: info.uid, gid: info.gid } };
  if (info.isFIFO() || info.isCharacterDevice()) return { kind: "stream", path: file };
  // /dev/stdout is a socket when a program (not a shell pipe) reads our output; Linux cannot open that by name.
  throw cannot(file, info.isSocket() ? `${fileKind(info)}; use -o - for standard output` : fileKind(info));
}

/** The folder of a new file must exist and be a folder. */
function checkFolder(file: string): void {
  const dir = dirname(file);
  try {
    const info = statSync(dir);
    if (!info.isDirectory()) throw cannot(file, `${dir} is not a directory`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = describeFsError(error);
    throw cannot(file, `folder ${dir} ${reason === "no such file or directory" ? "does not exist" : reason}`);
  }
}

/**
 * Checks that `file` can be written: its folder exists, it is not a folder,
 * its name fits. Run before rendering so a bad path fails fast and writes nothing.
 */
export async function checkWritableTarget(file: string): Promise<void> {
  await resolveTarget(file);
}

/**
 * The folders ensureDirectory would have to create, outermost first; throws
 * when one of them cannot be created because a file stands in the way.
 */
function missingFolders(dir: string): string[] {
  if (dir === "") throw new UsageError("--output: the path is empty");
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    let info;
    try {
      info = statSync(at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" || dirname(at) === at) throw new InputError("E_OUTPUT", `${dir}: cannot create folder: ${describeFsError(error)}`);
      missing.unshift(at);
      continue;
    }
    if (!info.isDirectory()) {
      const what = at === resolve(dir) ? "a file of that name exists" : "a parent of it is not a directory";
      throw new InputError("E_OUTPUT", `${dir}: cannot create folder: ${what}`);
    }
    break;
  }
  return missing;
}

/** Checks that an output folder exists or can be created, without creating it (fail before rendering). */
export async function checkOutputFolder(dir: string): Promise<void> {
  missingFolders(dir);
}

/** Creates an output folder (and its parents) or explains why it cannot; returns the folders it made, outermost first. */
export async function ensureDirectory(dir: string): Promise<string[]> {
  // Not mkdir({ recursive: true }): on Node 20 it loops forever where mkdir
  // says ENOENT for a parent that exists (/proc/x). One level at a time instead.
  const made: string[] = [];
  for (const at of missingFolders(dir)) {
    try {
      mkdirSync(at);
      made.push(at);
    } catch (error) {
      // Another process (a parallel batch worker) may have made it meanwhile.
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && statSync(at).isDirectory()) continue;
      throw new InputError("E_OUTPUT", `${dir}: cannot create folder: ${describeFsError(error)}`);
    }
  }
  return made;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Writes into a FIFO or device without ever blocking a thread: opened
 * non-blocking (a FIFO without a reader is retried until one comes), and a
 * full pipe is retried, so Ctrl-C always ends the process at once.
 */
async function writeInto(file: string, data: Uint8Array): Promise<void> {
  let handle;
  for (;;) {
    if (closing) throw new InputError("E_INTERRUPTED", `${file}: not written: interrupted`);
    try {
      handle = await open(file, constants.O_WRONLY | constants.O_NONBLOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENXIO") throw error; // ENXIO: a FIFO nobody reads yet
      await sleep(50);
    }
  }
  try {
    for (let at = 0; at < data.length; ) {
      if (closing) throw new InputError("E_INTERRUPTED", `${file}: not written: interrupted`);
      try {
        at += (await handle.write(data, at, Math.min(data.length - at, 64 * 1024))).bytesWritten;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        await sleep(10);
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A file written to its temp name (or a stream target), waiting to be put in place. */
interface Staged {
  file: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

const streams = new WeakSet<Staged>();
const isStream = (s: Staged) => streams.has(s);

async function stage(file: string, data: Uint8Array): Promise<Staged> {
  const target = await resolveTarget(file);
  if (target.kind === "stream") {
    // Nothing to stage: a FIFO or device is written in place, last.
    const staged = { file, commit: () => writeInto(target.path, data), discard: async () => undefined };
    streams.add(staged);
    return staged;
  }
  const dir = dirname(target.path);
  const temp = join(dir, `${await tempPrefix(basename(target.path))}${process.pid}.${tempTag()}.tmp`);
  pending.add(temp);
  await removeStaleTempFiles(target.path);
  const discard = async () => {
    rmSync(temp, { force: true });
    pending.delete(temp);
  };
  try {
    // No fsync: the rename is what keeps a killed run from leaving a truncated
    // file under the final name, and syncing every file of a batch costs seconds.
    writeFileSync(temp, data, { flag: "wx", mode: 0o644 });
    const existing = target.existing;
    if (existing) {
      // Replacing a file keeps what it was: its mode (600 stays 600) and, where we may, its owner.
      chmodSync(temp, existing.mode & 0o7777);
      if (process.getuid?.() === 0) chownSync(temp, existing.uid, existing.gid);
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    file,
    commit: async () => {
      try {
        renameSync(temp, target.path);
      } finally {
        pending.delete(temp);
      }
    },
    discard,
  };
}

/**
 * Writes several files all or nothing, as far as a file system allows: each
 * is written to a temp file beside it first, and only when all are written
 * are they renamed into place. A failed or interrupted run never leaves a
 * truncated file under a final name. FIFOs and devices are written into
 * directly, after the files.
 */
export async function writeFilesAtomic(files: readonly { file: string; data: Uint8Array | string }[]): Promise<void> {
  if (closing) throw new InputError("E_INTERRUPTED", `${files[0]?.file ?? "output"}: not written: interrupted`);
  const work = writeAll(files);
  writes.add(work);
  try {
    await work;
  } finally {
    writes.delete(work);
  }
}

async function writeAll(files: readonly { file: string; data: Uint8Array | string }[]): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const { file, data } of files) {
      try {
        staged.push(await stage(file, typeof data === "string" ? Buffer.from(data) : data));
      } catch (error) {
        throw error instanceof InputError ? error : cannot(file, describeFsError(error));
      }
    }
  } catch (error) {
    await Promise.all(staged.map((s) => s.discard()));
    throw error;
  }
  const ordered = [...staged.filter((s) => !isStream(s)), ...staged.filter(isStream)];
  const done: string[] = [];
  for (const [i, s] of ordered.entries()) {
    try {
      await s.commit();
      done.push(s.file);
    } catch (error) {
      await Promise.all(ordered.slice(i + 1).map((rest) => rest.discard()));
      const reason = error instanceof InputError ? error.lines[0]! : `${s.file}: cannot write: ${describeFsError(error)}`;
      throw new InputError("E_OUTPUT", done.length ? `${reason} (${done.join(" and ")} ${done.length > 1 ? "were" : "was"} written)` : reason);
    }
  }
}

/** Writes `data` to `file` atomically (temp file + rename), or into it if it is a FIFO or device. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ file, data }]);
}
