// The page speaks German. The rules, and the messages the CLI prints, are the
// content package's (zod schemas) and the logo package's; this only puts their
// messages into German for the form. A message it does not know is shown as it is.
import { DATE_RULE } from "@handreichung/content/data";
import { MAX_LOGO_BYTES, MAX_LOGO_PIXELS } from "@handreichung/logo";

const TYPES: Record<string, string> = { string: "Text", number: "Zahl", boolean: "Ja/Nein", object: "Gruppe von Feldern", array: "Liste", null: "nichts" };

/** A schema message ("must be an e-mail address") in German, for the form. */
export function germanMessage(message: string): string {
  if (message === "Required") return "Bitte ausfüllen.";
  if (message === "must not be empty") return "Darf nicht leer sein.";
  if (message === "must be an e-mail address") return "Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.";
  if (message === `must be ${DATE_RULE["not-a-date"]}`) return "Bitte ein gültiges Datum angeben.";
  if (message === `must be ${DATE_RULE["out-of-range"]}`) return "Bitte ein Datum zwischen 1900 und 9999 angeben.";
  if (message === "Unknown field") return "Dieses Feld kennt ein Profil nicht.";
  if (message.startsWith("must be a BCP 47 language tag")) return "Am Anfang der Zeile steht das Kürzel der Sprache, z. B. tr, ar, uk oder zh-Hans.";
  if (message.startsWith('"und" (undetermined)')) return "„und“ nennt keine Sprache; bitte das Kürzel der Sprache angeben.";
  if (message === "must list at most 40 languages") return "Höchstens 40 Sprachen.";
  let m = /^must be at most (\d+) characters$/.exec(message);
  if (m) return `Höchstens ${m[1]} Zeichen.`;
  m = /^"(.+)" is listed twice$/.exec(message);
  if (m) return `„${m[1]}“ steht zweimal in der Liste.`;
  m = /^Expected one of (.+)$/.exec(message);
  if (m) return `Erlaubt sind: ${m[1]!.replace(/"/g, "")}.`;
  m = /^Expected (\w+), received (\w+)$/.exec(message);
  if (m) return `Hier gehört ${TYPES[m[1]!] ?? m[1]} hin, nicht ${TYPES[m[2]!] ?? m[2]}.`;
  return message;
}

/** Why a logo file cannot be used, in German; `reason` is the logo checker's line (as the CLI prints it). */
export function logoMessage(fileName: string, code: string, reason: string): string {
  const name = `„${fileName}“`;
  switch (code) {
    case "E_LOGO_FORMAT":
      return /unusual kind of JPEG/.test(reason)
        ? `${name} ist eine ungewöhnliche JPEG-Variante. Bitte speichern Sie das Logo als gewöhnliches JPEG oder als PNG.`
        : `${name} ist kein PNG- oder JPEG-Bild. Bitte wählen Sie ein Logo im Format PNG oder JPEG.`;
    case "E_LOGO_DAMAGED":
      return `${name} ist beschädigt oder unvollständig (${reason}). Bitte speichern Sie das Logo neu.`;
    case "E_LOGO_BYTES":
      return `${name} ist zu groß; ein Logo darf höchstens ${MAX_LOGO_BYTES / 1024 / 1024} MB haben.`;
    case "E_LOGO_PIXELS": {
      const size = /^(\d+)×(\d+) pixels \(([\d.]+) megapixels\)/.exec(reason);
      const measured = size ? `${size[1]} × ${size[2]}, ${Number(size[3]).toLocaleString("de-DE")} Megapixel` : reason.replace(/; the limit.*$/, "");
      return `${name} hat zu viele Bildpunkte (${measured}); höchstens ${MAX_LOGO_PIXELS / 1e6} Megapixel.`;
    }
    case "E_LOGO_NOT_CHOSEN":
      return `${name} ist nicht unter den gewählten Logo-Dateien. Bitte wählen Sie die Datei bei „Logo-Dateien“ mit aus.`;
    case "E_BAD_LOGO":
      return /CMYK/.test(reason)
        ? `${name} ist ein JPEG in CMYK-Farben, das eine archivierbare PDF-Datei (PDF/A) nicht aufnehmen kann. Bitte speichern Sie das Logo in RGB-Farben.`
        : `${name} kann nicht in die PDF-Datei übernommen werden: ${reason}`;
    default:
      return `${name} kann nicht verwendet werden: ${reason}`;
  }
}
