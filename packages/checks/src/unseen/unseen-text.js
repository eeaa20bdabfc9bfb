// Text no lever can know in advance: seeded random, pronounceable German-like
// words with umlauts and ß, for a profile and for a circular's published text.
// Plain JavaScript so the bench (run by node without a build) and the tests share it.

/** A small seeded PRNG (mulberry32): the same seed gives the same text on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ["b", "br", "bl", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "k", "kl", "kn", "kr", "l", "m", "n", "p", "pf", "pl", "r", "s", "sch", "schl", "schm", "schw", "sp", "st", "str", "t", "tr", "w", "z", "zw"];
const VOWELS = ["a", "e", "i", "o", "u", "ä", "ö", "ü", "au", "ei", "eu", "ie", "äu", "a", "e", "e", "i", "o"];
const CODAS = ["", "", "", "n", "r", "l", "s", "ß", "ch", "ck", "ng", "nd", "rt", "st", "tz", "m", "lf", "rn", "ft", "cht"];
const ENDINGS = ["ung", "heit", "keit", "schaft", "er", "en", "el", "ling", "nis", "tum"];

/** Word makers over one random source. */
export function wordMaker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const syllable = () => pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  const lower = (min, max) => {
    const n = min + Math.floor(random() * (max - min + 1));
    let w = "";
    for (let i = 0; i < n; i++) w += syllable();
    return w;
  };
  const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
  return {
    pick,
    random,
    /** A short word, lower case. */
    word: () => lower(1, 2),
    /** A noun, capitalised; one in three a long compound (the words hyphenation breaks). */
    noun: () => cap(random() < 0.33 ? lower(2, 3) + pick(ENDINGS) + lower(1, 2) + pick(ENDINGS) : lower(1, 2) + pick(ENDINGS)),
    /** A place name. */
    place: () => cap(lower(2, 3)),
  };
}

/** ASCII for an e-mail address or a web host: ä → ae, ß → ss. */
export function asciiOf(text) {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A profile of a municipality nobody has heard of: every field filled. */
export function unseenProfile(seed, date = "2026-01-15") {
  const m = wordMaker(seededRandom(seed));
  const place = m.place();
  const person = `${m.place()} ${m.place()}`;
  const host = `${asciiOf(place)}.example`;
  return {
    name: `Stadt ${place}`,
    kind: "Stadt",
    department: `${m.noun()} für ${m.noun()} und ${m.noun()}`,
    contact: {
      person,
      phone: `0${2000 + Math.floor(m.random() * 7000)} ${100 + Math.floor(m.random() * 900)}-${10 + Math.floor(m.random() * 90)}`,
      email: `${asciiOf(person)}@${host}`,
      address: `${m.place()}straße ${1 + Math.floor(m.random() * 120)}, ${10000 + Math.floor(m.random() * 89999)} ${place}`,
    },
    website: `www.${host}`,
    date,
  };
}

function sentence(m, words) {
  const parts = [];
  for (let i = 0; i < words; i++) parts.push(m.random() < 0.4 ? m.noun() : m.word());
  parts[0] = parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
  return `${parts.join(" ")}.`;
}

/**
 * The published plain text of a circular, as the association's web page
 * shows it (the layout `handreichung import` reads): category, number and
 * date, title, paragraphs, a list, a note, the Az. and the page's icon line.
 */
export function unseenPublishedText(seed, paragraphs = 8) {
  const m = wordMaker(seededRandom(seed));
  const number = 100 + Math.floor(m.random() * 800);
  const day = 1 + Math.floor(m.random() * 28);
  const month = 1 + Math.floor(m.random() * 12);
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  const lines = [`Mitteilungen - ${m.noun()} und ${m.noun()}`, "", `StGB NRW-Mitteilung ${number}/2019 vom ${dd}.${mm}.2019`, "", `${m.noun()} der ${m.noun()} für ${m.noun()}`, ""];
  const paragraph = () => Array.from({ length: 2 + Math.floor(m.random() * 3) }, () => sentence(m, 6 + Math.floor(m.random() * 10))).join(" ");
  for (let i = 0; i < paragraphs; i++) {
    lines.push(paragraph(), "");
    if (i === 1) {
      lines.push(`Die ${m.noun()}`);
      for (let j = 0; j < 3; j++) lines.push(`- ${sentence(m, 5 + Math.floor(m.random() * 6)).slice(0, -1)};`);
      lines.push("");
    }
  }
  lines.push(`Fragen beantwortet Frau ${m.place()}, Tel. 0211-4587-${100 + Math.floor(m.random() * 900)}.`, "", "", `Az.: ${String.fromCharCode(65 + Math.floor(m.random() * 26))}/${1 + Math.floor(m.random() * 9)} ${100 + Math.floor(m.random() * 900)}-${10 + Math.floor(m.random() * 90)}`, "", "ICON/icon_verband icon-search", "");
  return lines.join("\n");
}
