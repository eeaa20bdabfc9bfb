import { availableParallelism } from "node:os";

/**
 * Rows a worker thread must have before it pays for its start. A worker
 * starts Node, loads the renderers and compiles them anew (its own isolate):
 * about 0.7 CPU-seconds. Measured on 2 cores, both formats, the main thread
 * alone against the main thread and one worker (alternately, 6 runs each,
 * medians), once the main thread no longer waited for its own writes
 * (io/write-atomic.ts): 30 rows 1.62 against 1.73 s, 40 rows 2.27 against
 * 2.28 s (2.8 against 3.9 CPU-s), 48 rows 1.66 against 1.67 s, 64 rows 2.80
 * against 2.66 s, 100 rows 2.62 against 2.34 s. (Before, with 32: 20 rows
 * 1.13 against 1.27 s, 50 rows 1.75 against 1.62 s.)
 */
export const ROWS_PER_WORKER = 48;

/**
 * How many threads render a batch of `rows` when the user gave no --jobs: one
 * per core, but a worker thread only for each ROWS_PER_WORKER rows, so a short
 * list is rendered by the main thread alone, sooner and with less CPU time.
 */
export function defaultJobs(rows: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 1 + Math.floor(rows / ROWS_PER_WORKER)));
}
