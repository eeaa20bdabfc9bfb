// Is every sentence of a source text in some extracted text? The one
// implementation in this repository, with the semantics of the outside check
// text_coverage.py: the same page furniture, tags, quote folding and sentence
// split, and Python's notions of white space and line breaks (not JavaScript's),
// so both give the same answer on the same strings. Line breaks, hyphenation,
// dashes and quote styles do not count as differences; words, digits and other
// punctuation do.

// Python's str.isspace() / re's \s: unlike JavaScript's \s it includes
// U+001C–U+001F and U+0085 and excludes U+FEFF (a BOM is not white space).
// Written out in each pattern (not built at run time), so the regex audit sees every one.
const WS = new Set("\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");
// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const BULLET = /^[-•*][\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const SENTENCE_END = /(?<=[.!?;:])[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+(?=[A-ZÄÖÜ„"(])/;
const DROP = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u00ad\-\u2010\u2011\u2012\u2013\u2014\u2212]+/g;

/** Python's str.strip(): by hand, since a pattern anchored only at the end ("\s+$") is tried from every position. */
function strip(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && WS.has(line[start]!)) start++;
  while (end > start && WS.has(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/** Page furniture of the published web pages (icon names, "Link kopieren", …), not part of any circular. */
const NOISE = /^(ICON\/|icon-|Link kopieren$|weiss$|Eindrücke vom$|Hauptausschuss \d{4}$)/;
/** Leftover HTML and Word tags (<DIR>, <o:p>): text_coverage.py's <\/?[A-Za-z][A-Za-z0-9:]*[^<>]*>, without the overlapping run that made it quadratic. */
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const QUOTES: Record<string, string> = { "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "`": "'" };

/** True for a trimmed line of a published page that is furniture, not text of the circular. */
export function isPageNoise(line: string): boolean {
  return NOISE.test(line);
}

/** Folds quotes and removes white space, hyphens and dashes, for comparison only. */
export function normalizeForCoverage(text: string): string {
  return text.normalize("NFC").replace(/[„“”«»‚‘’`]/g, (c) => QUOTES[c]!).replace(DROP, "");
}

/** The sentences of a source text, as text_coverage.py splits them; furniture and tags left out. */
export function sourceSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(LINE_BREAK)) {
    let line = strip(raw.replace(TAG, ""));
    if (line === "" || isPageNoise(line)) continue;
    line = line.replace(BULLET, "");
    for (const part of line.split(SENTENCE_END)) {
      if (normalizeForCoverage(part) !== "") out.push(part);
    }
  }
  return out;
}

/** The sentences of `source` that are not in `extracted`, in source order. */
export function missingSentences(source: string, extracted: string): string[] {
  const hay = normalizeForCoverage(extracted);
  return sourceSentences(source).filter((s) => !hay.includes(normalizeForCoverage(s)));
}

/**
 * The sentences of `source` that `extracted` has, but not in the source's order:
 * those outside a longest run of sentences that appear in order (each at any of
 * its occurrences, so a heading repeated elsewhere does not count against it).
 * Sentences `extracted` lacks are missingSentences' business, not this one's.
 */
export function sentencesOutOfOrder(source: string, extracted: string): string[] {
  const hay = normalizeForCoverage(extracted);
  const sentences = sourceSentences(source);
  const candidates: { sentence: number; at: number }[] = [];
  sentences.forEach((sentence, index) => {
    const needle = normalizeForCoverage(sentence);
    const positions: number[] = [];
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) positions.push(at);
    // Latest first, so no chain passes through two occurrences of one sentence.
    for (const at of positions.reverse()) candidates.push({ sentence: index, at });
  });
  // Longest strictly increasing run of positions (patience sorting), with back links.
  const tails: number[] = [];
  const back: number[] = [];
  candidates.forEach(({ at }, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[tails[mid]!]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const ordered = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = back[k]!) ordered.add(candidates[k]!.sentence);
  const present = new Set(candidates.map((c) => c.sentence));
  return sentences.filter((_, index) => present.has(index) && !ordered.has(index));
}
