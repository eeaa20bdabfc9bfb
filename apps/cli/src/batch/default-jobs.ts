import { availableParallelism } from "node:os";

/**
 * Rows a worker thread must have before it pays for its start. A worker
 * starts Node, loads the renderers and compiles them anew (its own isolate):
 * about 0.7 CPU-seconds. Measured on 2 cores, both formats, the main thread
 * alone against the main thread and one worker (alternately, medians):
 * 3 rows 593 against 720 ms, 20 rows 1.13 against 1.27 s (1.3 against 2.1
 * CPU-s), 50 rows 1.75 against 1.62 s, 100 rows 2.84 against 2.25 s.
 */
export const ROWS_PER_WORKER = 32;

/**
 * How many threads render a batch of `rows` when the user gave no --jobs: one
 * per core, but a worker thread only for each ROWS_PER_WORKER rows, so a short
 * list is rendered by the main thread alone, sooner and with less CPU time.
 */
export function defaultJobs(rows: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 1 + Math.floor(rows / ROWS_PER_WORKER)));
}
