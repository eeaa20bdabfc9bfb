// The worker thread that renders the Word formats of `build`
// (render/word-worker.ts), without the renderers: cli.ts starts it before the
// CLI's own code has loaded, and render/parallel.ts hands it its job.
import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import type { WordJob, WordResult } from "./word-job.js";

/** A worker thread for the Word formats, started before its job is known. */
export interface WordWorker {
  /** Renders the job on the thread; { failed: true } when the thread could not. */
  render(job: WordJob): Promise<WordResult>;
  /** Ends the thread if it is still running (a run that stops before rendering). */
  cancel(): void;
  /** Keeps the process alive for the thread: a thread started early does not until `build` takes it. */
  keep(): void;
}

/**
 * Starts the thread: it starts Node and loads the Word renderer, then waits
 * for its job (dist/word-worker.cjs, beside this chunk). With `held: false` the
 * thread does not keep the process alive (a run that turns out not to be a
 * `build` exits as if it had none) until `keep()`.
 */
export async function startWordThread(held = true): Promise<WordWorker> {
  // Loaded here, not with the CLI: only `build` starts a thread. Required, not
  // imported: in the CommonJS entry (build/commonjs-entries.ts) an import()
  // would make Node build its ES module loader.
  const { Worker: WorkerThread } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  let worker: Worker | null = null;
  let settled = false;
  let finish: (result: WordResult) => void = () => undefined;
  const result = new Promise<WordResult>((resolve) => (finish = resolve));
  const done = (value: WordResult) => {
    if (settled) return;
    settled = true;
    finish(value);
    void worker?.terminate();
  };
  try {
    worker = new WorkerThread(new URL("./word-worker.cjs", import.meta.url));
    // Listening from the start: an error or exit before the job is known is a failed thread, not an unhandled event.
    worker.once("message", done);
    worker.once("error", () => done({ failed: true }));
    worker.once("exit", () => done({ failed: true }));
    if (!held) worker.unref();
  } catch {
    done({ failed: true });
  }
  return {
    render(job) {
      if (!settled) worker?.postMessage(job);
      return result;
    },
    cancel: () => done({ failed: true }),
    keep: () => worker?.ref(),
  };
}

// The entry (dist/cli.cjs, a bundle of its own) and the commands (on Node 20
// CommonJS chunks through the code cache) are separate module instances of
// this file: the thread started early is handed over through the process,
// under this key.
const EARLY = Symbol.for("handreichung.early-word-thread");
type Slot = { [EARLY]?: Promise<WordWorker> };

/** Called by cli.ts for a run that looks like a `build`: the thread starts before the CLI's code loads. */
export function startEarlyWordThread(): void {
  (globalThis as Slot)[EARLY] = startWordThread(false);
}

/** The thread cli.ts started, now kept alive for `build`; undefined when none was started. */
export async function takeEarlyWordThread(): Promise<WordWorker | undefined> {
  const early = (globalThis as Slot)[EARLY];
  delete (globalThis as Slot)[EARLY];
  const word = await early;
  word?.keep();
  return word;
}
