// What a batch's worker thread runs for each task (loaded by worker.ts).
import { workerData } from "node:worker_threads";
import { Piscina } from "piscina";
import { createBatchRenderer } from "./renderer.js";
import type { BatchTask, BatchTaskResult, BatchWorkerData } from "./task.js";

const render = createBatchRenderer(workerData as BatchWorkerData);

/** An ArrayBuffer that holds exactly these bytes, so it can be handed over without a copy. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/** The piscina task: renders one municipality; the bytes are moved to the main thread, not copied. */
export async function renderTask(task: BatchTask): Promise<unknown> {
  const result = await render(task);
  const buffers = result.documents.map((d) => ownBuffer(d.bytes));
  const value: BatchTaskResult = { ...result, documents: result.documents.map((d, i) => ({ format: d.format, bytes: new Uint8Array(buffers[i]!) })) };
  // Piscina's movable protocol: these buffers are transferred, `value` is what arrives.
  const movable = {
    get [Piscina.transferableSymbol]() {
      return buffers;
    },
    get [Piscina.valueSymbol]() {
      return value;
    },
  };
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0]);
}
