import { layoutThrough } from "../internals/fontkit.js";
import { FastShaper, type GlyphFont } from "./fast-shaper.js";
import type { ShapingTable } from "./table.js";

let enabled = true;

/** Turns the shaping tables off (tests compare the documents made both ways); fonts already set up keep theirs. */
export function setShapingTablesEnabled(on: boolean): void {
  enabled = on;
}

/** Makes the parsed font shape the text its table covers from the table (once per parsed font); without a table fontkit shapes all. */
export function useShapingTable(font: object, table: ShapingTable | null): void {
  if (!table || !enabled) return;
  layoutThrough(font, () => new FastShaper(table, font as GlyphFont));
}
