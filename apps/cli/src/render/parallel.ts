import type { Circular } from "@handreichung/content";
import type { Worker } from "node:worker_threads";
import { renderDocument, type DocumentFormat, type DocumentOptions } from "./renderers.js";
import type { WordJob, WordResult } from "./word-job.js";

/** The Word formats on a worker thread, or null when it could not render them. */
async function renderOnWorker(job: WordJob): Promise<WordResult> {
  // Loaded here, not with the CLI: only `build` starts a thread.
  const { Worker: WorkerThread } = await import("node:worker_threads");
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: WordResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    let worker: Worker;
    try {
      worker = new WorkerThread(new URL("./word-worker.js", import.meta.url), { workerData: job });
    } catch {
      done({ failed: true });
      return;
    }
    worker.once("message", (result: WordResult) => {
      done(result);
      void worker.terminate();
    });
    worker.once("error", () => done({ failed: true }));
    worker.once("exit", () => done({ failed: true }));
  });
}

/**
 * Renders `formats` in their order. With the PDF and a Word format together
 * (`build`), the Word formats render on a worker thread while this thread
 * renders the PDF: a cold start then uses two cores instead of one, and the
 * bytes are the same (the same code renders them). Warnings reach
 * `options.onWarning` as from one thread; if the worker fails, the Word
 * formats are rendered here, so an error surfaces exactly as it would.
 */
export async function renderFormats(formats: readonly DocumentFormat[], circular: Circular, options: DocumentOptions): Promise<Uint8Array[]> {
  const word = formats.filter((f) => f !== "pdf");
  if (!formats.includes("pdf") || word.length === 0) return Promise.all(formats.map((f) => renderDocument(f, circular, options)));
  const { onWarning, ...cloneable } = options;
  const onWorker = renderOnWorker({ formats: word, circular, options: cloneable });
  const pdf = await renderDocument("pdf", circular, options);
  const result = await onWorker;
  let wordDocuments: Uint8Array[];
  if ("documents" in result) {
    for (const message of result.warnings) onWarning?.(message);
    wordDocuments = result.documents;
  } else wordDocuments = await Promise.all(word.map((f) => renderDocument(f, circular, options)));
  return formats.map((f) => (f === "pdf" ? pdf : wordDocuments[word.indexOf(f)]!));
}
