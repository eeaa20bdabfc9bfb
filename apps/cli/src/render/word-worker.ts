// A worker thread that renders the Word formats of `build` while the main
// thread renders the PDF (render/parallel.ts). Posts the bytes (moved, not
// copied) and the warnings, or { failed: true } — the main thread then renders
// in its own thread, where any error surfaces as itself.
import { parentPort, workerData } from "node:worker_threads";
import type { Circular } from "@handreichung/content";
import { renderDocument, type DocumentFormat, type DocumentOptions } from "./renderers.js";

export interface WordJob {
  formats: readonly DocumentFormat[];
  circular: Circular;
  options: DocumentOptions;
}

export type WordResult = { documents: Uint8Array[]; warnings: string[] } | { failed: true };

const { formats, circular, options } = workerData as WordJob;
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
parentPort!.postMessage(result, transfer);
