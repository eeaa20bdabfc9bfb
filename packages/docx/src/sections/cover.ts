import { type FileChild, Paragraph, TextRun } from "docx";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { guidance, scaffoldRuns, sourceRun } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/** Title page: what this is, for whom, as of when, and who is responsible. */
export function cover(ctx: RenderContext): FileChild[] {
  const { circular } = ctx;
  const line = (label: string, text: string) =>
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...scaffoldRuns(ctx, text)] });
  return [
    new Paragraph({ style: STYLE.title, children: [sourceRun(ctx, circular.title)] }),
    new Paragraph({ style: STYLE.subtitle, children: scaffoldRuns(ctx, "Arbeitsvorlage für {{kommune}}") }),
    line("Kommune", "{{kommune}}"),
    line("Verantwortlich", "{{amt}}"),
    line("Ansprechperson", "{{ansprechperson}}"),
    line("Stand", "{{stand}}"),
    new Paragraph({
      style: STYLE.small,
      spacing: { before: 480, after: 240 },
      children: [new TextRun("Grundlage: "), sourceRun(ctx, citationOf(circular)), new TextRun(" – "), sourceRun(ctx, circular.issuer)],
    }),
    guidance(
      ctx,
      "Diese Datei ist eine Vorlage. Ersetzen Sie die rot markierten Felder in doppelten geschweiften Klammern (Formatvorlage „Platzhalter“) durch Ihre Angaben. " +
        "Hinweise wie dieser stehen in der Formatvorlage „Ausfüllhinweis“: Markieren Sie einen, wählen Sie „Alle Instanzen markieren“ (Word) bzw. „Alle gleichen Formatierungen auswählen“ (LibreOffice) und löschen Sie alle auf einmal, bevor Sie das Dokument weitergeben.",
    ),
  ];
}
