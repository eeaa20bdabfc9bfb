import { BIDI_CONTROLS } from "@handreichung/content/data";

/**
 * Characters XML 1.0 cannot hold: C0 controls except tab/LF/CR, U+FFFE/U+FFFF
 * and unpaired surrogates. Word refuses a file with any of them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// One pass for both kinds; the bidi controls are the content package's, so the PDF drops the same ones.
const REMOVED = new RegExp(`${NOT_XML.source}|${BIDI_CONTROLS.source}`, "g");

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Strips what XML cannot hold and bidi controls, and remembers them, so one warning can name them. */
export class TextCleaner {
  private removed = 0;
  private readonly codes = new Set<string>();
  private bidi = 0;
  private readonly bidiCodes = new Set<string>();

  clean(text: string): string {
    // The common case has nothing to strip; skip the replace allocation.
    REMOVED.lastIndex = 0;
    if (!REMOVED.test(text)) return text;
    REMOVED.lastIndex = 0;
    return text.replace(REMOVED, (ch) => {
      BIDI_CONTROLS.lastIndex = 0;
      if (ch.length === 1 && BIDI_CONTROLS.test(ch)) {
        this.bidi++;
        this.bidiCodes.add(codeOf(ch));
      } else {
        this.removed++;
        this.codes.add(codeOf(ch));
      }
      return "";
    });
  }

  /** Takes over what another cleaner removed, as if this one had cleaned that text too. */
  absorb(other: TextCleaner): void {
    this.removed += other.removed;
    for (const code of other.codes) this.codes.add(code);
    this.bidi += other.bidi;
    for (const code of other.bidiCodes) this.bidiCodes.add(code);
  }

  /** The warning to give, if anything was removed. */
  warning(): string | undefined {
    const parts: string[] = [];
    if (this.removed > 0) parts.push(`removed ${this.removed} character(s) that a Word document cannot contain (${[...this.codes].join(", ")})`);
    if (this.bidi > 0) parts.push(`removed ${this.bidi} bidirectional control character(s), as the PDF does (${[...this.bidiCodes].join(", ")})`);
    return parts.length ? parts.join("; ") : undefined;
  }
}
