import type { Circular, LocalText, Profile, RenderOptions } from "@handreichung/content";
import { municipalityName, selectModels } from "@handreichung/content/data";
import type { DocumentInput } from "./compile-document.js";
import { placeholderLangs, placeholderValues } from "./placeholders.js";
import type { TextCleaner } from "./text.js";

/** The profile's text fields that reach the document, cleaned of what XML cannot hold. */
function cleanProfile(profile: Profile, cleaner: TextCleaner): Profile {
  const c = (s: string | undefined) => (s === undefined ? undefined : cleaner.clean(s));
  // A free-text field keeps its language; only its text is cleaned.
  const local = (v: LocalText | undefined) => (v === undefined ? undefined : typeof v === "string" ? cleaner.clean(v) : { text: cleaner.clean(v.text), lang: v.lang });
  const out: Profile = { ...profile, name: cleaner.clean(profile.name) };
  if (profile.cases) out.cases = Object.fromEntries(Object.entries(profile.cases).map(([k, v]) => [k, c(v)]));
  if (profile.department !== undefined) out.department = local(profile.department)!;
  if (profile.website !== undefined) out.website = c(profile.website)!;
  if (profile.contact) {
    const { person, phone, email, address } = profile.contact;
    out.contact = Object.fromEntries(Object.entries({ person: local(person), phone: c(phone), email: c(email), address: local(address) }).filter(([, v]) => v !== undefined));
  }
  if (profile.languages) out.languages = profile.languages.map((l) => ({ lang: l.lang, name: cleaner.clean(l.name) }));
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
  const input: DocumentInput = { circular, models, values: placeholderValues(profile, options.date), langs: placeholderLangs(profile), languages: profile?.languages ?? [], cleaner };
  if (profile) input.name = municipalityName(profile);
  if (options.logo) input.logo = options.logo;
  return input;
}
