import type { Circular, Profile, RenderOptions } from "@handreichung/content";
import { municipalityName, selectModels } from "@handreichung/content/data";
import type { DocumentInput } from "./compile-document.js";
import { placeholderValues } from "./placeholders.js";
import type { TextCleaner } from "./text.js";

/** The profile's text fields that reach the document, cleaned of what XML cannot hold. */
function cleanProfile(profile: Profile, cleaner: TextCleaner): Profile {
  const c = (s: string | undefined) => (s === undefined ? undefined : cleaner.clean(s));
  const out: Profile = { ...profile, name: cleaner.clean(profile.name) };
  if (profile.cases) out.cases = Object.fromEntries(Object.entries(profile.cases).map(([k, v]) => [k, c(v)]));
  if (profile.department !== undefined) out.department = c(profile.department)!;
  if (profile.website !== undefined) out.website = c(profile.website)!;
  if (profile.contact) out.contact = Object.fromEntries(Object.entries(profile.contact).map(([k, v]) => [k, c(v)]));
  return out;
}

/**
 * What the document is built from: the selected models, the fields' values
 * and the municipality's name, all from one cleaned profile, so the name in a
 * sentence and in its field agree. Throws UnknownModelError for an unknown model id.
 */
export function documentInput(circular: Circular, options: RenderOptions, cleaner: TextCleaner): DocumentInput {
  const models = selectModels(circular, options.models);
  const profile = options.profile ? cleanProfile(options.profile, cleaner) : undefined;
  const input: DocumentInput = { circular, models, values: placeholderValues(profile, options.date), cleaner };
  if (profile) input.name = municipalityName(profile);
  if (options.logo) input.logo = options.logo;
  return input;
}
