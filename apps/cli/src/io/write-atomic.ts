import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { describeFsError } from "./read-text-file.js";

// Temp files being written right now, and the writes themselves, so an
// interrupt can let them settle and then remove what is left.
const pending = new Set<string>();
const writes = new Set<Promise<void>>();
let closing = false;

/** On SIGINT/SIGTERM: start no new write, let running ones settle, remove their temp files. */
export async function removePendingTempFiles(): Promise<void> {
  closing = true;
  await Promise.allSettled([...writes]);
  await Promise.all([...pending].map((file) => rm(file, { force: true })));
  pending.clear();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temp files that a killed run (SIGKILL, power cut) left for `file`:
 * ours by name, from a process that no longer runs.
 */
async function removeStaleTempFiles(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length - 1));
    if (m && Number(m[1]) !== process.pid && !isRunning(Number(m[1]))) await rm(join(dirname(file), name), { force: true });
  }
}

/**
 * Checks that `file` can be created: its folder exists and it is not a folder
 * itself. Run before rendering so a bad path fails fast and writes nothing.
 */
export async function checkWritableTarget(file: string): Promise<void> {
  if (file === "") throw new UsageError("--output: the path is empty");
  const dir = dirname(file);
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new InputError("E_OUTPUT", `${file}: cannot write: ${dir} is not a directory`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("E_OUTPUT", `${file}: cannot write: folder ${dir} ${describeFsError(error) === "no such file or directory" ? "does not exist" : describeFsError(error)}`);
  }
  try {
    if ((await stat(file)).isDirectory()) throw new InputError("E_OUTPUT", `${file}: cannot write: is a directory`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}

/**
 * The folders ensureDirectory would have to create, outermost first; throws
 * when one of them cannot be created because a file stands in the way.
 */
async function missingFolders(dir: string): Promise<string[]> {
  if (dir === "") throw new UsageError("--output: the path is empty");
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    let info;
    try {
      info = await stat(at);
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
  await missingFolders(dir);
}

/** Creates an output folder (and its parents) or explains why it cannot. */
export async function ensureDirectory(dir: string): Promise<void> {
  // Not mkdir({ recursive: true }): on Node 20 it loops forever where mkdir
  // says ENOENT for a parent that exists (/proc/x). One level at a time instead.
  for (const at of await missingFolders(dir)) {
    try {
      await mkdir(at);
    } catch (error) {
      // Another process (a parallel batch worker) may have made it meanwhile.
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && (await stat(at)).isDirectory()) continue;
      throw new InputError("E_OUTPUT", `${dir}: cannot create folder: ${describeFsError(error)}`);
    }
  }
}

/**
 * Writes `data` to `file` through a temp file in the same folder and a rename,
 * so a failed or interrupted run never leaves a truncated file under `file`.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  if (closing) throw new InputError("E_INTERRUPTED", `${file}: not written: interrupted`);
  const write = writeThroughTemp(file, data);
  writes.add(write);
  try {
    await write;
  } finally {
    writes.delete(write);
  }
}

async function writeThroughTemp(file: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temp);
  await removeStaleTempFiles(file);
  try {
    // No fsync: the rename is what keeps a killed run from leaving a truncated
    // file under the final name, and syncing every file of a batch costs seconds.
    await writeFile(temp, data, { flag: "wx", mode: 0o644 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new InputError("E_OUTPUT", `${file}: cannot write: ${describeFsError(error)}`);
  } finally {
    pending.delete(temp);
  }
}
