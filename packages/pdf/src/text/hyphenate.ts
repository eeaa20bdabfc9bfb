import { createRequire } from "node:module";

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

let hyphenateSync: HyphenateSync | undefined;

// Loaded on first use: the pattern set costs time and most lines need no hyphenation.
function patterns(): HyphenateSync {
  if (!hyphenateSync) {
    const require = createRequire(import.meta.url);
    hyphenateSync = (require("hyphen/de/index.js") as { hyphenateSync: HyphenateSync }).hyphenateSync;
  }
  return hyphenateSync;
}

/** A place where a word may be broken: `prefix` stays on the line, `hyphen` says whether a hyphen must be drawn. */
export interface BreakPoint {
  prefix: string;
  rest: string;
  hyphen: boolean;
}

const SHY = "\u00ad";
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
  const marked = technical ? word : patterns()(word, { hyphenChar: SHY });
  const cuts: { at: number; hyphen: boolean }[] = [];
  let at = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === SHY) {
      if (at > 0 && at < word.length) cuts.push({ at, hyphen: true });
      continue;
    }
    at++;
    const explicit = ch === "-" || ch === "\u2013" || ch === "/" || (technical && ch === ".");
    if (explicit && at > 1 && at < word.length) cuts.push({ at, hyphen: false });
  }
  return cuts.map(({ at, hyphen }) => ({ prefix: word.slice(0, at), rest: word.slice(at), hyphen }));
}
