// A page whose text stops mid-word or mid-sentence ("…die Gemeinde prü") and
// has no Az. closing it is cut off: what is there is an excerpt. Short last
// lines (a signature, a name, a web address) are how complete texts end.

import { hasWords } from "./headings.js";

// How a complete text ends: sentence punctuation, maybe inside a closing mark or bracket.
const COMPLETE_END = /[.!?…“”"«»)\]]$/;
// Ends that promise more: a comma, a colon, a dash or hyphen.
const OPEN_END = /[,;:–—-]$/;
// A web or mail address as the last word: "www.example.org", "info@example.org", "example.de/seite".
const TOP_LEVEL = new Set(["de", "org", "com", "net", "eu", "nrw", "info"]);
function isAddress(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.includes("@") || lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) return true;
  const host = lower.split("/")[0]!;
  return TOP_LEVEL.has(host.slice(host.lastIndexOf(".") + 1)) && host.includes(".");
}
// A function word cannot end a sentence.
const DANGLING = /\s(?:und|oder|sowie|der|die|das|des|dem|den|ein|eine|einer|eines|zu|zum|zur|von|vom|mit|für|im|in|am|an|auf|bei|nach|dass|daß|ob|wenn)$/i;
const PROSE_WORDS = 5;
const LAST_WORDS = 8;
const MAX_LAST_WORDS = 300;

/** Whether a text whose last body line is `last` stops before its end. */
export function isCutOff(last: string): boolean {
  const text = last.trimEnd();
  const lastWord = text.slice(text.lastIndexOf(" ") + 1);
  if (COMPLETE_END.test(text) || isAddress(lastWord)) return false;
  if (OPEN_END.test(text) || DANGLING.test(text)) return true;
  return hasWords(text, PROSE_WORDS);
}

/** The last words of the text, as a warning and the content name them: "die Gemeinde prü". */
export function lastWords(last: string): string {
  const text = last.trimEnd();
  // The start of the LAST_WORDS-th word from the end, found from the end.
  let start = text.length;
  for (let k = 0; k < LAST_WORDS && start > 0; k++) start = text.lastIndexOf(" ", start - 1);
  let out = text.slice(start < 0 ? 0 : start + 1);
  if (out.length > MAX_LAST_WORDS) out = out.slice(-MAX_LAST_WORDS).replace(/^\S*\s/, "");
  return out.trim() === "" ? text.slice(-MAX_LAST_WORDS) : out;
}
