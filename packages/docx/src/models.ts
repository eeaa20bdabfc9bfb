import type { Circular, Model } from "@handreichung/content";

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

/** The models in the order `ids` names them; all of them when `ids` is undefined. */
export function selectModels(circular: Circular, ids: readonly string[] | undefined): readonly Model[] {
  if (!ids) return circular.models;
  const byId = new Map(circular.models.map((m) => [m.id, m]));
  return ids.map((id) => {
    const model = byId.get(id);
    if (!model) throw new UnknownModelError(id, circular.models.map((m) => m.id));
    return model;
  });
}
