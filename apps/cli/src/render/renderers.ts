import type { Circular, RenderOptions } from "@handreichung/content";

/** The PDF handout, the Word document, or the same as a Word template (.dotx). */
export type DocumentFormat = "pdf" | "docx" | "dotx";

/** The file name each format gets inside an output folder. */
export const FILE_NAMES: Record<DocumentFormat, string> = { pdf: "handreichung.pdf", docx: "vorlage.docx", dotx: "vorlage.dotx" };

/** Renders one format. Each renderer is loaded only when a command needs it (cold start). */
export async function renderDocument(format: DocumentFormat, circular: Circular, options: RenderOptions): Promise<Uint8Array> {
  if (format === "pdf") {
    const { renderPdf } = await import("@handreichung/pdf");
    return renderPdf(circular, options);
  }
  const { renderDocx } = await import("@handreichung/docx");
  return renderDocx(circular, format === "dotx" ? { ...options, template: true } : options);
}
