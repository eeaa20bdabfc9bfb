// What an interrupted run must undo before it exits (a batch's folder lock),
// besides the temp files write-atomic tracks itself.
const cleanups = new Set<() => Promise<void>>();

/** Registers `fn` to run if the process is interrupted; returns a function that unregisters it. */
export function atInterrupt(fn: () => Promise<void>): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs every registered cleanup once, each at most once, failures ignored. */
export async function runInterruptCleanups(): Promise<void> {
  const all = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(all.map((fn) => fn()));
}
