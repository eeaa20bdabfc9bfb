/** Why a logo was refused. */
export type LogoErrorCode =
  /** Neither PNG nor JPEG (SVG, GIF, empty, text…). */
  | "E_LOGO_FORMAT"
  /** A PNG or JPEG whose data is cut off or corrupt. */
  | "E_LOGO_DAMAGED"
  /** More bytes than MAX_LOGO_BYTES. */
  | "E_LOGO_BYTES"
  /** More pixels than MAX_LOGO_PIXELS (or a zero size). */
  | "E_LOGO_PIXELS";

/**
 * A logo that cannot be used. `reason` is one line for a user, without the
 * file name: the caller knows where the bytes came from ("kommune.yaml:
 * logo.path: wappen.png: " + reason).
 */
export class LogoError extends Error {
  constructor(
    readonly code: LogoErrorCode,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "LogoError";
  }
}
