import { link, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { atInterrupt } from "../io/cleanup.js";
import { describeFsError } from "../io/read-text-file.js";
import { isRunning } from "../io/process-alive.js";

/** The lock file a batch keeps in its output folder while it runs. */
export const LOCK_NAME = ".handreichung-batch.lock";

/**
 * Takes the output folder for this batch: a second batch into the same
 * folder would mix its files with ours and leave a manifest that matches
 * neither. The lock is a file created exclusively, holding our process id;
 * one left by a killed run (its process is gone) is taken over. Returns the
 * release function; an interrupt releases it too.
 */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_NAME);
  for (let attempt = 0; ; attempt++) {
    // Written under a name of our own, then linked into place: the lock never exists without its process id.
    const mine = `${file}.${process.pid}`;
    try {
      await writeFile(mine, `${process.pid}\n`);
      await link(mine, file);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new InputError("E_OUTPUT", `${dir}: cannot lock the folder: ${describeFsError(error)}`);
    } finally {
      await rm(mine, { force: true });
    }
    const pid = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new InputError("E_BATCH_LOCKED", `${dir}: another batch (process ${pid}) is writing into this folder; wait for it, or remove ${file} if that process is not a batch`);
    }
    // Left by a run that no longer exists: take it over (once; if it comes back, another batch is starting).
    if (attempt > 0) throw new InputError("E_BATCH_LOCKED", `${dir}: cannot lock the folder: ${file} keeps coming back; is another batch starting?`);
    await rm(file, { force: true });
  }
  const release = async () => {
    const holder = await readFile(file, "utf8").catch(() => "");
    if (holder.trim() === String(process.pid)) await rm(file, { force: true });
  };
  const unregister = atInterrupt(release);
  return async () => {
    unregister();
    await release();
  };
}
