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

/**
 * The break points of one word, shortest prefix first: German hyphenation
 * points (from TeX patterns) plus the places after an existing hyphen, dash
 * or slash. URLs and e-mail addresses only break after / . - and get no hyphen.
 */
export function breakPoints(word: string): BreakPoint[] {
  const urlish = URLISH.test(word);
  const marked = urlish ? word : patterns()(word, { hyphenChar: SHY });
  const out: BreakPoint[] = [];
  let prefix = "";
  const chars = Array.from(marked);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === SHY) {
      if (prefix && i < chars.length - 1) out.push({ prefix, rest: "", hyphen: true });
      continue;
    }
    prefix += ch;
    const explicit = ch === "-" || ch === "–" || ch === "/" || (urlish && ch === ".");
    if (explicit && i < chars.length - 1 && prefix.length > 1) out.push({ prefix, rest: "", hyphen: false });
  }
  for (const bp of out) bp.rest = word.slice(bp.prefix.length);
  return out.filter((bp) => bp.rest.length > 0);
}
