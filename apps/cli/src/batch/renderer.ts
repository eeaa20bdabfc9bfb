import type { LogoImage, RenderOptions } from "@handreichung/content";
import { readFile } from "node:fs/promises";
import { imageInfo } from "../io/image-info.js";
import { renderDocument } from "../render/renderers.js";
import type { BatchTask, BatchTaskResult, BatchWorkerData } from "./task.js";

/**
 * Renders the documents of one municipality after another with shared
 * settings. Used in each worker thread and in the main thread alike.
 */
export function createBatchRenderer(shared: BatchWorkerData): (task: BatchTask) => Promise<BatchTaskResult> {
  // Many municipalities of a district often share one logo file: read it once.
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

  return async (task) => {
    const warnings: string[] = [];
    const options: RenderOptions = { profile: task.profile, date: shared.date, onWarning: (message) => warnings.push(message) };
    if (shared.models) options.models = shared.models;
    if (task.logo) options.logo = await readLogo(task.logo);
    const documents: BatchTaskResult["documents"] = [];
    for (const format of shared.formats) documents.push({ format, bytes: await renderDocument(format, shared.circular, options) });
    return { documents, warnings };
  };
}
