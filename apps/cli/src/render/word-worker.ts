// A worker thread that renders the Word formats of `build` while the main
// thread renders the PDF (render/parallel.ts, render/word-job.ts). It is
// started before the main thread has read the inputs: it loads the Word
// renderer first, then waits for its job. The thread starts from this file
// as CommonJS (dist/word-worker.cjs, build/commonjs-entries.ts), so it does not
// build Node's ES module loader; on Node 20 the renderer's code runs as
// CommonJS through V8's code cache, as the main thread's does
// (io/chunk-cache.ts). The thread is ended as soon as it has posted, so it
// keeps what it compiled before posting.
import { parentPort } from "node:worker_threads";
import { cachedChunkLoader } from "../io/chunk-cache.js";
import type { WordJob } from "./word-job.js";

const chunks = cachedChunkLoader(import.meta.url);
const job = new Promise<WordJob>((resolve) => parentPort!.once("message", resolve));

async function renderWhenAsked(): Promise<void> {
  const { loadWordRenderer, renderWordJob } = chunks ? (chunks.load("word-job") as typeof import("./word-job.js")) : await import("./word-job.js");
  await loadWordRenderer();
  const { result, transfer } = await renderWordJob(await job);
  chunks?.save();
  parentPort!.postMessage(result, transfer);
}

// A failure is left unhandled: the thread ends with an error, and the main thread renders the Word formats itself.
void renderWhenAsked();
