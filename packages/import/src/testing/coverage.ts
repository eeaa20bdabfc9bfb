/**
 * A port of ../shared/checks/text_coverage.py for tests: is every sentence of a
 * source text in another text? Same noise, tags, folding and sentence split.
 * One difference: JS's trim() also removes a BOM, Python's strip() does not.
 */
const NOISE = /^(ICON\/|icon-|Link kopieren$|weiss$|Eindrücke vom$|Hauptausschuss \d{4}$)/;
// text_coverage.py's <\/?[A-Za-z][A-Za-z0-9:]*[^<>]*>, without the overlapping run that made it quadratic.
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const FOLD: Record<string, string> = { "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "`": "'" };
const DROP = /[\s\u00ad\-\u2010\u2011\u2012\u2013\u2014\u2212]+/g;
// Python's str.splitlines() boundaries.
const LINES = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

export function normalize(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[„“”«»‚‘’`]/g, (c) => FOLD[c]!)
    .replace(DROP, "");
}

export function sourceSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(LINES)) {
    let line = raw.replace(TAG, "").trim();
    if (!line || NOISE.test(line)) continue;
    line = line.replace(/^[-•*]\s+/, "");
    out.push(...line.split(/(?<=[.!?;:])\s+(?=[A-ZÄÖÜ„"(])/).filter((p) => normalize(p) !== ""));
  }
  return out;
}

export function missingSentences(source: string, extracted: string): string[] {
  const hay = normalize(extracted);
  return sourceSentences(source).filter((s) => !hay.includes(normalize(s)));
}
