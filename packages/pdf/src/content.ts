// The few content helpers the renderer needs, kept here so that rendering
// never loads the content package's runtime (and with it zod): cold start matters.
import type { Circular, Model } from "@handreichung/content";
import { UnknownModelError } from "./errors.js";

/** 2004-05-26 -> 26.05.2004, by string, so no time zone can shift it. */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", or as much of it as is known. */
export function citation(circular: Circular): string {
  let out = circular.series;
  if (circular.number !== null) out += ` ${circular.number}${circular.year !== null ? `/${circular.year}` : ""}`;
  if (circular.date !== null) out += ` vom ${germanDate(circular.date)}`;
  return out;
}

/** The models named by `ids`, in that order; all of them when `ids` is undefined. */
export function pickModels(circular: Circular, ids: readonly string[] | undefined): Model[] {
  if (!ids) return circular.models;
  return ids.map((id) => {
    const model = circular.models.find((m) => m.id === id);
    if (!model) throw new UnknownModelError(id, circular.models.map((m) => m.id));
    return model;
  });
}
