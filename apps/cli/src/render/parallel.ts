import type { Circular } from "@handreichung/content";
import type { Worker } from "node:worker_threads";
import { renderDocument, type DocumentFormat, type DocumentOptions } from "./renderers.js";
import type { WordJob, WordResult } from "./word-job.js";

/** A worker thread for the Word formats, started before its job is known. */
export interface WordWorker {
  /** Renders the job on the thread; { failed: true } when the thread could not. */
  render(job: WordJob): Promise<WordResult>;
  /** Ends the thread if it is still running (a run that stops before rendering). */
  cancel(): void;
}

/**
 * Starts the thread that renders the Word formats of `build`. It starts Node
 * and loads the Word renderer while this thread still reads and checks the
 * inputs, then waits for its job (render/word-worker.ts).
 */
export async function startWordWorker(): Promise<WordWorker> {
  // Loaded here, not with the CLI: only `build` starts a thread.
  const { Worker: WorkerThread } = await import("node:worker_threads");
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
    worker = new WorkerThread(new URL("./word-worker.js", import.meta.url));
    worker.once("message", done);
    worker.once("error", () => done({ failed: true }));
    worker.once("exit", () => done({ failed: true }));
  } catch {
    done({ failed: true });
  }
  return {
    render(job) {
      if (!settled) worker?.postMessage(job);
      return result;
    },
    cancel: () => done({ failed: true }),
  };
}

/**
 * Renders `formats` in their order. With the PDF and a Word format together
 * (`build`), the Word formats render on the worker thread `word` while this
 * thread renders the PDF: a cold start then uses two cores instead of one,
 * and the bytes are the same (the same code renders them). Warnings reach
 * `options.onWarning` as from one thread; if the worker fails, the Word
 * formats are rendered here, so an error surfaces exactly as it would.
 */
export async function renderFormats(formats: readonly DocumentFormat[], circular: Circular, options: DocumentOptions, word: WordWorker): Promise<Uint8Array[]> {
  const wordFormats = formats.filter((f) => f !== "pdf");
  if (!formats.includes("pdf") || wordFormats.length === 0) return Promise.all(formats.map((f) => renderDocument(f, circular, options)));
  const { onWarning, ...cloneable } = options;
  const onWorker = word.render({ formats: wordFormats, circular, options: cloneable });
  const pdf = await renderDocument("pdf", circular, options);
  const result = await onWorker;
  let wordDocuments: Uint8Array[];
  if ("documents" in result) {
    for (const message of result.warnings) onWarning?.(message);
    wordDocuments = result.documents;
  } else wordDocuments = await Promise.all(wordFormats.map((f) => renderDocument(f, circular, options)));
  return formats.map((f) => (f === "pdf" ? pdf : wordDocuments[wordFormats.indexOf(f)]!));
}
