// What is wrong with a file, a list or a row of it, in German, for the clerk.
// Each sentence stands above the line the CLI prints for the same problem
// (problem-list.ts), so the page and the CLI can still be compared word for word.
import type { RowProblem } from "@handreichung/inputs";
import { germanMessage, logoMessage } from "./messages.js";

/** Where a row stands, in German: "line 10" (a CSV line) as "Zeile 10", "[2]" (a JSON or YAML list, counted from 0) as "Eintrag 3". */
export function germanSource(source: string): string {
  const line = /^line (\d+)$/.exec(source);
  if (line) return `Zeile ${line[1]}`;
  const index = /^\[(\d+)\]$/.exec(source);
  if (index) return `Eintrag ${Number(index[1]) + 1}`;
  return source;
}

/** The file name of a logo as a list or profile gives it ("logos/arnsberg.png" -> "arnsberg.png"). */
export const logoFileName = (given: string) => given.split(/[\\/]/).pop() ?? given;

/** A field by its label on the page ("E-Mail-Adresse"), or by its path where the page has no such field. */
function fieldName(path: string, labelOf: (path: string) => string | undefined): string {
  const language = /^languages\[(\d+)\]/.exec(path);
  if (language) return `${labelOf("languages") ?? "languages"}, Sprache ${Number(language[1]) + 1}`;
  return labelOf(path) ?? `Feld „${path}“`;
}

/** Whether a schema path names the profile itself, not one of its fields. */
const isWhole = (path: string) => path === "" || path === "(root)";

/** A schema problem of a profile's field in German: "E-Mail-Adresse: Bitte eine vollständige …"; `labelOf` names a path by its label on the page. */
export function fieldProblem(path: string, message: string, labelOf: (path: string) => string | undefined): string {
  return isWhole(path) ? germanMessage(message) : `${fieldName(path, labelOf)}: ${germanMessage(message)}`;
}

/** A CSV column no profile field has: by its name, with the field it likely means ("Name" for "name") or what columns are called. */
function unknownColumn(column: string, labelOf: (path: string) => string | undefined): string {
  const meant = column.toLowerCase();
  const hint = meant !== column && labelOf(meant) !== undefined ? `Meinten Sie „${meant}“?` : "Die Spalten heißen wie die Felder eines Profils, etwa name, kind, department, contact.email.";
  return `Spalte „${column}“: Diese Spalte kennt ein Profil nicht. ${hint}`;
}

/** One problem of a list's row as a German sentence. */
export function germanRowProblem(source: string, problem: RowProblem, labelOf: (path: string) => string | undefined): string {
  const where = germanSource(source);
  switch (problem.kind) {
    case "field":
      if (problem.message === "Unknown field" && source.startsWith("line ")) return `${where}, ${unknownColumn(problem.path, labelOf)}`;
      return `${where}${isWhole(problem.path) ? ":" : ","} ${fieldProblem(problem.path, problem.message, labelOf)}`;
    case "no-slug":
      return `${where}: Aus dem Namen „${problem.name}“ lässt sich kein Ordnername bilden; er braucht mindestens einen lateinischen Buchstaben (a–z) oder eine Ziffer.`;
    case "logo":
      return `${where}: ${logoMessage(logoFileName(problem.given), problem.code, problem.reason)}`;
  }
}

/** A row the renderer failed on, in German. */
export function germanRenderFailure(source: string, message: string): string {
  return `${germanSource(source)}: Die Dokumente konnten nicht erstellt werden (${message}).`;
}

/**
 * Why a file cannot be read at all (a list or a profile), in German: by the
 * problem's code, and for a CSV header by what its `line` names. `limitMb` is
 * the size limit of this kind of file.
 */
export function fileProblem(code: string, line: string, limitMb: number): string {
  switch (code) {
    case "E_INPUT_TOO_LARGE":
      return `Die Datei ist zu groß; sie darf höchstens ${limitMb} MB haben.`;
    case "E_INPUT_EMPTY":
      return "Die Datei ist leer.";
    case "E_INPUT_ENCODING":
      return "Die Datei ist nicht als UTF-8 gespeichert. Bitte speichern Sie sie als UTF-8 (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“).";
    case "E_INPUT_BINARY":
      return "Das ist keine Textdatei. Bitte wählen Sie eine CSV-, JSON- oder YAML-Datei.";
    case "E_INPUT_SHAPE":
      return "Die Datei enthält keine Liste von Profilen: erwartet wird eine CSV-Datei mit Kopfzeile oder eine Liste in JSON oder YAML.";
    case "E_INPUT_SYNTAX": {
      const twice = /invalid CSV: column "(.+)" appears twice$/.exec(line);
      if (twice) return `Die Spalte „${twice[1]}“ steht zweimal in der Kopfzeile.`;
      const clash = /invalid CSV: column "(.+)" clashes with "(.+)";/.exec(line);
      if (clash) return `Die Spalten „${clash[1]}“ und „${clash[2]}“ beschreiben dasselbe Feld; geben Sie es nur in Spalten mit Punkt an (wie „${clash[2]}“).`;
      return "Der Aufbau der Datei ist fehlerhaft; die Meldung darunter nennt die Stelle.";
    }
    default:
      return "Die Datei kann nicht gelesen werden.";
  }
}
