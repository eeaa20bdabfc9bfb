import { type FileChild, TextRun } from "docx";
import type { RenderContext } from "../context.js";
import { field, guidance, heading } from "../paragraphs.js";
import { headedTable } from "../tables.js";
import { writeHere } from "./fill-in.js";

/** Who does what: a table whose header row repeats on every page; the first row holds the responsible office's fields. */
export function responsibilities(ctx: RenderContext): FileChild[] {
  const empty = () => [[], [], []];
  return [
    heading(1, [new TextRun("Zuständigkeiten")]),
    guidance(ctx, [
      "Eine Zeile je Organisationseinheit ",
      ctx.addressee.phrase("genitive"),
      ` und je beteiligtem Träger (Amt, Fachdienst, Stabsstelle, Verein): welche Aufgaben ${ctx.integration ? "der Integrationsarbeit sie" : "sie dabei"} ` +
        "wahrnimmt und wer dort ansprechbar ist. Die erste Zeile ist mit dem zuständigen Amt vorbelegt." +
        // Without models there is no section on the organisational model: ask here who leads.
        (ctx.models.length ? "" : " Halten Sie unter der Tabelle fest, welche Stelle federführend ist und warum."),
    ]),
    headedTable(
      ["Organisationseinheit", "Aufgaben", "Ansprechperson und Kontakt"],
      [[[[field(ctx, "amt")]], [], [[field(ctx, "ansprechperson")], [field(ctx, "telefon")], [field(ctx, "email")]]], empty(), empty(), empty(), empty()],
      [4.2, 4.8, 7],
    ),
    writeHere(ctx, "zustaendigkeiten", "Zuständigkeiten: Erläuterungen", "Erläuterungen zu den Zuständigkeiten einzugeben"),
  ];
}
