import { codePointName } from "./sanitize.js";

/** What the renderer needs to know of a font: does it have a glyph for this code point. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Collects characters no font can draw, so that one warning names them all
 * instead of them vanishing from the page.
 */
export class CoverageTracker {
  readonly missing = new Set<string>();
  private readonly checked = new Map<number, boolean>();

  constructor(private readonly fonts: readonly GlyphSource[]) {}

  /** Records the code points of `text` that no font has. */
  check(text: string): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if ((cp < 0x7f && cp >= 0x20) || cp === 0x0a) continue;
      let ok = this.checked.get(cp);
      if (ok === undefined) {
        ok = this.fonts.some((f) => f.hasGlyphForCodePoint(cp));
        this.checked.set(cp, ok);
      }
      if (!ok) this.missing.add(ch);
    }
  }

  /** One message naming every missing character, or null. */
  message(): string | null {
    if (this.missing.size === 0) return null;
    // Every one is named, however many: nothing may be dropped without a word.
    const list = [...this.missing].map((c) => `"${c}" (${codePointName(c)})`);
    return `the font has no glyph for ${this.missing.size} character(s), shown as boxes: ${list.join(", ")}`;
  }
}
