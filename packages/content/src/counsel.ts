import { isRtlLang } from "./lang.js";
import type { CounselLanguage } from "./types.js";

/** The label both documents give the counselling languages in their contact part. */
export const COUNSEL_LABEL = "Beratungssprachen";

/** A piece of a line of text, in `lang` when it names one (else German). */
export interface LangPiece {
  text: string;
  lang?: string;
}

/**
 * The counselling languages as one line, each name in its own language:
 * "Türkçe, العربية, Русский". After a right-to-left name the separator starts
 * with a left-to-right mark (U+200E), so that two Arabic-script names in a row
 * keep their order in a German line instead of swapping places — the Unicode
 * Bidirectional Algorithm would otherwise take the comma between them as
 * right to left. Both renderers set this same line.
 */
export function counselLanguagePieces(languages: readonly CounselLanguage[]): LangPiece[] {
  const out: LangPiece[] = [];
  languages.forEach((language, i) => {
    if (i > 0) out.push({ text: `${isRtlLang(languages[i - 1]!.lang) ? "\u200e" : ""}, ` });
    out.push({ text: language.name, lang: language.lang });
  });
  return out;
}
