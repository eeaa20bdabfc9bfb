import type { LogoImage, RenderOptions } from "@handreichung/content";
import { readFile } from "node:fs/promises";
import { workerData } from "node:worker_threads";
import { Piscina } from "piscina";
import { imageInfo } from "../io/image-info.js";
import { renderDocument } from "../render/renderers.js";
import type { BatchTask, BatchTaskResult, BatchWorkerData } from "./task.js";

const shared = workerData as BatchWorkerData;

// Many municipalities of a district often share one logo file: read it once per worker.
const logos = new Map<string, Promise<Uint8Array>>();

async function readLogo(logo: NonNullable<BatchTask["logo"]>): Promise<LogoImage> {
  let bytes = logos.get(logo.path);
  if (!bytes) {
    bytes = readFile(logo.path);
    logos.set(logo.path, bytes);
  }
  const data = await bytes;
  const info = imageInfo(data);
  // The main thread checked the logo before queueing the task; it changed since.
  if (!info) throw new Error(`${logo.path}: not a readable PNG or JPEG image`);
  return { data, ...info, alt: logo.alt };
}

/** An ArrayBuffer that holds exactly these bytes, so it can be handed over without a copy. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/** Renders the documents of one municipality; the bytes are moved to the main thread, not copied. */
export default async function renderTask(task: BatchTask): Promise<unknown> {
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

async function render(task: BatchTask): Promise<BatchTaskResult> {
  const warnings: string[] = [];
  const options: RenderOptions = { profile: task.profile, date: shared.date, onWarning: (message) => warnings.push(message) };
  if (shared.models) options.models = shared.models;
  if (task.logo) options.logo = await readLogo(task.logo);
  const documents: BatchTaskResult["documents"] = [];
  for (const format of shared.formats) documents.push({ format, bytes: await renderDocument(format, shared.circular, options) });
  return { documents, warnings };
}
