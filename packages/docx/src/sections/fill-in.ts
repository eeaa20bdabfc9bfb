import { type FileChild, Paragraph, TextRun } from "docx";
import type { RenderContext } from "../context.js";
import { guidance, heading, scaffoldRuns, writeHere } from "../paragraphs.js";
import { headedTable } from "../tables.js";

/** The current situation: a guidance note and room to write. */
export function situation(ctx: RenderContext): FileChild[] {
  return [
    heading(1, [new TextRun("Ausgangslage")], true),
    guidance(
      ctx,
      ctx.integration
        ? "Beschreiben Sie kurz, wie die Integrationsarbeit in {{kommune}} heute organisiert ist: Welche Ämter, Fachdienste und Träger sind beteiligt? " +
            "Wo sind Ausländerangelegenheiten, Sozialleistungen und Sprachförderung angesiedelt? Wo gibt es Doppelarbeit oder Lücken?"
        : "Beschreiben Sie kurz, wie {{kommune}} die Aufgabe, um die es in der Mitteilung geht, heute wahrnimmt: Welche Ämter, Fachdienste und Partner sind beteiligt? " +
            "Was ist bereits geregelt, wo gibt es Doppelarbeit oder Lücken?",
    ),
    writeHere(),
  ];
}

/** Steering and networking. */
export function steering(ctx: RenderContext): FileChild[] {
  return [
    heading(1, [new TextRun("Steuerung und Vernetzung")]),
    guidance(
      ctx,
      ctx.integration
        ? "Halten Sie fest, wer die Integrationsarbeit in {{kommune}} steuert, wie Ziele vereinbart und überprüft werden und in welchen Gremien und Netzwerken " +
            "die Verwaltung mit Land, Freier Wohlfahrtspflege, Trägern und Migrantenorganisationen zusammenarbeitet."
        : "Halten Sie fest, wer die Aufgabe in {{kommune}} steuert, wie Ziele vereinbart und überprüft werden und in welchen Gremien und Netzwerken " +
            "die Verwaltung mit Land, Nachbarkommunen, Trägern und weiteren Partnern zusammenarbeitet.",
    ),
    heading(2, [new TextRun("Steuerung")]),
    guidance(ctx, "Wer koordiniert? Wem wird berichtet? Welche Ziele und Kennzahlen gelten?"),
    writeHere(),
    heading(2, [new TextRun("Netzwerke und Gremien")]),
    guidance(ctx, "Welche Partner gehören dazu, wer lädt ein, wie oft trifft man sich?"),
    writeHere(),
  ];
}

/** Measures and language support, with a table to plan them. */
export function measures(ctx: RenderContext): FileChild[] {
  const empty = () => [[], [], [], []];
  return [
    heading(1, [new TextRun(ctx.integration ? "Maßnahmen und Sprachförderung" : "Maßnahmen")]),
    guidance(
      ctx,
      (ctx.integration
        ? "Tragen Sie die Maßnahmen ein, mit denen {{kommune}} die Integration fördert, einschließlich der Angebote zur Sprachförderung. "
        : "Tragen Sie die Maßnahmen ein, mit denen {{kommune}} die Hinweise der Mitteilung umsetzt. ") +
        "Eine Zeile je Maßnahme; die Kopfzeile wiederholt sich auf jeder Seite, weitere Zeilen fügen Sie mit der Tabulatortaste in der letzten Zelle an.",
    ),
    headedTable(["Maßnahme", "Zielgruppe", "Verantwortlich", "Zeitraum"], [empty(), empty(), empty()], [4, 3, 3, 2]),
    writeHere(),
  ];
}

/** Who to contact, filled from the profile. */
export function contacts(ctx: RenderContext): FileChild[] {
  return [
    heading(1, [new TextRun("Kontakt")]),
    guidance(ctx, "Diese Angaben erscheinen auch auf der Titelseite. Ergänzen Sie weitere Ansprechpersonen bei Bedarf."),
    ...(
      [
        ["Zuständig", "{{amt}}"],
        ["Ansprechperson", "{{ansprechperson}}"],
        ["Telefon", "{{telefon}}"],
        ["E-Mail", "{{email}}"],
        ["Anschrift", "{{anschrift}}"],
        ["Internet", "{{website}}"],
      ] as const
    ).map(([label, text], i, all) => labelled(ctx, label, text, i < all.length - 1)),
  ];
}

function labelled(ctx: RenderContext, label: string, text: string, keepNext: boolean): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, keepNext, children: [new TextRun({ text: `${label}: `, bold: true }), ...scaffoldRuns(ctx, text)] });
}
