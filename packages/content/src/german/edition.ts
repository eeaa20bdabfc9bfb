import type { Circular, Model } from "../types.js";
import { germanName, phraseText, type GermanName } from "./name.js";
import { listJoin, numberWord } from "./words.js";

/** A model's municipality for running text: "die Stadt Essen", "den Kreis Paderborn". */
export function modelName(model: Pick<Model, "municipality" | "kind">): GermanName {
  return germanName({ name: model.municipality, kind: model.kind });
}

/**
 * What a selection of models shows, for right after the circular's own
 * sentence that introduces its models: "Diese Fassung zeigt zwei der vier
 * Modelle der Mitteilung: die Stadt Essen und den Kreis Paderborn." Null when
 * the edition shows every model in the circular's order, or it has none.
 */
export function selectionSentence(circular: Pick<Circular, "models">, models: readonly Model[]): string | null {
  const all = circular.models;
  if (all.length === 0) return null;
  if (models.length === all.length && models.every((m, i) => m.id === all[i]!.id)) return null;
  const total = numberWord(all.length);
  if (models.length === 0) return `Diese Fassung zeigt keines der ${total} Modelle der Mitteilung.`;
  const names = listJoin(models.map((m) => phraseText(modelName(m).phrase("accusative"))));
  if (models.length === all.length) return `Diese Fassung zeigt alle ${total} Modelle der Mitteilung in dieser Reihenfolge: ${names}.`;
  const count = models.length === 1 ? "eines" : numberWord(models.length);
  return `Diese Fassung zeigt ${count} der ${total} Modelle der Mitteilung: ${names}.`;
}

/** The year of the circular, from its date or its number's year. */
function yearOf(circular: Pick<Circular, "date" | "year">): string | null {
  return circular.date?.slice(0, 4) ?? (circular.year !== null ? String(circular.year) : null);
}

/**
 * Introduces the ordering details as the circular's own, of its year: an
 * office or web address of 2004 may long be gone.
 */
export function publicationNote(circular: Pick<Circular, "date" | "year">): string {
  const year = yearOf(circular);
  return `Die folgenden Bestellangaben stammen aus der Mitteilung${year ? ` von ${year}` : ""} und wurden seitdem nicht aktualisiert.`;
}
