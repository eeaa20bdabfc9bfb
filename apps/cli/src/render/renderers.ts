import type { Circular, RenderOptions } from "@handreichung/content";
import type { DocumentFormat } from "@handreichung/inputs";
import type { PdfStandard } from "@handreichung/pdf/standards";

/** The shared render options, plus the PDF standard for the PDF (the Word renderer has none). */
export type DocumentOptions = RenderOptions & { pdfStandard?: PdfStandard };

// The file name each format gets inside an output folder: the same in the web page's batch zip.
export { FILE_NAMES, type DocumentFormat } from "@handreichung/inputs";

/** Renders one format. Each renderer is loaded only when a command needs it (cold start). */
export async function renderDocument(format: DocumentFormat, circular: Circular, options: DocumentOptions): Promise<Uint8Array> {
  if (format === "pdf") {
    const { renderPdf } = await import("@handreichung/pdf");
    return renderPdf(circular, options);
  }
  const { renderDocx } = await import("@handreichung/docx");
  const { pdfStandard: _pdfOnly, ...shared } = options;
  return renderDocx(circular, format === "dotx" ? { ...shared, template: true } : shared);
}
