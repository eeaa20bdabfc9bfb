// Page furniture: what a web page puts around a circular and is no part of it.
// It is recognised by what it is, not by a list of known phrases: rows of icon
// names, rows of share/print/copy buttons, and short lines without sentence
// punctuation around the header (event banners, a stray word). Every line
// dropped is named in a warning by the import.

// Icon names a page leaves in its text: "ICON/icon_verband", "icon-search".
const ICON = /^(?:ICON\/|icon[-_])/;
// Words of share, print and navigation buttons, and the networks they share to.
const BUTTON_WORDS = new Set(
  (
    "link links kopieren kopiert drucken druck ausdrucken teilen share print copy seite artikel beitrag meldung " +
    "e-mail email mail senden versenden empfehlen merken speichern herunterladen download pdf " +
    "facebook twitter x linkedin xing whatsapp instagram mastodon bluesky threads telegram " +
    "zurück weiter nach oben zur übersicht vorheriger nächster"
  ).split(" "),
);
// A verb or network among them: a row of only "Seite" or "Artikel" is no button row.
const BUTTON_ACTIONS = new Set(
  "kopieren drucken ausdrucken teilen share print copy senden versenden empfehlen merken speichern herunterladen download facebook twitter linkedin xing whatsapp instagram mastodon bluesky telegram zurück".split(" "),
);
const SEPARATORS = /[|·•/]+/g;
// The first letters of those words and of separators: most lines are rejected by their first character.
const BUTTON_START = new Set([...BUTTON_WORDS].map((w) => w[0]!).concat(["|", "·", "•", "/"]));
// A banner's first line ends in a preposition: "Eindrücke vom", "Impressionen von der".
const BANNER_HEAD = /^(?:\S+ ){0,3}(?:vom|von|von der|zum|zur|beim|im|am)$/i;

/** True for a line of icon names ("ICON/icon_verband ICON/icon_finanzen icon-search"). */
export function isIconRow(line: string): boolean {
  return ICON.test(line);
}

/** True for a row of share, print, copy-link or navigation buttons ("Link kopieren", "Drucken | Teilen | E-Mail"). */
export function isButtonRow(line: string): boolean {
  if (line === "" || line.length > 120 || !BUTTON_START.has(line[0]!.toLowerCase())) return false;
  const words = line.toLowerCase().replace(SEPARATORS, " ").split(" ").filter((w) => w !== "");
  return words.length > 0 && words.length <= 8 && words.every((w) => BUTTON_WORDS.has(w)) && words.some((w) => BUTTON_ACTIONS.has(w));
}

/** Furniture wherever it stands on a page: icon rows and button rows. */
export function isFurniture(line: string): boolean {
  return isIconRow(line) || isButtonRow(line);
}

/** Short, and no sentence: no punctuation that text has, no more than a few words. */
function isShortLabel(line: string, words: number): boolean {
  return line.length <= 60 && !/[.!?:;,„“”"«»()]/.test(line) && line.split(" ").length <= words;
}

/**
 * Near the header (before the title), a short line without sentence
 * punctuation is a banner or a stray word of the page ("Impressionen vom",
 * "Landkreisversammlung 2023", "weiss"), not text of the circular.
 */
export function looksLikeFurnitureNearHeader(line: string): boolean {
  return isShortLabel(line, 6);
}

/**
 * An event banner anywhere: a line ending in a preposition ("Eindrücke vom")
 * directly above a short label ("Hauptausschuss 2019"). Returns the index
 * pairs to drop.
 */
export function bannerLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!;
    const label = lines[i + 1]!;
    if (head.length <= 40 && label !== "" && BANNER_HEAD.test(head) && isShortLabel(label, 6)) out.push(i, i + 1);
  }
  return out;
}
