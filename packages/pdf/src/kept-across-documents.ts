// What the PDF renderer learns about text it sets — the glyph runs pdfkit
// shapes, the widths of words — depends only on the parsed font, which later
// documents share, so later documents can reuse it: in a batch, shaping was a
// quarter of the render time. What is kept must stay flat, though: each row
// of a batch brings words no other row has (its name, phone number, e-mail
// address), and keeping those grew a batch's heap by about 9 KB a row.

/** Once more texts than this are kept (hostile input: many distinct words, each in two documents), what is kept starts afresh. */
export const MAX_KEPT = 50_000;
/** Texts one document added, remembered until another document adds them too; forgotten beyond this many. */
export const MAX_TEXTS_SEEN_ONCE = 20_000;

/**
 * Values by text (one cut's glyph runs, or its words' widths) kept across
 * documents. A document reads them through a cache of its own
 * (`forDocument`: an object whose prototype holds the kept values, in the
 * shape pdfkit's EmbeddedFont indexes its glyph-run cache) and adds what it
 * computes there. Once it is done (`settle`), a text that an earlier document
 * added too is kept for the documents after it; a text only this document had
 * goes with it. So the circular's words, which every document of a batch
 * sets, are computed twice in all, and a municipality's name is not kept at all.
 */
export class KeptAcrossDocuments<V> {
  private kept: Record<string, V> = Object.create(null) as Record<string, V>;
  private keptCount = 0;
  private readonly seenOnce = new Set<string>();
  /** How many texts the last settled document added itself (for tests). */
  lastAdded = 0;

  /** The cache a new document uses: the kept values, and room for its own. */
  forDocument(): Record<string, V> {
    return Object.create(this.kept) as Record<string, V>;
  }

  /** Keeps, of the values a finished document added itself, those of texts an earlier document added too. */
  settle(documentCache: Record<string, V>): void {
    // Handed out before the kept values started afresh: its values are not added to the new ones.
    if (Object.getPrototypeOf(documentCache) !== this.kept) return;
    // Its own keys are the texts it added itself; the kept ones it read through its prototype.
    const added = Object.keys(documentCache);
    this.lastAdded = added.length;
    for (const text of added) {
      if (this.seenOnce.delete(text)) {
        this.kept[text] = documentCache[text]!;
        this.keptCount++;
      } else {
        this.seenOnce.add(text);
      }
    }
    if (this.seenOnce.size > MAX_TEXTS_SEEN_ONCE) this.seenOnce.clear();
    if (this.keptCount > MAX_KEPT) {
      this.kept = Object.create(null) as Record<string, V>;
      this.keptCount = 0;
    }
  }

  /** How many texts are kept (for tests). */
  get size(): number {
    return this.keptCount;
  }
}
