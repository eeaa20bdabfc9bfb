import * as z from "zod";
import { LangSchema, localTextSchema } from "./lang.js";
import { IsoDateSchema, lineSchema } from "./text.js";

const Line = lineSchema(300);
// Free text a municipality writes: German as a string, or { text, lang } in another language.
const FreeText = localTextSchema(300);

export const ContactSchema = z.strictObject({
  person: FreeText.optional(),
  phone: Line.optional(),
  email: z.email({ message: "must be an e-mail address" }).max(300, { message: "must be at most 300 characters" }).optional(),
  address: FreeText.optional(),
});

export const LogoSchema = z.strictObject({
  /** PNG or JPEG; a relative path is relative to the profile file. */
  path: lineSchema(1000),
  /** Alternative text for screen readers. */
  alt: Line,
});

/**
 * Forms of the name for running text, each with its article as a sentence
 * needs it; any left out are derived from name, kind and article.
 */
export const NameCasesSchema = z.strictObject({
  nominative: Line.optional(),
  accusative: Line.optional(),
  dative: Line.optional(),
  genitive: Line.optional(),
});

/** A language the municipality counsels in, named in that language ("Türkçe", "العربية"). */
export const CounselLanguageSchema = z.strictObject({
  lang: LangSchema,
  name: lineSchema(100),
});

/** The counselling languages, in the order the municipality lists them; each language once. */
export const CounselLanguagesSchema = z
  .array(CounselLanguageSchema)
  .max(40, { message: "must list at most 40 languages" })
  .superRefine((languages, ctx) => {
    const seen = new Set<string>();
    languages.forEach((language, i) => {
      if (seen.has(language.lang)) ctx.addIssue({ code: "custom", path: [i, "lang"], message: `"${language.lang}" is listed twice` });
      seen.add(language.lang);
    });
  });

/** A municipality that personalises the handout and the template. */
export const ProfileSchema = z.strictObject({
  /** The official name ("Hochsauerlandkreis", "Stadt Essen" or "Essen" with kind Stadt). */
  name: Line,
  kind: z.enum(["Stadt", "Gemeinde", "Kreis"]).optional(),
  /** The article the name takes ("der Hochsauerlandkreis"); "ohne" for a bare place name. Default: from name and kind. */
  article: z.enum(["der", "die", "das", "ohne"]).optional(),
  cases: NameCasesSchema.optional(),
  department: FreeText.optional(),
  logo: LogoSchema.optional(),
  contact: ContactSchema.optional(),
  website: Line.optional(),
  /** The "Stand" date printed on the documents. */
  date: IsoDateSchema.optional(),
  /** Languages the office counsels in, each named in its own language; shown in both documents' contact part. */
  languages: CounselLanguagesSchema.optional(),
});
