import { type FileChild, Paragraph, TextRun } from "docx";
import { COUNSEL_LABEL, contactLead, counselLanguagePieces } from "@handreichung/content/data";
import { areaControl } from "../content-controls/controls.js";
import type { RenderContext } from "../context.js";
import { detailLine, field, guidance, heading, scaffoldRuns, textRuns } from "../paragraphs.js";
import { STYLE } from "../styles.js";
import { headedTable } from "../tables.js";

/** The rich-text field a section's own text is written into. */
export function writeHere(ctx: RenderContext, tag: string, title: string, what: string): FileChild {
  return areaControl(ctx.controls, { tag: `abschnitt-${tag}`, title, prompt: `Klicken oder tippen Sie hier, um ${what}.`, style: STYLE.entry });
}

/** The current situation: a guidance note and room to write. */
export function situation(ctx: RenderContext): FileChild[] {
  const name = ctx.addressee;
  return [
    heading(1, [new TextRun("Ausgangslage")], true),
    guidance(
      ctx,
      ctx.integration
        ? [
            "Beschreiben Sie kurz, wie die Integrationsarbeit ",
            name.after("in"),
            " heute organisiert ist: Welche Ämter, Fachdienste und Träger sind beteiligt? " +
              "Wo sind Ausländerangelegenheiten, Sozialleistungen und Sprachförderung angesiedelt? Wo gibt es Doppelarbeit oder Lücken?",
          ]
        : [
            "Beschreiben Sie kurz, wie ",
            name.phrase("nominative"),
            " die Aufgabe, um die es in der Mitteilung geht, heute wahrnimmt: Welche Ämter, Fachdienste und Partner sind beteiligt? " +
              "Was ist bereits geregelt, wo gibt es Doppelarbeit oder Lücken?",
          ],
    ),
    writeHere(ctx, "ausgangslage", "Ausgangslage", "die Ausgangslage zu beschreiben"),
  ];
}

/** Steering and networking. */
export function steering(ctx: RenderContext): FileChild[] {
  const name = ctx.addressee;
  return [
    heading(1, [new TextRun("Steuerung und Vernetzung")]),
    guidance(ctx, [
      `Halten Sie fest, wer die ${ctx.integration ? "Integrationsarbeit" : "Aufgabe"} `,
      name.after("in"),
      " steuert, wie Ziele vereinbart und überprüft werden und in welchen Gremien und Netzwerken " +
        (ctx.integration
          ? "die Verwaltung mit Land, Freier Wohlfahrtspflege, Trägern und Migrantenorganisationen zusammenarbeitet."
          : "die Verwaltung mit Land, Nachbarkommunen, Trägern und weiteren Partnern zusammenarbeitet."),
    ]),
    heading(2, [new TextRun("Steuerung")]),
    guidance(ctx, "Wer koordiniert? Wem wird berichtet? Welche Ziele und Kennzahlen gelten?"),
    writeHere(ctx, "steuerung", "Steuerung", "die Steuerung zu beschreiben"),
    heading(2, [new TextRun("Netzwerke und Gremien")]),
    guidance(ctx, "Welche Partner gehören dazu, wer lädt ein, wie oft trifft man sich?"),
    writeHere(ctx, "netzwerke", "Netzwerke und Gremien", "die Netzwerke und Gremien zu beschreiben"),
  ];
}

/** Measures and language support, with a table to plan them. */
export function measures(ctx: RenderContext): FileChild[] {
  const empty = () => [[], [], [], []];
  return [
    heading(1, [new TextRun(ctx.integration ? "Maßnahmen und Sprachförderung" : "Maßnahmen")]),
    guidance(ctx, [
      "Tragen Sie die Maßnahmen ein, mit denen ",
      ctx.addressee.phrase("nominative"),
      ctx.integration ? " die Integration fördert, einschließlich der Angebote zur Sprachförderung. " : " die Hinweise der Mitteilung umsetzt. ",
      "Eine Zeile je Maßnahme; die Kopfzeile wiederholt sich auf jeder Seite, weitere Zeilen fügen Sie mit der Tabulatortaste in der letzten Zelle an. " +
        "Unter der Tabelle ist Platz für Erläuterungen.",
    ]),
    headedTable(["Maßnahme", "Zielgruppe", "Verantwortlich", "Zeitraum"], [empty(), empty(), empty()], [4.6, 3.8, 4, 3.6]),
    writeHere(ctx, "massnahmen", "Maßnahmen: Erläuterungen", "Erläuterungen zu den Maßnahmen einzugeben"),
  ];
}

/** Who to contact: the fields, bound to the same values as on the title page. */
export function contacts(ctx: RenderContext): FileChild[] {
  const lines = [
    ["Zuständig", "amt"],
    ["Ansprechperson", "ansprechperson"],
    ["Telefon", "telefon"],
    ["E-Mail", "email"],
    ["Anschrift", "anschrift"],
    ["Internet", "website"],
  ] as const;
  return [
    heading(1, [new TextRun("Kontakt")]),
    guidance(ctx, "Diese Angaben stehen auch auf der Titelseite; in Word ändern sie sich dort mit. Weitere Ansprechpersonen tragen Sie darunter ein."),
    // With a name: a sentence that names the municipality; without: its field.
    ctx.name ? new Paragraph({ keepNext: true, children: scaffoldRuns(ctx, contactLead(ctx.name)) }) : detailLine("Kommune", [field(ctx, "kommune")], true),
    // Keep the lines together (direct: the last one may break to the next page).
    ...lines.map(([label, key], i) => detailLine(label, [field(ctx, key)], i < lines.length - 1 || ctx.languages.length > 0)),
    // The counselling languages, each name in its own language (as in the PDF's contact box).
    ...(ctx.languages.length > 0 ? [detailLine(COUNSEL_LABEL, counselLanguagePieces(ctx.languages).flatMap((piece) => textRuns(ctx, piece.text, { lang: piece.lang })))] : []),
    writeHere(ctx, "kontakt", "Weitere Ansprechpersonen", "weitere Ansprechpersonen einzugeben"),
  ];
}
