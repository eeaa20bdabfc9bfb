import type { GermanCase, GermanName, NamePhrase } from "@handreichung/content";
import { caseAfter } from "@handreichung/content/data";
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
// (which fields the profiles fill, the name's gender and which of its forms are inflected). Bounded, least
// recently used first out, so a long-running process does not grow.
const MAX_TEMPLATES = 8;
const templates = new Map<string, Template>();

function fill(xml: string, values: Readonly<Record<string, string | undefined>>): string {
  return xml.replace(SENTINEL, (_, key: string) => escapeXml(values[key] ?? ""));
}

/** The sentinel for the name in a case, when it differs from the official name ("des Kreises Lippe"). */
const caseKey = (c: GermanCase) => `name${c}`;

/**
 * The name with sentinels for its forms: the official one where a sentence
 * shows it as it stands alone, one per case where it is inflected. What stays
 * in the compiled template — articles, contractions, pronoun, which forms are
 * inflected — is the cache key, so every "Kreis X" shares one compile, and
 * every "X-kreis" another.
 */
function sentinelName(name: GermanName): GermanName {
  const swap = (p: NamePhrase, c: GermanCase): NamePhrase => ({ ...p, name: sentinel(p.official ? "kommune" : caseKey(c)) });
  return {
    official: sentinel("kommune"),
    gender: name.gender,
    pronoun: name.pronoun,
    phrase: (c) => swap(name.phrase(c), c),
    after: (p) => swap(name.after(p), caseAfter(p)),
  };
}

/** The inflected forms of the name, by their sentinel keys. */
function nameValues(name: GermanName | undefined): Record<string, string> {
  return name ? Object.fromEntries(CASES.map((c) => [caseKey(c), name.phrase(c).name])) : {};
}

/**
 * The package parts for `input`, from a cached compile of the same circular,
 * models, set of filled fields and declension of the name, with sentinels for
 * the values. Byte for byte what compiling `input` directly gives (a test holds it to that).
 */
export function fillTemplate(input: DocumentInput, compile: (input: DocumentInput) => PackageParts): PackageParts {
  const keys = (Object.keys(input.values) as PlaceholderKey[]).sort();
  const name = input.name && sentinelName(input.name);
  const declension = input.name ? [input.name.gender, input.name.pronoun, CASES.map((c) => [input.name!.phrase(c).lead, input.name!.phrase(c).official])] : null;
  // Languages are set as run properties, not filled in: they belong to the compiled template.
  const cacheKey = JSON.stringify([input.circular, input.models.map((m) => m.id), keys, declension, input.langs, input.languages]);
  let template = templates.get(cacheKey);
  if (template) templates.delete(cacheKey);
  else {
    const cleaner = new TextCleaner();
    const values: PlaceholderValues = Object.fromEntries(keys.map((k) => [k, sentinel(k)]));
    template = { parts: compile({ circular: input.circular, models: input.models, values, langs: input.langs, languages: input.languages, cleaner, ...(name ? { name } : {}) }), cleaner };
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
  }
  templates.set(cacheKey, template);
  input.cleaner.absorb(template.cleaner);
  const values = { ...input.values, ...nameValues(input.name) };
  const parts = new Map<string, string | Uint8Array>();
  for (const [part, data] of template.parts) parts.set(part, typeof data === "string" && data.includes("\uE000") ? fill(data, values) : data);
  return parts;
}
