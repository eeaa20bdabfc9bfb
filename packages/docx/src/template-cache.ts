import type { GermanCase, GermanName, NamePhrase } from "@handreichung/content";
import type { DocumentInput } from "./compile-document.js";
import { escapeXml } from "./content-controls/xml.js";
import type { PlaceholderKey, PlaceholderValues } from "./placeholders.js";
import { TextCleaner } from "./text.js";
import type { PackageParts } from "./zip.js";

// A value stands in the compiled XML as a private-use sentinel, so it can be
// swapped for each municipality's text without building the document again.
const sentinel = (key: string) => `\uE000${key}\uE001`;
const SENTINEL = /\uE000([a-z]+)\uE001/g;
const CASES: readonly GermanCase[] = ["nominative", "accusative", "dative", "genitive"];

interface Template {
  parts: PackageParts;
  /** What the circular's own text lost to cleaning, for the warning. */
  cleaner: TextCleaner;
}

// A batch renders one circular for many municipalities: a few variants at most
// (which fields the profiles fill, how the name declines). Bounded, least
// recently used first out, so a long-running process does not grow.
const MAX_TEMPLATES = 8;
const templates = new Map<string, Template>();

function fill(xml: string, values: PlaceholderValues): string {
  return xml.replace(SENTINEL, (_, key: string) => escapeXml(values[key as PlaceholderKey] ?? ""));
}

/**
 * The name with its official form replaced by the sentinel wherever a
 * sentence shows it uninflected; inflected forms ("des Kreises Paderborn")
 * stay literal and so belong to the cache key.
 */
function sentinelName(name: GermanName): GermanName {
  const official = sentinel("kommune");
  const swap = (p: NamePhrase): NamePhrase => (p.official ? { ...p, name: official } : p);
  return { official, gender: name.gender, pronoun: name.pronoun, phrase: (c) => swap(name.phrase(c)), after: (p) => swap(name.after(p)) };
}

/**
 * The package parts for `input`, from a cached compile of the same circular,
 * models, set of filled fields and declension of the name, with sentinels for
 * the values. Byte for byte what compiling `input` directly gives (a test holds it to that).
 */
export function fillTemplate(input: DocumentInput, compile: (input: DocumentInput) => PackageParts): PackageParts {
  const keys = (Object.keys(input.values) as PlaceholderKey[]).sort();
  const name = input.name && sentinelName(input.name);
  const declension = name ? [name.gender, name.pronoun, CASES.map((c) => name.phrase(c))] : null;
  const cacheKey = JSON.stringify([input.circular, input.models.map((m) => m.id), keys, declension]);
  let template = templates.get(cacheKey);
  if (template) templates.delete(cacheKey);
  else {
    const cleaner = new TextCleaner();
    const values: PlaceholderValues = Object.fromEntries(keys.map((k) => [k, sentinel(k)]));
    template = { parts: compile({ circular: input.circular, models: input.models, values, cleaner, ...(name ? { name } : {}) }), cleaner };
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
  }
  templates.set(cacheKey, template);
  input.cleaner.absorb(template.cleaner);
  const parts = new Map<string, string | Uint8Array>();
  for (const [part, data] of template.parts) parts.set(part, typeof data === "string" && data.includes("\uE000") ? fill(data, input.values) : data);
  return parts;
}
