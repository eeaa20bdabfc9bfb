import { hyphenateGerman, SOFT_HYPHEN } from "@handreichung/hyphenation";
import { type IRunOptions, SoftHyphen, TextRun } from "docx";

/** Words shorter than this are left alone: they fit a narrow column anyway. */
export const MIN_WORD_LENGTH = 12;

/**
 * The text cut at the places where German hyphenation may break its long words
 * (at least MIN_WORD_LENGTH letters); joining the pieces gives the text back unchanged.
 */
export function hyphenationPieces(text: string): string[] {
  if (!/\p{L}{12}/u.test(text)) return [text];
  const hyphenated = hyphenateGerman(text, MIN_WORD_LENGTH);
  const pieces = hyphenated.split(SOFT_HYPHEN);
  // The patterns only ever insert the hyphen character; anything else would change the words.
  return pieces.join("") === text ? pieces : [text];
}

/**
 * A run whose long words carry soft hyphens (w:softHyphen between w:t pieces),
 * so Word and LibreOffice break them with a hyphen in a narrow table column
 * even without a German hyphenation dictionary. The text of the w:t elements,
 * joined, is the text unchanged.
 */
export function hyphenatedRun(text: string, run: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  const pieces = hyphenationPieces(text);
  if (pieces.length === 1) return new TextRun({ ...run, text });
  return new TextRun({ ...run, children: pieces.flatMap((piece, i) => (i === 0 ? [piece] : [new SoftHyphen(), piece])) });
}
