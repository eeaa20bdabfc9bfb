/**
 * A municipality's name in running German text: with its article, in each
 * case, after a preposition, and its pronoun. No zod and no I/O, so both
 * renderers and a browser page use this one implementation.
 */

export type GermanCase = "nominative" | "accusative" | "dative" | "genitive";
export type GrammaticalGender = "feminine" | "masculine" | "neuter";
/** The article a name takes in the nominative, or "ohne" for a bare place name ("Musterhausen"). */
export type NameArticle = "der" | "die" | "das" | "ohne";
export type MunicipalityKindName = "Stadt" | "Gemeinde" | "Kreis";

/** What a name needs to be inflected; a profile or a model gives it. */
export interface GermanNameInput {
  readonly name: string;
  readonly kind?: MunicipalityKindName | undefined;
  readonly article?: NameArticle | undefined;
  /** Explicit forms, each with its article as in running text: `{ genitive: "des Märkischen Kreises" }`. */
  readonly cases?: Partial<Record<GermanCase, string>> | undefined;
}

/**
 * One form of the name in a sentence: what goes before it (article, or a
 * preposition contracted with it; "" or ending in a space) and the name itself.
 * `official` says the name is written as it stands alone, so a Word field
 * holding the name can show it here.
 */
export interface NamePhrase {
  readonly lead: string;
  readonly name: string;
  readonly official: boolean;
}

export interface GermanName {
  /** The name as it stands alone, in a header or after "Kommune:": "Stadt Musterstadt", "Hochsauerlandkreis". */
  readonly official: string;
  readonly gender: GrammaticalGender;
  /** The personal pronoun in the nominative: "sie" (die Stadt), "er" (der Kreis), "es" (Musterhausen). */
  readonly pronoun: "sie" | "er" | "es";
  /** The name in a case, with its article: phrase("genitive") -> "des " + "Kreises Paderborn". */
  phrase(grammaticalCase: GermanCase): NamePhrase;
  /** After a preposition, in the case it governs, contracted as German contracts: "im Kreis Paderborn", "in der Stadt Essen". */
  after(preposition: Preposition): NamePhrase;
}

/** Prepositions the documents use with a name; each governs the dative or the accusative. */
export type Preposition = "in" | "an" | "bei" | "von" | "zu" | "mit" | "aus" | "für" | "durch" | "gegen" | "ohne" | "um";

const ACCUSATIVE_PREPOSITIONS = new Set<Preposition>(["für", "durch", "gegen", "ohne", "um"]);

/** The case a preposition governs here: the dative ("in der Stadt", locative) or the accusative ("für den Kreis"). */
export function caseAfter(preposition: Preposition): "dative" | "accusative" {
  return ACCUSATIVE_PREPOSITIONS.has(preposition) ? "accusative" : "dative";
}
const CONTRACTIONS: Record<string, string> = {
  "in dem": "im",
  "an dem": "am",
  "bei dem": "beim",
  "von dem": "vom",
  "zu dem": "zum",
  "zu der": "zur",
  "in das": "ins",
  "an das": "ans",
};

/** Nouns that name the kind of municipality when a name starts with them: "Stadt Essen", "Hansestadt Lemgo". */
const LEADING_NOUNS: Record<string, GrammaticalGender> = {
  Stadt: "feminine",
  Gemeinde: "feminine",
  Kreis: "masculine",
  Landkreis: "masculine",
  Hansestadt: "feminine",
  Kreisstadt: "feminine",
  Städteregion: "feminine",
  StädteRegion: "feminine",
};
const KIND_GENDER: Record<MunicipalityKindName, GrammaticalGender> = { Stadt: "feminine", Gemeinde: "feminine", Kreis: "masculine" };
const ARTICLE_GENDER: Record<Exclude<NameArticle, "ohne">, GrammaticalGender> = { der: "masculine", die: "feminine", das: "neuter" };
const PRONOUN: Record<GrammaticalGender, "sie" | "er" | "es"> = { feminine: "sie", masculine: "er", neuter: "es" };

/** The definite article by gender and case. */
const ARTICLES: Record<GrammaticalGender, Record<GermanCase, string>> = {
  feminine: { nominative: "die", accusative: "die", dative: "der", genitive: "der" },
  masculine: { nominative: "der", accusative: "den", dative: "dem", genitive: "des" },
  neuter: { nominative: "das", accusative: "das", dative: "dem", genitive: "des" },
};
/** Strong adjective endings, as an official name without article has them: "Märkischer Kreis", "Freie Hansestadt". */
const STRONG_ENDING: Record<GrammaticalGender, string> = { masculine: "er", feminine: "e", neuter: "es" };

function weakEnding(gender: GrammaticalGender, grammaticalCase: GermanCase): string {
  if (grammaticalCase === "nominative") return "e";
  if (grammaticalCase === "accusative" && gender !== "masculine") return "e";
  return "en";
}

function genitiveNoun(word: string): string {
  return /(?:s|ß|x|z|sch)$/i.test(word) ? `${word}es` : `${word}s`;
}

interface Analysis {
  official: string;
  gender: GrammaticalGender;
  /** Index of the noun that takes the article ("Kreis", "Hochsauerlandkreis"), or -1 for a bare place name. */
  head: number;
}

