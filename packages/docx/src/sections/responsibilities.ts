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
      "Eine Zeile je Organisationseinheit (Amt, Fachdienst, Stabsstelle, Träger): welche Aufgaben der Integrationsarbeit sie wahrnimmt und wer dort ansprechbar ist. " +
        "Die erste Zeile ist mit dem zuständigen Amt vorbelegt.",
    ),
    headedTable(
      ["Organisationseinheit", "Aufgaben", "Ansprechperson", "Kontakt"],
      [[[scaffoldRuns(ctx, "{{amt}}")], [], [scaffoldRuns(ctx, "{{ansprechperson}}")], [scaffoldRuns(ctx, "{{telefon}}"), scaffoldRuns(ctx, "{{email}}")]], empty(), empty(), empty(), empty()],
      [4.3, 3.9, 3.9, 3.9],
    ),
    writeHere(),
  ];
}
