import { exactGlyphCodePoints } from "../internals/fontkit.js";
import { currentParsedFont } from "../internals/pdfkit.js";
import type { FontRole } from "../theme.js";
import type { ChainFont } from "./coverage.js";
import { cutOf, fallbackSource, type FallbackCut, isLoaded, rememberFallback } from "./fallback-fonts.js";

const isPrimary = (font: ChainFont): font is FontRole => font === "regular" || font === "italic" || font === "semibold" || font === "bold";

/**
 * The fonts of one document: Source Sans 3 (registered when the document is
 * made) and the fallback cuts, registered the first time a run needs one.
 * A cut whose file is not loaded yet is noted in `requested`: the renderer
 * loads it and sets the document again (so the layout never waits on a file).
 */
export class DocumentFonts {
  /** Fallback cuts a run needed that were not loaded. */
  readonly requested = new Set<FallbackCut>();
  private readonly registered = new Set<FallbackCut>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Makes `font` in `role` current at `size`; false when it is a fallback cut not loaded yet (then the font is unchanged). */
  select(font: ChainFont, role: FontRole, size: number): boolean {
    if (isPrimary(font)) {
      this.doc.font(font).fontSize(size);
      return true;
    }
    const cut = cutOf(font, role);
    if (!this.registered.has(cut)) {
      if (!isLoaded(cut)) {
        this.requested.add(cut);
        return false;
      }
      this.doc.registerFont(cut, fallbackSource(cut) as Buffer);
      const parsed = currentParsedFont(this.doc.font(cut));
      // Each (glyph, text) pair reads right in the text layer (internals/glyph-run.ts).
      exactGlyphCodePoints(parsed);
      rememberFallback(cut, parsed);
      this.registered.add(cut);
    }
    this.doc.font(cut).fontSize(size);
    return true;
  }
}
