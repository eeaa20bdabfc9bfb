import { layoutThrough } from "../internals/fontkit.js";
import { FastShaper, type GlyphFont } from "./fast-shaper.js";
import type { ShapingTable } from "./table.js";

/** Makes the parsed font shape the text its table covers from the table (once per parsed font); without a table fontkit shapes all. */
export function useShapingTable(font: object, table: ShapingTable | null): void {
  if (!table) return;
  layoutThrough(font, () => new FastShaper(table, font as GlyphFont));
}
