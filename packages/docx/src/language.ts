import { bidiLevels, hasRtl, isEastAsianLang, isOtherLanguage, isRtlLang, levelRuns, scriptOfLang, type BaseDirection } from "@handreichung/content/data";
import type { IRunOptions } from "docx";

/**
 * Fonts Word and LibreOffice should use for the scripts Source Sans 3 lacks —
 * the PDF's fallback fonts (OFL, Noto). Word picks a run's font slot by
 * script: right-to-left runs take the complex-script font (w:cs), Chinese the
 * East Asian one; where a font is not installed, the program substitutes one
 * that has the glyphs.
 */
export const SCRIPT_FONTS = {
  arabic: "Noto Sans Arabic",
  hebrew: "Noto Sans Hebrew",
  chinese: "Noto Sans SC",
} as const;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/;
const HAN = /[\u2e80-\u2fdf\u3000-\u303f\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Run properties for text in `lang` (or untagged text, German) that runs right to left when `rtl`. */
export function runLanguage(text: string, lang: string | undefined, rtl: boolean): Pick<IRunOptions, "language" | "rightToLeft" | "font"> {
  const props: { language?: IRunOptions["language"]; rightToLeft?: boolean; font?: IRunOptions["font"] } = {};
  if (isOtherLanguage(lang)) {
    // w:lang has a slot per script class; Word spell-checks and hyphenates each with its own.
    props.language = isRtlLang(lang) ? { bidirectional: lang } : isEastAsianLang(lang) ? { eastAsia: lang } : { value: lang };
  }
  if (rtl) props.rightToLeft = true;
  if (ARABIC.test(text)) props.font = { cs: SCRIPT_FONTS.arabic };
  else if (HEBREW.test(text)) props.font = { cs: SCRIPT_FONTS.hebrew };
  else if (HAN.test(text)) props.font = { eastAsia: SCRIPT_FONTS.chinese, hint: "eastAsia" };
  return props;
}

/**
 * Run properties for a whole value in `lang` whose text is not known when the
 * run is built (a field filled in later): language, and for a right-to-left
 * language the direction and complex-script font; an East Asian font for Chinese.
 */
export function langRunProps(lang: string | undefined): Pick<IRunOptions, "language" | "rightToLeft" | "font"> {
  if (!isOtherLanguage(lang)) return {};
  if (isRtlLang(lang)) return { language: { bidirectional: lang }, rightToLeft: true, font: { cs: scriptOfLang(lang) === "Hebr" ? SCRIPT_FONTS.hebrew : SCRIPT_FONTS.arabic } };
  if (isEastAsianLang(lang)) return { language: { eastAsia: lang }, font: { eastAsia: SCRIPT_FONTS.chinese, hint: "eastAsia" } };
  return { language: { value: lang } };
}

/** The direction a paragraph in `lang` runs in: right to left for Arabic, Persian, Hebrew…; German otherwise. */
export function paragraphDirection(lang: string | undefined): Exclude<BaseDirection, "auto"> {
  return lang !== undefined && isRtlLang(lang) ? "rtl" : "ltr";
}

/** True when text in `lang` needs nothing beyond a plain German run. */
export function isPlain(text: string, lang: string | undefined): boolean {
  return !isOtherLanguage(lang) && !hasRtl(text) && !HAN.test(text);
}

/** A stretch of a text with the run properties Word needs for it. */
export interface LanguageSpan {
  text: string;
  props: ReturnType<typeof runLanguage>;
}

/**
 * `text` cut where its direction changes (the Unicode Bidirectional Algorithm,
 * the one the PDF uses), each part with its language, direction and font.
 * Cuts are also made at `breaks` (indices where the caller starts a new run,
 * e.g. around an e-mail address), so the caller can style those.
 */
export function languageSpans(text: string, lang: string | undefined, breaks: readonly number[] = []): LanguageSpan[] {
  if (isPlain(text, lang)) return cutAt(text, breaks).map((t) => ({ text: t, props: {} }));
  const levels = bidiLevels(text, paragraphDirection(lang));
  const cuts = new Set(breaks);
  const out: LanguageSpan[] = [];
  for (const run of levelRuns(levels)) {
    let start = run.start;
    for (let i = run.start + 1; i <= run.end; i++) {
      if (i < run.end && !cuts.has(i)) continue;
      const part = text.slice(start, i);
      out.push({ text: part, props: runLanguage(part, lang, run.level % 2 === 1) });
      start = i;
    }
  }
  return out;
}

function cutAt(text: string, breaks: readonly number[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const at of [...breaks].sort((a, b) => a - b)) {
    if (at > last && at < text.length) {
      out.push(text.slice(last, at));
      last = at;
    }
  }
  out.push(text.slice(last));
  return out;
}
