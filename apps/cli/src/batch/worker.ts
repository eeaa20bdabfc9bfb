// A batch's worker thread (a piscina worker; run-tasks.ts). piscina requires
// it as CommonJS (dist/batch-worker.cjs, build/commonjs-entries.ts), so the
// thread does not build Node's ES module loader. On Node 20 its code runs as
// CommonJS through V8's code cache, as the main thread's does
// (io/chunk-cache.ts): the renderers' chunks are compiled from the cache the
// CLI keeps, not from source in every worker of every batch. piscina ends
// its workers without an exit event, so the cache is written (where missing)
// once the first task is done, with the functions rendering compiled.
import { cachedChunkLoader } from "../io/chunk-cache.js";
import type { BatchTask } from "./task.js";

const chunks = cachedChunkLoader(import.meta.url);
// Loaded as the thread starts, before its first task arrives; a failure fails each task.
const renderer: Promise<typeof import("./batch-task.js")> = chunks ? Promise.resolve().then(() => chunks.load("batch-task") as typeof import("./batch-task.js")) : import("./batch-task.js");
renderer.catch(() => undefined);
let saved = false;

export default async function runTask(task: BatchTask): Promise<unknown> {
  const { renderTask } = await renderer;
  const result = await renderTask(task);
  if (!saved) {
    saved = true;
    chunks?.save();
  }
  return result;
}
