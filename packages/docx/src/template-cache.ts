import type { DocumentInput } from "./compile-document.js";
import type { PlaceholderKey, PlaceholderValues } from "./placeholders.js";
import { TextCleaner } from "./text.js";
import type { PackageParts } from "./zip.js";

// A value stands in the compiled XML as a private-use sentinel, so it can be
// swapped for each municipality's text without building the document again.
const sentinel = (key: string) => `\uE000${key}\uE001`;
const SENTINEL = /\uE000([a-z]+)\uE001/g;

interface Template {
  parts: PackageParts;
  /** What the circular's own text lost to cleaning, for the warning. */
  cleaner: TextCleaner;
}

// A batch renders one circular for many municipalities: a few variants at most
// (which fields the profiles fill). Bounded, so a long-running process does not grow.
const MAX_TEMPLATES = 8;
const templates = new Map<string, Template>();

// Escaped as docx escapes text and attribute values alike.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function fill(xml: string, values: PlaceholderValues): string {
  return xml.replace(SENTINEL, (_, key: string) => (values[key as PlaceholderKey] ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!));
}

/**
 * The package parts for `input`, from a cached compile of the same circular,
 * models and set of filled fields with sentinels for the values. Byte for byte
 * what compiling `input` directly gives (a test holds it to that).
 */
export function fillTemplate(input: DocumentInput, compile: (input: DocumentInput) => PackageParts): PackageParts {
  const keys = (Object.keys(input.values) as PlaceholderKey[]).sort();
  const cacheKey = JSON.stringify([input.circular, input.models.map((m) => m.id), keys]);
  let template = templates.get(cacheKey);
  if (!template) {
    const cleaner = new TextCleaner();
    const values: PlaceholderValues = Object.fromEntries(keys.map((k) => [k, sentinel(k)]));
    template = { parts: compile({ circular: input.circular, models: input.models, values, cleaner }), cleaner };
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
    templates.set(cacheKey, template);
  }
  input.cleaner.absorb(template.cleaner);
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, data] of template.parts) parts.set(name, typeof data === "string" && data.includes("\uE000") ? fill(data, input.values) : data);
  return parts;
}
