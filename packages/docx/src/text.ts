/**
 * Characters XML 1.0 cannot hold: C0 controls except tab/LF/CR, U+FFFE/U+FFFF
 * and unpaired surrogates. Word refuses a file with any of them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Strips what XML cannot hold and remembers it, so one warning can name it.
 * Bidirectional controls (marks, embeddings, isolates) stay: Word and
 * LibreOffice apply them as the Unicode Bidirectional Algorithm says, and so
 * does the PDF, so both documents show the same order.
 */
export class TextCleaner {
  private removed = 0;
  private readonly codes = new Set<string>();

  clean(text: string): string {
    // The common case has nothing to strip; skip the replace allocation.
    NOT_XML.lastIndex = 0;
    if (!NOT_XML.test(text)) return text;
    NOT_XML.lastIndex = 0;
    return text.replace(NOT_XML, (ch) => {
      this.removed++;
      this.codes.add(codeOf(ch));
      return "";
    });
  }

  /** Takes over what another cleaner removed, as if this one had cleaned that text too. */
  absorb(other: TextCleaner): void {
    this.removed += other.removed;
    for (const code of other.codes) this.codes.add(code);
  }

  /** The warning to give, if anything was removed. */
  warning(): string | undefined {
    return this.removed > 0 ? `removed ${this.removed} character(s) that a Word document cannot contain (${[...this.codes].join(", ")})` : undefined;
  }
}
