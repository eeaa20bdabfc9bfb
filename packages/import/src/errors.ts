/** Why a text could not be imported; the CLI maps every code to exit 1. */
export type ImportErrorCode =
  | "E_IMPORT_EMPTY"
  | "E_IMPORT_BINARY"
  | "E_IMPORT_TOO_LONG"
  | "E_IMPORT_NOT_A_CIRCULAR"
  | "E_IMPORT_MISSING_FIELD"
  | "E_IMPORT_INCOMPLETE"
  | "E_IMPORT_INVALID";

/** A text that cannot become a circular. `message` is one line naming what is wrong. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  /** The file the text came from, when the caller said so. */
  readonly fileName: string | undefined;

  constructor(code: ImportErrorCode, message: string, fileName?: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
    this.fileName = fileName;
  }
}
