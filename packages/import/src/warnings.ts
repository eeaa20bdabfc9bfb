// What an import could not determine, dropped or kept, as values: the CLI
// writes them in English (its language), the web page in German (a clerk's).
// One list of kinds, one wording per language, so both always say the same.
import { quoted } from "@handreichung/content/data";

export type ImportWarning =
  | { code: "no-category" }
  | { code: "no-number" }
  | { code: "invalid-number"; value: string }
  | { code: "invalid-year"; value: string }
  | { code: "invalid-date"; value: string }
  | { code: "no-date" }
  | { code: "no-title"; title: string }
  | { code: "dropped-furniture"; line: string }
  | { code: "stray-lines"; count: number; first: string }
  | { code: "text-after-file-reference"; line: string }
  | { code: "no-file-reference" }
  | { code: "incomplete"; lastWords: string };

export type WarningLanguage = "en" | "de";

/** A quoted line: JSON-escaped, so control characters show and the quotes are unambiguous; long lines cut at 200. */
function escaped(line: string): string {
  return JSON.stringify(line.length > 200 ? `${line.slice(0, 200)}…` : line).slice(1, -1);
}
const en = (line: string) => `"${escaped(line)}"`;
const de = (line: string) => `„${escaped(line)}“`;

function english(w: ImportWarning): string {
  switch (w.code) {
    case "no-category":
      return 'no category line ("Mitteilungen - …") found: category is null';
    case "no-number":
      return 'no circular number ("N/JJJJ") found: number and year are null';
    case "invalid-number":
      return `invalid circular number "${w.value}": number is null`;
    case "invalid-year":
      return `invalid year "${w.value}": year is null`;
    case "invalid-date":
      return `invalid date "${w.value}": date is null`;
    case "no-date":
      return 'no date line ("vom TT.MM.JJJJ") found: date is null';
    case "no-title":
      return `no title found: title is "${w.title}"`;
    case "dropped-furniture":
      return `dropped page furniture: ${en(w.line)}`;
    case "stray-lines":
      return `${w.count} unrecognised line(s) around the header kept as body text, first: ${en(w.first)}`;
    case "text-after-file-reference":
      return `text follows the file reference line ${en(w.line)}: kept in the body`;
    case "no-file-reference":
      return 'no file reference ("Az.: …") found: fileReference is null';
    case "incomplete":
      return `the text stops mid-sentence (last words ${en(w.lastWords)}): marked incomplete, an excerpt of the published text`;
  }
}

function german(w: ImportWarning): string {
  switch (w.code) {
    case "no-category":
      return "Keine Rubrik („Mitteilungen – …“) gefunden: Die Rubrik bleibt leer.";
    case "no-number":
      return "Keine Nummer („N/JJJJ“) gefunden: Nummer und Jahr bleiben leer.";
    case "invalid-number":
      return `Die Nummer „${w.value}“ ist ungültig: Die Nummer bleibt leer.`;
    case "invalid-year":
      return `Das Jahr „${w.value}“ ist ungültig: Das Jahr bleibt leer.`;
    case "invalid-date":
      return `Das Datum „${w.value}“ ist ungültig: Das Datum bleibt leer.`;
    case "no-date":
      return "Kein Datum („vom TT.MM.JJJJ“) gefunden: Das Datum bleibt leer.";
    case "no-title":
      return `Kein Titel gefunden: Die Mitteilung heißt ${quoted(w.title)}.`;
    case "dropped-furniture":
      return `Als Seitenelement weggelassen (kein Text der Mitteilung): ${de(w.line)}`;
    case "stray-lines":
      return `${w.count === 1 ? "Eine Zeile" : `${w.count} Zeilen`} am Kopf nicht erkannt und als Text übernommen, ${w.count === 1 ? "sie lautet" : "die erste lautet"}: ${de(w.first)}`;
    case "text-after-file-reference":
      return `Nach dem Aktenzeichen ${de(w.line)} folgt noch Text: Er bleibt Teil der Mitteilung.`;
    case "no-file-reference":
      return "Kein Aktenzeichen („Az.: …“) gefunden: Das Aktenzeichen bleibt leer.";
    case "incomplete":
      return `Der Text bricht mitten im Satz ab (letzte Wörter: ${de(w.lastWords)}): Er ist als unvollständig markiert, und beide Dokumente nennen ihn einen Auszug.`;
  }
}

/** One warning in the CLI's English or the page's German. */
export function warningText(warning: ImportWarning, language: WarningLanguage = "en"): string {
  return language === "de" ? german(warning) : english(warning);
}
