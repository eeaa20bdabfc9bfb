// What is wrong with a list or a row of it, in German, for the clerk. Each
// sentence stands above the line `handreichung batch` prints for the same
// problem, so the page and the CLI can still be compared word for word.
import { MAX_LIST_BYTES, type RowProblem } from "@handreichung/inputs";
import { germanMessage, logoMessage } from "../app/messages.js";

/** Where a row stands, in German: "line 10" (a CSV line) as "Zeile 10", "[2]" (a JSON or YAML list, counted from 0) as "Eintrag 3". */
export function germanSource(source: string): string {
  const line = /^line (\d+)$/.exec(source);
  if (line) return `Zeile ${line[1]}`;
  const index = /^\[(\d+)\]$/.exec(source);
  if (index) return `Eintrag ${Number(index[1]) + 1}`;
  return source;
}

/** The file name of a logo as a list gives it ("logos/arnsberg.png" -> "arnsberg.png"). */
export const logoFileName = (given: string) => given.split(/[\\/]/).pop() ?? given;

/** A field of a row by its label on the page ("E-Mail-Adresse"), or by its path where the page has no such field. */
function fieldName(path: string, labelOf: (path: string) => string | undefined): string {
  const language = /^languages\[(\d+)\]/.exec(path);
  if (language) return `${labelOf("languages") ?? "languages"}, Sprache ${Number(language[1]) + 1}`;
  return labelOf(path) ?? `Feld „${path}“`;
}

/** One problem of a row as a German sentence; `labelOf` names a profile path by its label on the page. */
export function germanRowProblem(source: string, problem: RowProblem, labelOf: (path: string) => string | undefined): string {
  const where = germanSource(source);
  switch (problem.kind) {
    case "field":
      return problem.path === "" || problem.path === "(root)" ? `${where}: ${germanMessage(problem.message)}` : `${where}, ${fieldName(problem.path, labelOf)}: ${germanMessage(problem.message)}`;
    case "no-slug":
      return `${where}: Aus dem Namen „${problem.name}“ lässt sich kein Ordnername bilden; er braucht mindestens einen lateinischen Buchstaben (a–z) oder eine Ziffer.`;
    case "logo":
      return `${where}: ${logoMessage(logoFileName(problem.given), problem.code, problem.reason)}`;
  }
}

/** A row the renderer failed on, in German (the logo's problem when the renderer refused the logo). */
export function germanRenderFailure(source: string, message: string): string {
  return `${germanSource(source)}: Die Dokumente konnten nicht erstellt werden (${message}).`;
}

/** Why a list cannot be read at all, in German, by the code of the problem. */
export function germanListProblem(code: string): string {
  switch (code) {
    case "E_INPUT_TOO_LARGE":
      return `Die Datei ist zu groß; eine Liste darf höchstens ${MAX_LIST_BYTES / 1024 / 1024} MB haben.`;
    case "E_INPUT_EMPTY":
      return "Die Datei ist leer.";
    case "E_INPUT_ENCODING":
      return "Die Datei ist nicht als UTF-8 gespeichert. Bitte speichern Sie sie als UTF-8 (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“).";
    case "E_INPUT_BINARY":
      return "Das ist keine Textdatei. Bitte wählen Sie eine CSV-, JSON- oder YAML-Datei.";
    case "E_INPUT_SHAPE":
      return "Die Datei enthält keine Liste von Profilen: erwartet wird eine CSV-Datei mit Kopfzeile oder eine Liste in JSON oder YAML.";
    case "E_INPUT_SYNTAX":
      return "Der Aufbau der Datei ist fehlerhaft; die Meldung darunter nennt die Stelle.";
    default:
      return "Die Datei kann nicht gelesen werden.";
  }
}
