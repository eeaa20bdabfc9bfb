import { type FileChild, Paragraph, TextRun } from "docx";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { coverLogo } from "../header-footer.js";
import { detailLine, field, guidance, scaffoldRuns, textRuns } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/** What the document is about, for the subtitle and the properties: "Organisation der Integrationsarbeit in der Stadt Essen". */
export function subtitleText(ctx: RenderContext): Parameters<typeof scaffoldRuns>[1] {
  const what = ctx.integration ? "Organisation der Integrationsarbeit" : "Umsetzung";
  return ctx.name ? [`${what} `, ctx.name.after("in")] : [`${what} vor Ort`];
}

/** Title page: the logo large, what this is, for whom, as of when, and who is responsible. No header or footer. */
export function cover(ctx: RenderContext): FileChild[] {
  const { circular } = ctx;
  const logo = coverLogo(ctx);
  return [
    ...(logo ? [new Paragraph({ style: STYLE.coverLogo, children: [logo] })] : []),
    new Paragraph({ style: STYLE.title, children: [...textRuns(ctx, circular.title)] }),
    new Paragraph({ style: STYLE.subtitle, children: scaffoldRuns(ctx, subtitleText(ctx)) }),
    detailLine("Kommune", [field(ctx, "kommune")]),
    detailLine("Verantwortlich", [field(ctx, "amt")]),
    detailLine("Ansprechperson", [field(ctx, "ansprechperson")]),
    detailLine("Stand", [field(ctx, "stand")]),
    new Paragraph({
      style: STYLE.small,
      children: [new TextRun("Grundlage: "), ...textRuns(ctx, citationOf(circular)), new TextRun(" – "), ...textRuns(ctx, circular.issuer)],
    }),
    guidance(
      ctx,
      // Word shades a field only while it shows its prompt; a filled one is framed when clicked.
      "Diese Datei ist eine Vorlage. Die Felder Kommune, Amt, Ansprechperson, Stand und die Kontaktangaben (grau hinterlegt, solange sie leer sind) sind in Word miteinander verknüpft: " +
        "Was Sie in eines eintragen, erscheint überall, wo die Angabe vorkommt. In jedem Abschnitt schreiben Sie Ihren Text in das Feld unter dem Hinweis. " +
        "Hinweise wie dieser stehen in der Formatvorlage „Ausfüllhinweis“: Markieren Sie einen, wählen Sie „Alle Instanzen markieren“ (Word) bzw. " +
        "„Alle gleichen Formatierungen auswählen“ (LibreOffice) und löschen Sie alle auf einmal, bevor Sie das Dokument weitergeben.",
    ),
  ];
}
