import type { PdfRenderOptions } from "@handreichung/pdf";

/**
 * The renderer's options for a PDF: as the CLI passes them for a download; for
 * the screen only (`preview`), with uncompressed streams. Deflating them in the
 * browser (fflate) was two thirds of a render, and a preview is never saved:
 * its pages look the same, pixel for pixel (pdf-options.test.ts).
 */
export function pdfOptions(options: PdfRenderOptions, preview: boolean): PdfRenderOptions {
  return preview ? { ...options, compress: false } : options;
}
