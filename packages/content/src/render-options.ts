import type { Profile } from "./types.js";

/** A logo already read and checked by the caller: renderers never read files. */
export interface LogoImage {
  data: Uint8Array;
  format: "png" | "jpeg";
  /** Pixel size, from the image header. */
  width: number;
  height: number;
  /** Alternative text for screen readers (the profile's logo.alt). */
  alt: string;
}

/** What both renderers (PDF and Word) accept besides the circular. */
export interface RenderOptions {
  /** The municipality that personalises the document. */
  profile?: Profile;
  /** The profile's logo, read and checked by the caller. */
  logo?: LogoImage;
  /** Model ids to include, in this order; all models in source order when absent. */
  models?: readonly string[];
  /**
   * ISO date (YYYY-MM-DD) stamped as the document's creation date and used as
   * "Stand" unless the profile has its own date. Defaults to the circular's
   * date, else 1970-01-01, so output never depends on the clock.
   */
  date?: string;
  /** Called for problems that do not stop rendering (e.g. characters no font has). */
  onWarning?: (message: string) => void;
}
