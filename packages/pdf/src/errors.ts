/** A model id the circular does not have (same code as the content package's UnknownModelError). */
export class UnknownModelError extends Error {
  readonly code = "E_UNKNOWN_MODEL";
  constructor(
    readonly id: string,
    readonly valid: readonly string[],
  ) {
    super(`unknown model id "${id}"; valid: ${valid.length ? valid.join(", ") : "(the circular has no models)"}`);
    this.name = "UnknownModelError";
  }
}

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
