// pdfkit shapes every word with fontkit and keeps the glyph runs by text, per
// font object, i.e. per document. The runs depend only on the parsed font,
// which later documents share, so later documents can reuse them: in a batch,
// shaping was a quarter of the render time. What is kept must stay flat,
// though: each row of a batch brings words no other row has (its name,
// phone number, e-mail address), and keeping those grew a batch's heap by
// about 9 KB a row.

/** Once more texts than this are kept (hostile input: many distinct words, each in two documents), the kept runs start afresh. */
export const MAX_KEPT_RUNS = 50_000;
/** Texts one document shaped, remembered until another document shapes them too; forgotten beyond this many. */
export const MAX_TEXTS_SEEN_ONCE = 20_000;

/**
 * The glyph runs of one cut kept across documents. A document reads them
 * through a cache of its own (`forDocument`: an object whose prototype holds
 * the kept runs, in the shape pdfkit's EmbeddedFont indexes its cache) and
 * adds what it shapes there. Once it is done (`settle`), a text that an
 * earlier document shaped too is kept for the documents after it; a text
 * only this document had goes with it. So the circular's words, which every
 * document of a batch sets, are shaped twice in all, and a municipality's
 * name is not kept at all.
 */
export class GlyphRunCache {
  private kept: Record<string, unknown> = Object.create(null);
  private keptCount = 0;
  private readonly seenOnce = new Set<string>();
  /** How many texts the last settled document shaped itself (for tests). */
  lastShaped = 0;

  /** The cache a new document hands pdfkit: the kept runs, and room for its own. */
  forDocument(): Record<string, unknown> {
    return Object.create(this.kept) as Record<string, unknown>;
  }

  /** Keeps, of the runs a finished document shaped itself, those of texts an earlier document shaped too. */
  settle(documentCache: Record<string, unknown>): void {
    // Handed out before the kept runs started afresh: its runs are not added to the new ones.
    if (Object.getPrototypeOf(documentCache) !== this.kept) return;
    // Its own keys are the texts it shaped itself; the kept ones it read through its prototype.
    const shaped = Object.keys(documentCache);
    this.lastShaped = shaped.length;
    for (const text of shaped) {
      if (this.seenOnce.delete(text)) {
        this.kept[text] = documentCache[text];
        this.keptCount++;
      } else {
        this.seenOnce.add(text);
      }
    }
    if (this.seenOnce.size > MAX_TEXTS_SEEN_ONCE) this.seenOnce.clear();
    if (this.keptCount > MAX_KEPT_RUNS) {
      this.kept = Object.create(null) as Record<string, unknown>;
      this.keptCount = 0;
    }
  }

  /** How many runs are kept (for tests). */
  get size(): number {
    return this.keptCount;
  }
}
