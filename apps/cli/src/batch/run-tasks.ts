import { fileURLToPath } from "node:url";
import type { BatchTask, BatchTaskResult, BatchWorkerData } from "./task.js";

export interface RunOptions {
  /** Renderers in parallel: the main thread plus `jobs - 1` worker threads. */
  jobs: number;
  shared: BatchWorkerData;
  /** Called as each task finishes, in completion order; awaited before the next result of the same lane. */
  onResult(index: number, result: BatchTaskResult): Promise<void>;
  onError(index: number, error: unknown): void;
}

/**
 * Runs every task on all cores: worker threads from a piscina pool, and the
 * main thread itself, which would otherwise only wait (one isolate less in
 * memory). Results are handed on as they come, never collected.
 */
export async function runTasks(tasks: readonly BatchTask[], options: RunOptions): Promise<void> {
  let next = 0;
  const take = () => (next < tasks.length ? next++ : -1);
  const settle = async (index: number, work: Promise<BatchTaskResult>) => {
    try {
      await options.onResult(index, await work);
    } catch (error) {
      options.onError(index, error);
    }
  };

  const { keepHeapsNearLive } = await import("./heap.js");
  keepHeapsNearLive();
  const { createBatchRenderer } = await import("./renderer.js");
  const renderHere = createBatchRenderer(options.shared);
  const mainLane = async () => {
    for (let i = take(); i >= 0; i = take()) {
      await settle(i, renderHere(tasks[i]!));
      // Rendering and writing never wait for the event loop: let it hand the
      // workers their next tasks and take their results before the next document.
      await new Promise((done) => setImmediate(done));
    }
  };

  const workers = Math.min(options.jobs - 1, tasks.length - 1);
  if (workers <= 0) return mainLane();
  const { Piscina } = await import("piscina");
  const pool = new Piscina<BatchTask, BatchTaskResult>({
    // A path, not a URL: piscina requires it then, as CommonJS (worker.ts).
    filename: fileURLToPath(new URL("./batch-worker.cjs", import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    workerData: options.shared,
    // A worker holds its next tasks while it renders one: the main thread,
    // busy with a document of its own, hands over new ones only between its
    // documents. (In a 400-row batch a worker waited a quarter of the time with
    // one task, 5-14 % with two, about 1 % with four.)
    concurrentTasksPerWorker: 4,
    // Rendering makes much short-lived garbage: with a 32 MB young generation a worker collects it
    // 88 times in a 400-row batch instead of 303 with 8 MB, for about 9 % less time and 35 MB more
    // at the peak, which the 4000-row batch can afford since the glyph runs no longer grow with the
    // list (packages/pdf/src/kept-across-documents.ts).
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  // Six per worker: four in the worker, and two whose results wait for the
  // main thread. Fewer leave the worker without its next task; more would only hold memory.
  const poolLane = async () => {
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      while (inFlight.size < workers * 6) {
        const i = take();
        if (i < 0) break;
        const job: Promise<void> = settle(i, pool.run(tasks[i]!)).finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
      if (inFlight.size === 0) return;
      await Promise.race(inFlight);
    }
  };
  try {
    await Promise.all([poolLane(), mainLane()]);
  } finally {
    await pool.destroy();
  }
}
