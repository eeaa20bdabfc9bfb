import { type FileChild, TextRun } from "docx";
import type { RenderContext } from "../context.js";
import { guidance, heading, scaffoldRuns, writeHere } from "../paragraphs.js";
import { headedTable } from "../tables.js";

/** Who does what: a table whose header row repeats on every page. */
export function responsibilities(ctx: RenderContext): FileChild[] {
  const empty = () => [[], [], [], []];
  return [
    heading(1, [new TextRun("Zuständigkeiten")]),
    guidance(
      ctx,
      `Eine Zeile je Organisationseinheit (Amt, Fachdienst, Stabsstelle, Träger): welche Aufgaben ${ctx.integration ? "der Integrationsarbeit sie" : "sie dabei"} ` +
        "wahrnimmt und wer dort ansprechbar ist. Die erste Zeile ist mit dem zuständigen Amt vorbelegt." +
        // Without models there is no section on the organisational model: ask here who leads.
        (ctx.models.length ? "" : " Halten Sie unter der Tabelle fest, welche Stelle federführend ist und warum."),
    ),
    headedTable(
      ["Organisationseinheit", "Aufgaben", "Ansprechperson", "Kontakt"],
      [[[scaffoldRuns(ctx, "{{amt}}")], [], [scaffoldRuns(ctx, "{{ansprechperson}}")], [scaffoldRuns(ctx, "{{telefon}}"), scaffoldRuns(ctx, "{{email}}")]], empty(), empty(), empty(), empty()],
      [4.5, 3.7, 4.2, 3.6],
    ),
    writeHere(),
  ];
}
