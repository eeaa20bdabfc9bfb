export { UnknownModelError } from "@handreichung/content/data";

/** Options the PDF renderer cannot use, such as an unreadable logo, a malformed date or an unknown PDF standard. */
export class PdfRenderError extends Error {
  constructor(
    readonly code: "E_BAD_DATE" | "E_BAD_LOGO" | "E_BAD_STANDARD",
    message: string,
  ) {
    super(message);
    this.name = "PdfRenderError";
  }
}
