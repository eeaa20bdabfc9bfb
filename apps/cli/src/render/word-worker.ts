// A worker thread that renders the Word formats of `build` while the main
// thread renders the PDF (render/parallel.ts, render/word-job.ts). On Node 20
// the job's code runs as CommonJS through V8's code cache, as the main
// thread's does (io/chunk-cache.ts); the thread is ended as soon as it has
// posted, so it keeps what it compiled before posting.
import { parentPort, workerData } from "node:worker_threads";
import { cachedChunkLoader } from "../io/chunk-cache.js";
import type { WordJob } from "./word-job.js";

const chunks = cachedChunkLoader(import.meta.url);
const { renderWordJob } = chunks ? (chunks.load("word-job") as typeof import("./word-job.js")) : await import("./word-job.js");
const { result, transfer } = await renderWordJob(workerData as WordJob);
chunks?.save();
parentPort!.postMessage(result, transfer);
