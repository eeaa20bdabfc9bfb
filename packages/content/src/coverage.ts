// A port of shared/checks/text_coverage.py: is every sentence of a source text
// in some extracted text? Line breaks, hyphenation, dashes and quote styles do
// not count as differences; words, digits and other punctuation do.

/** Page furniture of the published web pages, not part of any circular. */
const NOISE = /^(ICON\/|icon-|Link kopieren$|weiss$|Eindrücke vom$|Hauptausschuss \d{4}$)/;
// text_coverage.py's <\/?[A-Za-z][A-Za-z0-9:]*[^<>]*>, without the overlapping run that made it quadratic.
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const DROP = /[\s\u00ad\-\u2010\u2011\u2012\u2013\u2014\u2212]+/g;
const QUOTES: Record<string, string> = { "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "`": "'" };

/** Folds quotes and removes white space, hyphens and dashes, for comparison only. */
export function normalizeForCoverage(text: string): string {
  return text.normalize("NFC").replace(/[„“”«»‚‘’`]/g, (c) => QUOTES[c] ?? c).replace(DROP, "");
}

/** The sentences of a source text, as text_coverage.py splits them. */
export function sourceSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    let line = raw.replace(TAG, "").trim();
    if (line === "" || NOISE.test(line)) continue;
    line = line.replace(/^[-•*]\s+/, "");
    for (const part of line.split(/(?<=[.!?;:])\s+(?=[A-ZÄÖÜ„"(])/)) {
      if (normalizeForCoverage(part) !== "") out.push(part);
    }
  }
  return out;
}

/** The sentences of `source` that are not in `extracted`. */
export function missingSentences(source: string, extracted: string): string[] {
  const hay = normalizeForCoverage(extracted);
  return sourceSentences(source).filter((s) => !hay.includes(normalizeForCoverage(s)));
}
