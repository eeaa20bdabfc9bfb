import type { Circular } from "@handreichung/content";
import { renderDocument, type DocumentFormat, type DocumentOptions } from "./renderers.js";
import { startWordThread, takeEarlyWordThread, type WordWorker } from "./word-thread.js";

export type { WordWorker } from "./word-thread.js";

/**
 * The thread that renders the Word formats of `build`: the one cli.ts
 * started before the CLI's code loaded, else one started now. It starts Node
 * and loads the Word renderer while this thread still reads and checks the
 * inputs, then waits for its job (render/word-worker.ts).
 */
export async function startWordWorker(): Promise<WordWorker> {
  return (await takeEarlyWordThread()) ?? startWordThread();
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
