// Language tags (BCP 47) on content, without zod: the schemas validate with
// these, and both renderers ask them how to set a text. Intl does the parsing
// (UTS #35 well-formedness and canonical case), in Node and in browsers alike.

/** The language of the documents themselves; a text tagged with it is no change of language. */
export const DOCUMENT_LANG = "de-DE";

// A tag longer than this is no language a person writes in (RFC 5646 asks
// implementations to accept 35 characters; extensions may add a few).
const MAX_TAG = 64;

/** The tag in canonical form ("AR" -> "ar", "zh-hans" -> "zh-Hans"), or null when it is not a well-formed BCP 47 tag. */
export function canonicalLang(tag: string): string | null {
  if (tag.length === 0 || tag.length > MAX_TAG) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** Why `tag` is no usable language tag, or null when it is one. */
export function langProblem(tag: string): string | null {
  // A language subtag of 4 to 8 letters is well-formed but reserved: no language has one (RFC 5646, 2.2.1).
  if (canonicalLang(tag) === null || primaryLanguage(tag).length > 3) return `must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"`;
  // "und" says nothing: a text without a tag is the honest way to say "unknown".
  if (primaryLanguage(tag) === "und") return `"und" (undetermined) tags nothing; leave lang out instead`;
  return null;
}

/** The primary language subtag, lower case: "ar" for "ar-EG". */
export function primaryLanguage(tag: string): string {
  const canonical = canonicalLang(tag) ?? tag;
  return canonical.split("-")[0]!.toLowerCase();
}

// Scripts written right to left (ISO 15924), as likely-subtags data names them.
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Yezi"]);
const EAST_ASIAN_SCRIPTS = new Set(["Hans", "Hant", "Hani", "Jpan", "Kore", "Hira", "Kana", "Hang", "Bopo"]);

const scripts = new Map<string, string | undefined>();

/** The script a tag is written in, given or most likely ("ckb" -> "Arab", "zh" -> "Hans"); undefined if unknown. */
export function scriptOfLang(tag: string): string | undefined {
  if (scripts.has(tag)) return scripts.get(tag);
  let script: string | undefined;
  try {
    script = new Intl.Locale(tag).maximize().script;
  } catch {
    script = undefined;
  }
  if (scripts.size > 1000) scripts.clear();
  scripts.set(tag, script);
  return script;
}

/** True for languages written right to left: Arabic, Persian, Urdu, Sorani Kurdish, Hebrew, Pashto, … */
export function isRtlLang(tag: string): boolean {
  const script = scriptOfLang(tag);
  return script !== undefined && RTL_SCRIPTS.has(script);
}

/** True for Chinese, Japanese and Korean, which Word sets with its East Asian font and language slots. */
export function isEastAsianLang(tag: string): boolean {
  const script = scriptOfLang(tag);
  return script !== undefined && EAST_ASIAN_SCRIPTS.has(script);
}

/** True when text in `lang` is a change from the document's German (so it needs its own tag). */
export function isOtherLanguage(lang: string | undefined): lang is string {
  return lang !== undefined && primaryLanguage(lang) !== primaryLanguage(DOCUMENT_LANG);
}

/** A free-text value with its language: what a profile field may hold instead of a plain string. */
export interface LangText {
  text: string;
  lang: string;
}

/** A profile's free-text field: a string in German, or a text in another language. */
export type LocalText = string | LangText;

/** The text of a free-text field. */
export function textOf(value: LocalText): string;
export function textOf(value: LocalText | undefined): string | undefined;
export function textOf(value: LocalText | undefined): string | undefined {
  return value === undefined || typeof value === "string" ? value : value.text;
}

/** The language of a free-text field, if it names one. */
export function langOf(value: LocalText | undefined): string | undefined {
  return value === undefined || typeof value === "string" ? undefined : value.lang;
}
