import { codePointName } from "./sanitize.js";

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** What a character no font has is shown as (Source Sans 3 has it). */
export const STAND_IN = "\u25a1";

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

  /** Records the code points of `text` that no font has (joiners, variation selectors and bidi controls need none: they are applied, not drawn). */
  check(text: string): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if ((cp < 0x7f && cp >= 0x20) || cp === 0x0a || IGNORABLE.test(ch)) continue;
      let ok = this.checked.get(cp);
      if (ok === undefined) {
        ok = this.fonts.some((f) => f.hasGlyphForCodePoint(cp));
        this.checked.set(cp, ok);
      }
      if (!ok) this.missing.add(ch);
    }
  }

  /**
   * The text with every character no font has replaced by a white square (□),
   * and the characters it replaced by offset in the new text. Drawing a
   * missing character would reference the font's .notdef glyph, which PDF/A-2
   * (ISO 19005-2 6.2.11.8) and PDF/UA-1 (ISO 14289-1 7.21.8) forbid.
   */
  substitute(text: string): { text: string; substitutes: Map<number, string> } {
    const substitutes = new Map<number, string>();
    if (this.missing.size === 0) return { text, substitutes };
    let out = "";
    for (const ch of text) {
      if (this.missing.has(ch)) {
        substitutes.set(out.length, ch);
        out += STAND_IN;
      } else out += ch;
    }
    return { text: out, substitutes };
  }

  /** One message naming every missing character, or null. */
  message(): string | null {
    if (this.missing.size === 0) return null;
    // Every one is named, however many: nothing may be dropped without a word.
    const list = [...this.missing].map((c) => `"${c}" (${codePointName(c)})`);
    return `no font has a glyph for ${this.missing.size} character(s), shown as boxes: ${list.join(", ")}`;
  }
}
