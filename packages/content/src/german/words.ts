/** Small pieces of German prose: numbers as words, lists, capitals at a sentence start. */

const NUMBER_WORDS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

/** A count as German prose writes it: words from zero to twelve ("vier"), digits above ("13"). */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
}

/** "a", "a und b", "a, b und c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`;
}

/** The text with its first letter capitalised, for a phrase that starts a sentence ("Die Stadt …", "Im Kreis …"). */
export function capitalizeFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
