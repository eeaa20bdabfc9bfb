import type { Circular } from "./types.js";

/** 2004-05-26 -> 26.05.2004, without Date objects so no time zone can shift it. */
export function formatGermanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", or as much of it as is known. */
export function citationOf(circular: Circular): string {
  let out = circular.series;
  if (circular.number !== null) out += ` ${circular.number}${circular.year !== null ? `/${circular.year}` : ""}`;
  if (circular.date !== null) out += ` vom ${formatGermanDate(circular.date)}`;
  return out;
}

/** The models in the order `ids` names them; all of them when `ids` is undefined. */
export function selectModels(circular: Circular, ids: readonly string[] | undefined): Circular["models"] {
  if (!ids) return circular.models;
  return ids.map((id) => {
    const model = circular.models.find((m) => m.id === id);
    if (!model) throw new UnknownModelError(id, circular.models.map((m) => m.id));
    return model;
  });
}

/** A model id the circular does not have. */
export class UnknownModelError extends Error {
  readonly code = "E_UNKNOWN_MODEL";
  constructor(
    readonly id: string,
    readonly valid: readonly string[],
  ) {
    super(`unknown model id "${id}"; valid: ${valid.length ? valid.join(", ") : "(the circular has no models)"}`);
    this.name = "UnknownModelError";
  }
}

/** "Stadt Arnsberg"; the short name is added only where the municipality does not already say it. */
export function modelLabel(model: Circular["models"][number]): string {
  return model.municipality.includes(model.name) ? model.municipality : `${model.municipality} (${model.name})`;
}
