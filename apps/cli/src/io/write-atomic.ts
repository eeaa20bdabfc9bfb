import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";
import { describeFsError } from "./read-text-file.js";

// Temp files being written right now, so an interrupt can remove them.
const pending = new Set<string>();

/** Removes temp files of writes that were cut short (on SIGINT/SIGTERM). */
export async function removePendingTempFiles(): Promise<void> {
  await Promise.all([...pending].map((file) => rm(file, { force: true })));
  pending.clear();
}

/**
 * Checks that `file` can be created: its folder exists and it is not a folder
 * itself. Run before rendering so a bad path fails fast and writes nothing.
 */
export async function checkWritableTarget(file: string): Promise<void> {
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

/** Creates an output folder (and its parents) or explains why it cannot. */
export async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError("E_OUTPUT", `${dir}: cannot create folder: ${describeFsError(error)}`);
  }
}

/**
 * Writes `data` to `file` through a temp file in the same folder and a rename,
 * so a failed or interrupted run never leaves a truncated file under `file`.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temp);
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
