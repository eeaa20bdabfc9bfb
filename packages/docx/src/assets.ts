// What a web page must serve for the Word renderer, without loading the renderer.

/** The parts of the Word package compiled by `pnpm build` (see fixed-parts/fixed-parts.ts). */
export const FIXED_PARTS_ASSET = "@handreichung/docx/fixed-parts.json";

/** Every asset the Word renderer loads besides the hyphenation patterns. */
export const DOCX_ASSETS: readonly string[] = [FIXED_PARTS_ASSET];
