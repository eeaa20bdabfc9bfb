import type { LocalText, Profile } from "@handreichung/content";
import { formatGermanDate as germanDate, isOtherLanguage, langOf, municipalityName, textOf } from "@handreichung/content/data";

/** One field of the Word template: a value stored once and shown by every content control bound to it. */
export interface Placeholder {
  /** The control's tag and the field's element in the document's field store. */
  readonly key: string;
  /** The control's title, as Word shows it. */
  readonly title: string;
  /** What an empty control says. */
  readonly prompt: string;
  /** One line on what belongs there and which profile field fills it. */
  readonly meaning: string;
}

const prompt = (what: string) => `Klicken oder tippen Sie hier, um ${what} einzugeben.`;

/** Every field of the Word template, in the order of its field store. */
export const PLACEHOLDERS: readonly Placeholder[] = [
  { key: "kommune", title: "Kommune", prompt: prompt("den Namen der Kommune"), meaning: "Name der Kommune, z. B. „Stadt Musterstadt“ (profile: name, kind; in Sätzen gebeugt nach article, cases)" },
  { key: "stand", title: "Stand", prompt: prompt("das Datum des Stands"), meaning: "Stand als Datum TT.MM.JJJJ (profile: date, sonst --date)" },
  { key: "amt", title: "Zuständiges Amt", prompt: prompt("das zuständige Amt"), meaning: "Für die Aufgabe zuständiges Amt oder Fachdienst (profile: department)" },
  { key: "ansprechperson", title: "Ansprechperson", prompt: prompt("den Namen der Ansprechperson"), meaning: "Name der Ansprechperson (profile: contact.person)" },
  { key: "telefon", title: "Telefon", prompt: prompt("die Telefonnummer"), meaning: "Telefonnummer der Ansprechperson (profile: contact.phone)" },
  { key: "email", title: "E-Mail", prompt: prompt("die E-Mail-Adresse"), meaning: "E-Mail-Adresse der Ansprechperson (profile: contact.email)" },
  { key: "anschrift", title: "Anschrift", prompt: prompt("die Postanschrift"), meaning: "Postanschrift des zuständigen Amts (profile: contact.address)" },
  { key: "website", title: "Internet", prompt: prompt("die Internetadresse"), meaning: "Internetseite der Kommune zur Aufgabe (profile: website)" },
];

export type PlaceholderKey = "kommune" | "stand" | "amt" | "ansprechperson" | "telefon" | "email" | "anschrift" | "website";

/** The values a profile gives, by key; a key without a value shows its prompt. */
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

/** The field by key. */
export function placeholder(key: PlaceholderKey): Placeholder {
  return PLACEHOLDERS.find((p) => p.key === key)!;
}

/**
 * What the profile fills in. Without a profile nothing is filled: the template
 * stays a template. "Stand" is the profile's date, else the render date.
 */
export function placeholderValues(profile: Profile | undefined, date?: string): PlaceholderValues {
  if (!profile) return {};
  const values: PlaceholderValues = { kommune: municipalityName(profile).official };
  const stand = profile.date ?? date;
  if (stand) values.stand = germanDate(stand);
  if (profile.department) values.amt = textOf(profile.department);
  if (profile.contact?.person) values.ansprechperson = textOf(profile.contact.person);
  if (profile.contact?.phone) values.telefon = profile.contact.phone;
  if (profile.contact?.email) values.email = profile.contact.email;
  if (profile.contact?.address) values.anschrift = textOf(profile.contact.address);
  if (profile.website) values.website = profile.website;
  return values;
}

/** The languages of the fields the profile writes in another language than German, by key. */
export type PlaceholderLangs = Partial<Record<PlaceholderKey, string>>;

/** Which filled fields are in another language (`{ text, lang }` in the profile). */
export function placeholderLangs(profile: Profile | undefined): PlaceholderLangs {
  const langs: PlaceholderLangs = {};
  const set = (key: PlaceholderKey, value: LocalText | undefined) => {
    const lang = langOf(value);
    if (isOtherLanguage(lang)) langs[key] = lang;
  };
  set("amt", profile?.department);
  set("ansprechperson", profile?.contact?.person);
  set("anschrift", profile?.contact?.address);
  return langs;
}

/**
 * The field keys a profile leaves unfilled, in manifest order. Pass the
 * render date too when there is one: it fills `stand` if the profile has no date.
 */
export function unfilledPlaceholders(profile: Profile | undefined, options: { date?: string } = {}): string[] {
  const values = placeholderValues(profile, options.date);
  return PLACEHOLDERS.map((p) => p.key).filter((key) => values[key as PlaceholderKey] === undefined);
}
