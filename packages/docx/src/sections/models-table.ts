import { CheckBox, type FileChild, type ParagraphChild, TextRun } from "docx";
import type { Model } from "@handreichung/content";
import { modelLabel, numberWord } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { direction, guidance, heading, textRuns } from "../paragraphs.js";
import { STYLE } from "../styles.js";
import { type CellContent, headedTable } from "../tables.js";
import { writeHere } from "./fill-in.js";

const checkbox = (name: string): ParagraphChild[] => [
  new CheckBox({ alias: `Modell ${name}`, uncheckedState: { value: "2610", font: "Segoe UI Symbol" }, checkedState: { value: "2612", font: "Segoe UI Symbol" } }),
  new TextRun(" unser Modell"),
];

/** Key points quoted from the model's text as list items; the text itself when it has none. */
function points(ctx: RenderContext, model: Model): CellContent {
  const items = model.keyPoints.length ? model.keyPoints : model.text;
  return items.map((p) => ({ style: STYLE.tableList, children: textRuns(ctx, p, { lang: model.lang }), ...direction(model.lang) }));
}

/** "die vier Modelle der Mitteilung", "zwei der vier Modelle der Mitteilung". */
function which(ctx: RenderContext): string {
  const n = ctx.models.length;
  const total = ctx.circular.models.length;
  if (n === total) return n === 1 ? "das Modell der Mitteilung" : `die ${numberWord(n)} Modelle der Mitteilung`;
  return `${n === 1 ? "eines" : numberWord(n)} der ${numberWord(total)} Modelle der Mitteilung`;
}

/**
 * The organisational model the municipality chooses: the circular's models one
 * per row (wide cells: no word needs breaking), each with a checkbox. Nothing
 * without models.
 */
export function modelChoice(ctx: RenderContext): FileChild[] {
  const { models } = ctx;
  // A circular without models has nothing to choose from: no section (the
  // responsibilities section asks who leads instead).
  if (models.length === 0) return [];
  return [
    heading(1, [new TextRun("Organisationsmodell")]),
    guidance(ctx, [
      `Die Tabelle zeigt ${which(ctx)}; die Kernpunkte sind wörtlich aus dem Text der Mitteilung übernommen (vollständig im Referenzteil). ` +
        "Kreuzen Sie an, welchem Modell ",
      ctx.addressee.phrase("nominative"),
      " folgt, und beschreiben Sie darunter Ihre Organisation oder Ihre eigene Mischform.",
    ]),
    headedTable(
      ["Modell", "Kernpunkte (wörtlich aus der Mitteilung)", "Wahl"],
      models.map((m) => [[[...textRuns(ctx, modelLabel(m), { style: STYLE.strong })]], points(ctx, m), [checkbox(m.name)]]),
      [3.4, 9.4, 3.2],
    ),
    heading(2, [new TextRun("Unsere Organisation und Begründung")]),
    guidance(ctx, ["Begründen Sie die Wahl und beschreiben Sie, wo ", ctx.addressee.phrase("nominative"), " vom gewählten Modell abweicht."]),
    writeHere(ctx, "organisation", "Unsere Organisation und Begründung", "Ihre Organisation und die Begründung zu beschreiben"),
  ];
}
