import type { Profile } from "../types.js";
import { germanName, phraseText, type GermanName, type NamePhrase } from "./name.js";

/**
 * A sentence with names in it, as pieces: a renderer writes the strings as
 * text and each name phrase as it likes (the Word template shows an official
 * name as its field).
 */
export type Wording = readonly (string | NamePhrase)[];

/** The wording as plain text. */
export function wordingText(wording: Wording): string {
  return wording.map((piece) => (typeof piece === "string" ? piece : phraseText(piece))).join("");
}

/** The municipality of a profile, for running text and for headers. */
export function municipalityName(profile: Pick<Profile, "name" | "kind" | "article" | "cases">): GermanName {
  return germanName({ name: profile.name, kind: profile.kind, article: profile.article, cases: profile.cases });
}

/** Leads the municipality's contact details: "So erreichen Sie den Kreis Paderborn:". */
export function contactLead(name: GermanName): Wording {
  return ["So erreichen Sie ", name.phrase("accusative"), ":"];
}
