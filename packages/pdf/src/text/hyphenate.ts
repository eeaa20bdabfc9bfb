import { hyphenateGerman, SOFT_HYPHEN } from "@handreichung/hyphenation";

/** A place where a word may be broken: `prefix` stays on the line, `hyphen` says whether a hyphen must be drawn. */
export interface BreakPoint {
  prefix: string;
  rest: string;
  hyphen: boolean;
}

const URLISH = /[@\\]|:\/\/|^www\./i;
// No German word is this long: such a token is a code, hash or URL, set without hyphens.
const MAX_WORD = 60;

/**
 * The break points of one word, shortest prefix first: German hyphenation
 * points (from TeX patterns) plus the places after an existing hyphen, dash
 * or slash. URLs and e-mail addresses only break after / . - and get no hyphen.
 */
export function breakPoints(word: string): BreakPoint[] {
  const technical = word.length > MAX_WORD || URLISH.test(word);
  const marked = technical ? word : hyphenateGerman(word);
  const cuts: { at: number; hyphen: boolean }[] = [];
  let at = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === SOFT_HYPHEN) {
      if (at > 0 && at < word.length) cuts.push({ at, hyphen: true });
      continue;
    }
    at++;
    const explicit = ch === "-" || ch === "\u2013" || ch === "/" || (technical && ch === ".");
    if (explicit && at > 1 && at < word.length) cuts.push({ at, hyphen: false });
  }
  return cuts.map(({ at, hyphen }) => ({ prefix: word.slice(0, at), rest: word.slice(at), hyphen }));
}
