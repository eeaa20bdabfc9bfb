import type { Circular } from "../types.js";
import { circular441 } from "./circular-441-2004.js";

export { circular441 };

/** Every circular that ships with the package, by id. */
export const circulars: readonly Circular[] = [circular441];

/** The circular the CLI renders when given no other. */
export const defaultCircular: Circular = circular441;

/** A built-in circular by id, or undefined. */
export function findCircular(id: string): Circular | undefined {
  return circulars.find((c) => c.id === id);
}

// Plain helpers without zod, for callers that keep zod off their start-up path.
export { citationOf, formatGermanDate, modelLabel, quoted, selectModels, UnknownModelError } from "../format.js";
export { lastBodyLine, quoteBlocks, readingText } from "../text-of.js";
export { excerptWording, type ExcerptWording } from "../excerpt.js";
export { slugify, SLUG_MAX_LENGTH } from "../slug.js";
export { assertIsoDate, DATE_RANGE, DATE_RULE, DateError, isIsoDate, isoDateProblem, renderDates, todayInGermany, type DateProblem } from "../date.js";
export { isPageNoise, missingSentences, normalizeForCoverage, sentencesOutOfOrder, sourceSentences } from "../coverage.js";
export { LOGO_BOX_PT } from "../logo-box.js";
export { BIDI_CONTROLS } from "../bidi.js";
export { COUNSEL_LABEL, counselLanguagePieces, type LangPiece } from "../counsel.js";
export { bidiLevels, hasRtl, levelRuns, mayReorder, mirrorOf, mirroredCharacters, visualIndices, type BaseDirection, type BidiLevels, type LevelRun } from "../direction.js";
export { canonicalLang, DOCUMENT_LANG, isEastAsianLang, isOtherLanguage, isRtlLang, langOf, langProblem, primaryLanguage, scriptOfLang, textOf, type LangText, type LocalText } from "../lang.js";
export * from "../german/index.js";
