import type * as z from "zod";
import type { BlockSchema, HeadingBlockSchema, ListBlockSchema, ParagraphBlockSchema, QuoteBlockSchema, QuoteContentBlockSchema, TableBlockSchema } from "./schema/block.js";
import type { CircularSchema, IncompleteSchema, SourceSchema } from "./schema/circular.js";
import type { MunicipalityKindSchema, ModelSchema } from "./schema/model.js";
import type { ContactSchema, CounselLanguageSchema, LogoSchema, ProfileSchema } from "./schema/profile.js";
import type { PublicationSchema } from "./schema/publication.js";

export type Circular = z.output<typeof CircularSchema>;
/** What a circular file may contain: defaults (null, [], false) may be left out. */
export type CircularInput = z.input<typeof CircularSchema>;
export type Block = z.output<typeof BlockSchema>;
export type HeadingBlock = z.output<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.output<typeof ParagraphBlockSchema>;
export type ListBlock = z.output<typeof ListBlockSchema>;
export type QuoteBlock = z.output<typeof QuoteBlockSchema>;
/** A block inside a quote: heading, paragraph, list or table. */
export type QuoteContentBlock = z.output<typeof QuoteContentBlockSchema>;
export type TableBlock = z.output<typeof TableBlockSchema>;
export type Incomplete = z.output<typeof IncompleteSchema>;
export type Model = z.output<typeof ModelSchema>;
export type MunicipalityKind = z.output<typeof MunicipalityKindSchema>;
export type Publication = z.output<typeof PublicationSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Profile = z.output<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Logo = z.output<typeof LogoSchema>;
/** A counselling language: its BCP 47 tag and its name in that language. */
export type CounselLanguage = z.output<typeof CounselLanguageSchema>;
