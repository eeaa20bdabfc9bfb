import { CheckBox, type FileChild, type ParagraphChild, TextRun } from "docx";
import type { Model } from "@handreichung/content";
import type { RenderContext } from "../context.js";
import { hyphenatedRun } from "../hyphenate.js";
import { guidance, heading, sourceRun, writeHere } from "../paragraphs.js";
import { type CellContent, headedTable } from "../tables.js";
import { modelLabel } from "@handreichung/content/data";

/** Up to this many models fit side by side on A4 portrait; more go one per row. */
const SIDE_BY_SIDE = 4;

const checkbox = (name: string): ParagraphChild[] => [
  new CheckBox({ alias: `Modell ${name}`, uncheckedState: { value: "2610", font: "Segoe UI Symbol" }, checkedState: { value: "2612", font: "Segoe UI Symbol" } }),
  new TextRun(" unser Modell"),
];

/**
 * Key points quoted from the model's text; the text itself when it has none.
 * Long words carry soft hyphens: four columns are narrow, and LibreOffice
 * without a German dictionary would otherwise break them anywhere.
 */
function points(ctx: RenderContext, model: Model): CellContent {
  const items = model.keyPoints.length ? model.keyPoints : model.text;
  return items.map((p) => [new TextRun("– "), hyphenatedRun(ctx.cleaner.clean(p))]);
}

/** The organisational model the municipality chooses, with the circular's models compared; nothing without models. */
export function modelChoice(ctx: RenderContext): FileChild[] {
  const { models } = ctx;
  // A circular without models has nothing to choose from: no section (the
  // responsibilities section asks who leads instead).
  if (models.length === 0) return [];
  const out: FileChild[] = [heading(1, [new TextRun("Organisationsmodell")])];
  out.push(
    guidance(
      ctx,
      `Die Tabelle stellt ${models.length === 1 ? "das Modell" : `die ${models.length} Modelle`} der Mitteilung nebeneinander; die Stichpunkte sind wörtlich aus dem Text der Mitteilung übernommen (vollständig im Referenzteil). ` +
        "Kreuzen Sie an, welchem Modell {{kommune}} folgt, oder beschreiben Sie darunter Ihre eigene Mischform.",
    ),
  );
  if (models.length <= SIDE_BY_SIDE) {
    const weights = models.map(() => 1);
    out.push(
      headedTable(
        models.map((m) => ctx.cleaner.clean(modelLabel(m))),
        [models.map((m) => points(ctx, m)), models.map((m) => [checkbox(m.name)])],
        weights,
        { compact: models.length > 2 },
      ),
    );
  } else {
    out.push(
      headedTable(
        ["Modell", "Kernpunkte (wörtlich aus der Mitteilung)", "Wahl"],
        models.map((m) => [[[sourceRun(ctx, modelLabel(m), { bold: true })]], points(ctx, m), [checkbox(m.name)]]),
        [3, 7, 3],
      ),
    );
  }
  out.push(
    heading(2, [new TextRun("Unsere Organisation und Begründung")]),
    guidance(ctx, "Begründen Sie die Wahl und beschreiben Sie, wo {{kommune}} vom gewählten Modell abweicht."),
    writeHere(),
  );
  return out;
}
