export { UnknownModelError } from "@handreichung/content/data";

/** Options the PDF renderer cannot use, such as an unreadable logo or a malformed date. */
export class PdfRenderError extends Error {
  constructor(
    readonly code: "E_BAD_DATE" | "E_BAD_LOGO",
    message: string,
  ) {
    super(message);
    this.name = "PdfRenderError";
  }
}
