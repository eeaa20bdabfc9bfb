import { LOGO_BOX_PT } from "@handreichung/content/data";

/** A letterhead logo is a few hundred KB; more is a mistake (or an attack). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** More pixels than this is a mistake or a decompression bomb, for PNG and JPEG alike. */
export const MAX_LOGO_PIXELS = 40_000_000;

/** Print resolution the logo is fitted to: enough for a laser printer. */
export const LOGO_DPI = 300;

/** The largest pixel size a logo is printed at: LOGO_BOX_PT at LOGO_DPI. */
export const LOGO_TARGET_PX = { width: (LOGO_BOX_PT.width / 72) * LOGO_DPI, height: (LOGO_BOX_PT.height / 72) * LOGO_DPI } as const;

/** A logo up to this factor above the print size is kept byte for byte; a larger one is scaled down. */
export const KEEP_FACTOR = 2;
