import { type FileChild, Paragraph, TextRun } from "docx";
import { citationOf, excerptWording, listJoin, modelName, numberWord, phraseText, quoted, selectionSentence } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { guidance } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/**
 * Why the template exists and how to work with it: guidance only, on a page
 * of its own, so deleting the notes deletes all of it and leaves no empty
 * chapter behind.
 */
export function usage(ctx: RenderContext): FileChild[] {
  const { circular, models } = ctx;
  const all = circular.models;
  const task = ctx.integration ? "die Integrationsarbeit" : "die Aufgabe";
  let basis =
    `Diese Vorlage beruht auf der ${citationOf(circular)} ${quoted(circular.title)} (${circular.issuer}).` +
    (all.length
      ? ` Die Mitteilung stellt ${all.length === 1 ? "ein Beispiel" : `${numberWord(all.length)} Beispiele`} vor, wie Kommunen die Aufgabe organisiert haben: ` +
        `${listJoin(all.map((m) => phraseText(modelName(m).phrase("accusative"))))}.`
      : "");
  const selection = selectionSentence(circular, models);
  if (selection) basis += ` ${selection}`;
  const filled = ctx.values.kommune !== undefined;
  return [
    // The block starts a page of its own (direct: it is the only note that does).
    new Paragraph({ style: STYLE.guidance, pageBreakBefore: true, children: [new TextRun({ text: "Zweck und Gebrauch dieser Vorlage", style: STYLE.strong })] }),
    guidance(ctx, basis),
    guidance(ctx, ["Mit dieser Vorlage hält ", ctx.addressee.phrase("nominative"), ` fest, wie ${ctx.addressee.pronoun} ${task} selbst organisiert.`]),
    guidance(
      ctx,
      filled
        ? // The name also stands in sentences, with articles and in inflected forms Word cannot adapt: changing it there would break them.
          "Schritt 1: Die Angaben zur Kommune sind in die Felder eingetragen (ein leeres Feld ist grau hinterlegt); prüfen und ergänzen Sie sie. " +
            "Jede Angabe ist nur einmal gespeichert: Ändern Sie sie in Word an einer Stelle, ändert sie sich überall. " +
            "Nur den Namen der Kommune ändern Sie so nicht: In den Sätzen stehen mit ihm Artikel und gebeugte Formen, die Word nicht anpasst. Soll die Vorlage für eine andere Kommune gelten, erstellen Sie sie neu."
        : "Schritt 1: Tragen Sie die Angaben zur Kommune in die grau hinterlegten Felder ein, zuerst den Namen der Kommune, das zuständige Amt und den Stand. " +
            "Jede Angabe ist nur einmal gespeichert: Ändern Sie sie in Word an einer Stelle, ändert sie sich überall.",
    ),
    guidance(ctx, "Schritt 2: Füllen Sie die Abschnitte „Ausgangslage“ bis „Kontakt“ aus. Jeder beginnt mit einem Hinweis wie diesem; darunter klicken Sie in das Feld und schreiben Ihren Text."),
    guidance(
      ctx,
      `Schritt 3: Der Referenzteil am Ende gibt ${models.length ? "die Mitteilung und die Modelle" : "die Mitteilung"} im Wortlaut wieder${excerptWording(circular) ? " (die Mitteilung nur als Auszug: ihr veröffentlichter Text ist unvollständig)" : ""}. Behalten Sie ihn als Anlage oder löschen Sie ihn.`,
    ),
    guidance(
      ctx,
      "Schritt 4: Löschen Sie alle Ausfüllhinweise – auch diese Seite – und aktualisieren Sie das Inhaltsverzeichnis, damit es die Seitenzahlen zeigt " +
        "(Word: in das Verzeichnis klicken, F9; LibreOffice: Extras › Aktualisieren › Alles aktualisieren).",
    ),
  ];
}
