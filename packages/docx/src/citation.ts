import type { Circular } from "@handreichung/content";
import { germanDate } from "./text.js";

// Local copies of the content package's helpers: importing its index would load zod.

/** "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", or as much of it as is known. */
export function citationOf(circular: Circular): string {
  let out = circular.series;
  if (circular.number !== null) out += ` ${circular.number}${circular.year !== null ? `/${circular.year}` : ""}`;
  if (circular.date !== null) out += ` vom ${germanDate(circular.date)}`;
  return out;
}
