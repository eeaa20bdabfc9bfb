export {
  BlockSchema,
  HeadingBlockSchema,
  ListBlockSchema,
  ModelsBlockSchema,
  ParagraphBlockSchema,
  PublicationBlockSchema,
  QuoteBlockSchema,
  QuoteContentBlockSchema,
  TableBlockSchema,
} from "./schema/block.js";
export { CircularSchema, IncompleteSchema, SourceSchema } from "./schema/circular.js";
export { ModelSchema, MunicipalityKindSchema } from "./schema/model.js";
export { ContactSchema, CounselLanguageSchema, CounselLanguagesSchema, LogoSchema, NameCasesSchema, ProfileSchema } from "./schema/profile.js";
export { LangSchema, localTextSchema } from "./schema/lang.js";
export { PublicationSchema } from "./schema/publication.js";
export { IsoDateSchema, TextSchema } from "./schema/text.js";
export { parseCircular, parseProfile, formatPath } from "./parse.js";
export { ContentError, type ContentIssue } from "./errors.js";
export { citationOf, formatGermanDate, modelLabel, selectModels, UnknownModelError } from "./format.js";
export { circular441, circulars, defaultCircular, findCircular } from "./data/index.js";
export { isPageNoise, missingSentences, normalizeForCoverage, sentencesOutOfOrder, sourceSentences } from "./coverage.js";
export { lastBodyLine, quoteBlocks, readingText } from "./text-of.js";
export { excerptWording, type ExcerptWording } from "./excerpt.js";
export { slugify, SLUG_MAX_LENGTH } from "./slug.js";
export { assertIsoDate, DATE_RANGE, DATE_RULE, DateError, isIsoDate, isoDateProblem, renderDates, todayInGermany, type DateProblem } from "./date.js";
export * from "./german/index.js";
export { circularJsonSchema, profileJsonSchema } from "./json-schema.js";
export type * from "./types.js";
export type { LogoImage, RenderOptions } from "./render-options.js";
export { LOGO_BOX_PT } from "./logo-box.js";
export { BIDI_CONTROLS } from "./bidi.js";
export { COUNSEL_LABEL, counselLanguagePieces, type LangPiece } from "./counsel.js";
export { bidiLevels, hasRtl, levelRuns, mayReorder, mirrorOf, mirroredCharacters, visualIndices, type BaseDirection, type BidiLevels, type LevelRun } from "./direction.js";
export { canonicalLang, DOCUMENT_LANG, isEastAsianLang, isOtherLanguage, isRtlLang, langOf, langProblem, primaryLanguage, scriptOfLang, textOf, type LangText, type LocalText } from "./lang.js";
