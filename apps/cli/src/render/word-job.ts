// What the worker thread of `build` does (render/word-worker.ts): renders the
// Word formats and gives the bytes to move, not copy, to the main thread, or
// { failed: true } — the main thread then renders them itself, where any error
// surfaces as itself.
import type { Circular } from "@handreichung/content";
import { renderDocument, type DocumentFormat, type DocumentOptions } from "./renderers.js";

export interface WordJob {
  formats: readonly DocumentFormat[];
  circular: Circular;
  options: DocumentOptions;
}

export type WordResult = { documents: Uint8Array[]; warnings: string[] } | { failed: true };

/** Loads the Word renderer's code, before the job comes. */
export async function loadWordRenderer(): Promise<void> {
  await import("@handreichung/docx");
}

/** The job's result, and the buffers that hold its documents (each once). */
export async function renderWordJob({ formats, circular, options }: WordJob): Promise<{ result: WordResult; transfer: ArrayBuffer[] }> {
  const warnings: string[] = [];
  let result: WordResult;
  try {
    const documents: Uint8Array[] = [];
    for (const format of formats) documents.push(await renderDocument(format, circular, { ...options, onWarning: (message) => warnings.push(message) }));
    result = { documents, warnings };
  } catch {
    result = { failed: true };
  }
  const transfer = "documents" in result ? result.documents.map((d) => d.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i) : [];
  return { result, transfer };
}