/** A word whose last part is a kind of municipality: "Kreis", "Rhein-Kreis", "Hochsauerlandkreis". */
function headGender(word: string): GrammaticalGender | undefined {
  if (word in LEADING_NOUNS) return LEADING_NOUNS[word];
  if (/kreis$/i.test(word)) return "masculine";
  if (/-(?:Stadt|Gemeinde|Region)$/.test(word)) return "feminine";
  return undefined;
}

function analyse(input: GermanNameInput): Analysis {
  const name = input.name.trim().replace(/\s+/g, " ");
  const words = name.split(" ");
  if (input.article === "ohne") return { official: name, gender: "neuter", head: -1 };
  const forced = input.article ? ARTICLE_GENDER[input.article] : undefined;
  // The name already says what it is ("Stadt Essen", "Rhein-Kreis Neuss",
  // "Hochsauerlandkreis", "Märkischer Kreis"): never put the kind in front again.
  const leading = words.length > 1 ? headGender(words[0]!) : undefined;
  if (leading) return { official: name, gender: forced ?? leading, head: 0 };
  const kreis = words.findIndex((w) => /kreis$/i.test(w));
  if (kreis >= 0) return { official: name, gender: forced ?? "masculine", head: kreis };
  if (input.kind) return { official: `${input.kind} ${name}`, gender: forced ?? KIND_GENDER[input.kind], head: 0 };
  // A place name with an article given for it ("das Musterdorf"): the last word takes the article.
  if (forced) return { official: name, gender: forced, head: words.length - 1 };
  return { official: name, gender: "neuter", head: -1 };
}

/** The name in a case, inflected after the definite article (weak adjectives, genitive -s/-es). */
function inflect({ official, gender, head }: Analysis, grammaticalCase: GermanCase): NamePhrase {
  if (head < 0) {
    if (grammaticalCase !== "genitive") return { lead: "", name: official, official: true };
    // "Musterhausens"; after s, ß, x or z German uses "von": "von Neuss".
    return /(?:s|ß|x|z|ce)$/i.test(official) ? { lead: "von ", name: official, official: true } : { lead: "", name: `${official}s`, official: false };
  }
  const words = official.split(" ");
  const strong = STRONG_ENDING[gender];
  for (let i = head - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!/^\p{Lu}/u.test(word) || !word.endsWith(strong)) break;
    words[i] = word.slice(0, -strong.length) + weakEnding(gender, grammaticalCase);
  }
  if (grammaticalCase === "genitive" && gender !== "feminine") words[head] = genitiveNoun(words[head]!);
  const name = words.join(" ");
  return { lead: `${ARTICLES[gender][grammaticalCase]} `, name, official: name === official };
}

const ARTICLE_WORDS = /^(der|die|das|dem|den|des)\s+(\S.*)$/;

/** An explicit form from the profile, split into article and name. */
function explicit(form: string, official: string): NamePhrase {
  const text = form.trim().replace(/\s+/g, " ");
  const match = ARTICLE_WORDS.exec(text);
  const lead = match ? `${match[1]} ` : "";
  const name = match ? match[2]! : text;
  return { lead, name, official: name === official };
}

/**
 * The name of a municipality for running text. Defaults come from `kind` and
 * `name` and never double the kind: "Musterstadt" + Stadt -> "die Stadt
 * Musterstadt"; "Stadt Essen", "Hochsauerlandkreis", "Rhein-Sieg-Kreis" stay as
 * they are, with the article their head noun takes. `article` overrides the
 * gender ("ohne" for a bare place name), `cases` any form.
 */
export function germanName(input: GermanNameInput): GermanName {
  const analysis = analyse(input);
  const forms = {} as Record<GermanCase, NamePhrase>;
  for (const c of ["nominative", "accusative", "dative", "genitive"] as const) {
    const given = input.cases?.[c];
    forms[c] = given !== undefined && given.trim() !== "" ? explicit(given, analysis.official) : inflect(analysis, c);
  }
  return {
    official: analysis.official,
    gender: analysis.gender,
    pronoun: analysis.head < 0 ? "es" : PRONOUN[analysis.gender],
    phrase: (c) => forms[c],
    after(preposition) {
      const form = forms[caseAfter(preposition)];
      const article = form.lead.trim();
      const lead = article ? (CONTRACTIONS[`${preposition} ${article}`] ?? `${preposition} ${article}`) : preposition;
      return { lead: `${lead} `, name: form.name, official: form.official };
    },
  };
}

/** The phrase as text: "im Kreis Paderborn". */
export function phraseText(phrase: NamePhrase): string {
  return phrase.lead + phrase.name;
}

/**
 * The reader's own municipality, addressed in notes to whoever fills in the
 * template when its name is not known: "in Ihrer Kommune", "Ihre Kommune … sie".
 */
export const YOUR_MUNICIPALITY: GermanName = germanName({
  name: "Kommune",
  article: "die",
  cases: { nominative: "Ihre Kommune", accusative: "Ihre Kommune", dative: "Ihrer Kommune", genitive: "Ihrer Kommune" },
});
