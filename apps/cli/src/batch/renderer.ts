import type { LogoImage } from "@handreichung/content";
import { logoStandardProblem } from "@handreichung/pdf/standards";
import { loadLogo, logoError, LogoProblem } from "../load/logo.js";
import { renderDocument, type DocumentOptions } from "../render/renderers.js";
import type { BatchTask, BatchTaskResult, BatchWorkerData } from "./task.js";

/**
 * Renders the documents of one municipality after another with shared
 * settings. Used in each worker thread and in the main thread alike.
 */
export function createBatchRenderer(shared: BatchWorkerData): (task: BatchTask) => Promise<BatchTaskResult> {
  // Many municipalities of a district often share one logo file: read, check
  // and (if huge) scale it once per renderer, not once per document.
  const logos = new Map<string, Promise<LogoImage>>();

  function logoFor(logo: NonNullable<BatchTask["logo"]>): Promise<LogoImage> {
    let image = logos.get(logo.path);
    if (!image) {
      // The same check as before queueing: the file may have changed since.
      image = loadLogo(logo.path, "");
      logos.set(logo.path, image);
    }
    return image.then((checked) => ({ ...checked, alt: logo.alt }));
  }

  return async (task) => {
    const warnings: string[] = [];
    const options: DocumentOptions = { profile: task.profile, date: shared.date, onWarning: (message) => warnings.push(message) };
    if (shared.models) options.models = shared.models;
    if (shared.pdfStandard) options.pdfStandard = shared.pdfStandard;
    if (task.logo) {
      try {
        options.logo = await logoFor(task.logo);
        const problem = shared.formats.includes("pdf") ? logoStandardProblem(options.logo, shared.pdfStandard ?? "both") : null;
        if (problem) throw new LogoProblem("E_BAD_LOGO", problem);
      } catch (error) {
        // Errors do not cross from a worker thread with their class: send the lines.
        if (error instanceof LogoProblem) return { documents: [], warnings, failure: [...logoError(task.logo, error).lines] };
        throw error;
      }
    }
    const documents: BatchTaskResult["documents"] = [];
    for (const format of shared.formats) documents.push({ format, bytes: await renderDocument(format, shared.circular, options) });
    return { documents, warnings };
  };
}
