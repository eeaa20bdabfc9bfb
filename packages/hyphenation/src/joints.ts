// Where the parts of a German compound meet ("Integrations|zentrum"). TeX
// patterns mark every syllable alike, so a break three letters past a joint
// ("Integrationszen-trum") counts as much as one at the joint; a reader
// stumbles over the first. The joints are found by two rules of the language
// of administration: a linking s after the endings -ung, -ion, -heit, -keit,
// -schaft, -tät, -ling ("Verwaltungs|vereinfachung"), and the words that most
// often end its compounds ("Hochsauerland|kreis", "Ausländer|amt").

/** Endings that take a linking "s" before the next part of a compound. */
const LINKED = ["ungs", "ions", "heits", "keits", "schafts", "täts", "lings", "tums"];

/** Words that end (or continue) compounds of municipal and administrative German, lower case, uninflected. */
const PARTS = [
  "abteilung", "amt", "ämter", "angebot", "arbeit", "aufgabe", "ausschuss", "beauftragte", "behörde", "beirat", "beratung", "bereich", "bewerber",
  "büro", "bund", "charakter", "dezernat", "dienst", "einheit", "entwicklung", "fachbereich", "förderung", "gemeinde", "gemeinschaft", "gesellschaft", "gruppe", "haus",
  "hilfe", "kasse", "konzept", "kosten", "kraft", "kräfte", "kreis", "kurs", "land", "leistung", "leitung", "leute", "management", "ministerium", "netzwerk",
  "öffnung", "person", "pflege", "planung", "platz", "politik", "programm", "projekt", "recht", "referat", "ressort", "schule", "stadt", "stelle", "steuerung",
  "straße", "team", "verband", "verein", "vermittlung", "versuch", "verwaltung", "zentrum",
];

const MIN_PART = 3;
// An inflected part: "Leistungen", "Kreises", "Dienste".
const ENDINGS = ["", "e", "en", "er", "es", "n", "s", "ns", "ern"];

/**
 * Offsets in `word` at which two parts of a compound meet, ascending: each
 * part at least three letters. "Integrationszentrum" → [12].
 */
export function compoundJoints(word: string): number[] {
  const lower = word.toLowerCase();
  // Offsets must mean the same in both: a letter whose lower case is longer ("İ") leaves the word unsplit.
  if (lower.length !== word.length) return [];
  const joints = new Set<number>();
  for (const link of LINKED) {
    for (let at = lower.indexOf(link, MIN_PART - 1); at >= 0; at = lower.indexOf(link, at + 1)) {
      const joint = at + link.length;
      if (at >= MIN_PART - 1 && lower.length - joint >= 4) joints.add(joint);
    }
  }
  for (const part of PARTS) {
    for (let at = lower.indexOf(part, MIN_PART); at >= 0; at = lower.indexOf(part, at + 1)) {
      const rest = lower.slice(at + part.length);
      // The part ends the word (inflected or not) or another joint follows it.
      if (ENDINGS.includes(rest) || startsPart(rest)) joints.add(at);
    }
  }
  return [...joints].filter((j) => j >= MIN_PART && j <= lower.length - MIN_PART).sort((a, b) => a - b);
}

function startsPart(rest: string): boolean {
  const tail = rest.startsWith("s") ? [rest, rest.slice(1)] : [rest];
  return tail.some((t) => t.length >= MIN_PART && (PARTS.some((p) => t.startsWith(p)) || LINKED.some((l) => t.includes(l))));
}

/**
 * How a break at `offset` in `word` stands to the compound's joints: "joint"
 * at one, "near" within three letters of one (to be avoided; in names of
 * offices and places never used), "clear" elsewhere.
 */
export function breakNearJoint(word: string, offset: number, joints: readonly number[] = compoundJoints(word)): "joint" | "near" | "clear" {
  let near = false;
  for (const j of joints) {
    if (j === offset) return "joint";
    if (Math.abs(j - offset) <= 3) near = true;
  }
  return near ? "near" : "clear";
}
