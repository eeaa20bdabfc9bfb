import type { Circular } from "@handreichung/content";
import { render, type PdfRenderOptions } from "./render.js";

export { PdfRenderError, UnknownModelError } from "./errors.js";
export { DateError } from "@handreichung/content/data";
export type { PdfRenderOptions } from "./render.js";
export { DEFAULT_PDF_STANDARD, isPdfStandard, PDF_STANDARDS, standardLabel, type PdfStandard } from "./standard/standard.js";

/**
 * Renders the circular as an A4 handout that claims and meets PDF/A-2a and
 * PDF/UA-1 (or one of them, `options.pdfStandard`), personalised by
 * `options.profile` and `options.logo`, with the models `options.models`
 * names (all by default). Same circular and options, same bytes.
 *
 * @throws UnknownModelError (code `E_UNKNOWN_MODEL`) for a model id the circular lacks.
 * @throws DateError (code `E_BAD_DATE`) for a date that is no real date as YYYY-MM-DD from 1900 to 9999.
 * @throws PdfRenderError (code `E_BAD_LOGO`) for a logo it cannot use (also a CMYK JPEG in a PDF/A file),
 *   `E_BAD_STANDARD` for an unknown `pdfStandard`.
 */
export function renderPdf(circular: Circular, options: PdfRenderOptions = {}): Promise<Uint8Array> {
  return render(circular, options);
}
