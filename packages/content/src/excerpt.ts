import type { Circular } from "./types.js";

/**
 * How both documents say that a cut-off text is an excerpt, so neither calls
 * it complete: null for a complete text. The last words are source text;
 * callers set them apart from the wording around them.
 */
export interface ExcerptWording {
  /** A label after the citation: "Auszug". */
  label: string;
  /** The words before the last words: "Auszug – der veröffentlichte Text endet unvollständig mit". */
  scope: string;
  /** The last words of the published text, as the content records them. */
  lastWords: string;
  /** Set after the text where it stops. */
  end: string;
}

export function excerptWording(circular: Circular): ExcerptWording | null {
  if (!circular.incomplete) return null;
  return {
    label: "Auszug",
    scope: "Auszug – der veröffentlichte Text endet unvollständig mit",
    lastWords: circular.incomplete.lastWords,
    end: "[Hier bricht der veröffentlichte Text ab.]",
  };
}
