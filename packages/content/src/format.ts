import type { Circular } from "./types.js";

/** 2004-05-26 -> 26.05.2004, without Date objects so no time zone can shift it. */
export function formatGermanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * A text in German quotation marks: „…“, with the quotes inside it made single
 * (‚…‘), as German quotes a quote ("„Leitfaden ‚Willkommen vor Ort‘ erschienen“").
 */
export function quoted(text: string): string {
  return `„${text.replace(/„/g, "‚").replace(/“/g, "‘")}“`;
}

/** "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", or as much of it as is known. */
export function citationOf(circular: Circular): string {
  let out = circular.series;
  if (circular.number !== null) out += ` ${circular.number}${circular.year !== null ? `/${circular.year}` : ""}`;
  if (circular.date !== null) out += ` vom ${formatGermanDate(circular.date)}`;
  return out;
}

/**
 * The models in the order `ids` names them; all of them when `ids` is undefined.
 * The one check of a model selection, used by both renderers and the CLI.
 * @throws UnknownModelError (code `E_UNKNOWN_MODEL`) for an id the circular lacks, an id given twice, or no id at all.
 */
export function selectModels(circular: Circular, ids: readonly string[] | undefined): Circular["models"] {
  if (!ids) return circular.models;
  const valid = circular.models.map((m) => m.id);
  if (ids.length === 0) throw new UnknownModelError("", valid, "none");
  return ids.map((id, i) => {
    const model = circular.models.find((m) => m.id === id);
    if (!model) throw new UnknownModelError(id, valid, "unknown");
    if (ids.indexOf(id) !== i) throw new UnknownModelError(id, valid, "twice");
    return model;
  });
}

const validList = (valid: readonly string[]) => (valid.length ? valid.join(", ") : "none (the circular has no models)");

/** A model selection the circular cannot satisfy: an unknown id, one given twice, or none. */
export class UnknownModelError extends Error {
  readonly code = "E_UNKNOWN_MODEL";
  constructor(
    readonly id: string,
    readonly valid: readonly string[],
    readonly reason: "unknown" | "twice" | "none" = "unknown",
  ) {
    super(
      reason === "twice" ? `model id "${id}" is given twice` : reason === "none" ? `no model id given; valid: ${validList(valid)}` : `unknown model id "${id}"; valid: ${validList(valid)}`,
    );
    this.name = "UnknownModelError";
  }
}

/** "Stadt Arnsberg"; the short name is added only where the municipality does not already say it. */
export function modelLabel(model: Circular["models"][number]): string {
  return model.municipality.includes(model.name) ? model.municipality : `${model.municipality} (${model.name})`;
}
