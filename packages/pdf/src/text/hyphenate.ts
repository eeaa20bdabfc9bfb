import { breakNearJoint, compoundJoints, hyphenateGerman, SOFT_HYPHEN } from "@handreichung/hyphenation";

/**
 * A place where a word may be broken: `prefix` stays on the line, `hyphen`
 * says whether a hyphen must be drawn, `kind` how good a break it is: at an
 * existing hyphen or slash ("explicit"), at a compound's joint ("joint"),
 * within three letters of a joint ("near": "Integrationszen-trum", a last
 * resort, never in names), or elsewhere between syllables ("syllable").
 */
export interface BreakPoint {
  prefix: string;
  rest: string;
  hyphen: boolean;
  kind: "explicit" | "joint" | "syllable" | "near";
}

const URLISH = /[@\\]|:\/\/|^www\./i;
// No German word is this long: such a token is a code, hash or URL, set without hyphens.
const MAX_WORD = 60;
// Web and e-mail addresses break before these (so a "-" or "." at a line's start is seen to belong to the address) and after "//".
const BEFORE_IN_ADDRESS = new Set([".", "@", "-", "/", "?", "#", "&", "=", "_", "~", "%"]);

/**
 * The break points of one word, shortest prefix first: German hyphenation
 * points (from TeX patterns), rated by the compound's joints, plus the places
 * after an existing hyphen, dash or slash. URLs and e-mail addresses break
 * only at their punctuation, with no hyphen added.
 */
export function breakPoints(word: string): BreakPoint[] {
  const technical = word.length > MAX_WORD || URLISH.test(word);
  if (technical) return addressBreaks(word);
  const marked = hyphenateGerman(word);
  const cuts: { at: number; hyphen: boolean }[] = [];
  let at = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === SOFT_HYPHEN) {
      // At least three letters go to the next line: "interkulturel-le" reads badly, and saves little.
      if (at > 0 && lettersIn(word.slice(at)) >= 3) cuts.push({ at, hyphen: true });
      continue;
    }
    at++;
    const explicit = ch === "-" || ch === "\u2013" || ch === "/";
    if (explicit && at > 1 && at < word.length) cuts.push({ at, hyphen: false });
  }
  const joints = cuts.some((c) => c.hyphen) ? jointsOf(word) : [];
  return cuts.map(({ at, hyphen }) => {
    const kind = !hyphen ? "explicit" : { joint: "joint", near: "near", clear: "syllable" }[breakNearJoint(word, at, joints)] as BreakPoint["kind"];
    return { prefix: word.slice(0, at), rest: word.slice(at), hyphen, kind };
  });
}

/** Joints of the word's letters only: punctuation around it ("„Integrationszentrum“,") is not part of the compound. */
function jointsOf(word: string): number[] {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetter(word[start]!)) start++;
  while (end > start && !isLetter(word[end - 1]!)) end--;
  // A word joined by hyphens ("Kreis-Integrationszentrum") has joints in each part.
  const out: number[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || word[i] === "-") {
      for (const j of compoundJoints(word.slice(from, i))) out.push(from + j);
      from = i + 1;
    }
  }
  return out;
}

const lettersIn = (s: string) => [...s].filter(isLetter).length;

const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase() || c === "ß";

function addressBreaks(word: string): BreakPoint[] {
  const out: BreakPoint[] = [];
  for (let at = 1; at < word.length; at++) {
    const before = BEFORE_IN_ADDRESS.has(word[at]!) && word[at - 1] !== "/" && !(word[at] === "/" && word[at + 1] === "/");
    const afterSlashes = word[at - 1] === "/" && word[at - 2] === "/";
    if (before || afterSlashes) out.push({ prefix: word.slice(0, at), rest: word.slice(at), hyphen: false, kind: "explicit" });
  }
  return out;
}
