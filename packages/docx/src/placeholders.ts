import type { Profile } from "@handreichung/content";
import { formatGermanDate as germanDate } from "@handreichung/content/data";

/** One `{{key}}` field of the Word template and what belongs there. */
export interface Placeholder {
  readonly key: string;
  readonly meaning: string;
}

/** Every `{{placeholder}}` the Word template contains, with a one-line meaning. */
export const PLACEHOLDERS: readonly Placeholder[] = [
  { key: "kommune", meaning: "Name der Kommune, z. B. „Stadt Musterstadt“ (profile: kind + name)" },
  { key: "stand", meaning: "Stand der Vorlage als Datum TT.MM.JJJJ (profile: date, sonst --date)" },
  { key: "amt", meaning: "Für die Integrationsarbeit zuständiges Amt oder Fachdienst (profile: department)" },
  { key: "ansprechperson", meaning: "Name der Ansprechperson (profile: contact.person)" },
  { key: "telefon", meaning: "Telefonnummer der Ansprechperson (profile: contact.phone)" },
  { key: "email", meaning: "E-Mail-Adresse der Ansprechperson (profile: contact.email)" },
  { key: "anschrift", meaning: "Postanschrift des zuständigen Amts (profile: contact.address)" },
  { key: "website", meaning: "Internetseite der Kommune zur Integrationsarbeit (profile: website)" },
];

export type PlaceholderKey = "kommune" | "stand" | "amt" | "ansprechperson" | "telefon" | "email" | "anschrift" | "website";

/** The values a profile gives, by key; a key without a value stays a placeholder. */
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

/** "Stadt" + "Musterstadt" -> "Stadt Musterstadt", unless the name already says so. */
function municipalityName(profile: Profile): string {
  if (!profile.kind || profile.name.startsWith(`${profile.kind} `)) return profile.name;
  return `${profile.kind} ${profile.name}`;
}

/**
 * What the profile fills in. Without a profile nothing is filled: the template
 * stays a template. "Stand" is the profile's date, else the render date.
 */
export function placeholderValues(profile: Profile | undefined, date?: string): PlaceholderValues {
  if (!profile) return {};
  const values: PlaceholderValues = { kommune: municipalityName(profile) };
  const stand = profile.date ?? date;
  if (stand) values.stand = germanDate(stand);
  if (profile.department) values.amt = profile.department;
  if (profile.contact?.person) values.ansprechperson = profile.contact.person;
  if (profile.contact?.phone) values.telefon = profile.contact.phone;
  if (profile.contact?.email) values.email = profile.contact.email;
  if (profile.contact?.address) values.anschrift = profile.contact.address;
  if (profile.website) values.website = profile.website;
  return values;
}

/**
 * The placeholder keys a profile leaves unfilled, in manifest order. Pass the
 * render date too when there is one: it fills `stand` if the profile has no date.
 */
export function unfilledPlaceholders(profile: Profile | undefined, options: { date?: string } = {}): string[] {
  const values = placeholderValues(profile, options.date);
  return PLACEHOLDERS.map((p) => p.key).filter((key) => values[key as PlaceholderKey] === undefined);
}

/** The values with what XML cannot hold removed, once, so every place they appear agrees. */
export function cleanValues(values: PlaceholderValues, cleaner: { clean(text: string): string }): PlaceholderValues {
  const out: PlaceholderValues = {};
  for (const [key, value] of Object.entries(values) as [PlaceholderKey, string][]) out[key] = cleaner.clean(value);
  return out;
}
