import type { Circular, Profile } from "@handreichung/content";
import type { LogoRef } from "../load/logo.js";
import type { PdfStandard } from "@handreichung/pdf/standards";
import type { DocumentFormat } from "../render/renderers.js";

/** What every worker of a batch shares: set once, not sent with each task. */
export interface BatchWorkerData {
  circular: Circular;
  formats: readonly DocumentFormat[];
  date: string;
  models?: readonly string[];
  pdfStandard?: PdfStandard;
}

/** One municipality to render. The logo is read by the worker, so the main thread holds no image bytes. */
export interface BatchTask {
  profile: Profile;
  /** The logo's absolute path, and where the list names it (for messages). */
  logo?: LogoRef & { path: string; alt: string };
}

export interface BatchTaskResult {
  documents: { format: DocumentFormat; bytes: Uint8Array }[];
  warnings: string[];
  /** Set when the task could not be rendered for a reason the user can fix (the logo changed since it was checked). */
  failure?: string[];
}
