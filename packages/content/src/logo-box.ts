/**
 * The largest box a renderer prints a logo in, in PDF points (1/72 inch): the
 * PDF's letterhead band. The Word header's is smaller (150 × 31.5 pt), so a
 * logo fitted to this box at print resolution is sharp in both.
 */
export const LOGO_BOX_PT = { width: 150, height: 52 } as const;
