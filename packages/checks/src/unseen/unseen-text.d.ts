/** A seeded random source in [0, 1): the same seed gives the same numbers everywhere. */
export function seededRandom(seed: number): () => number;
export interface WordMaker {
  pick<T>(list: readonly T[]): T;
  random(): number;
  word(): string;
  noun(): string;
  place(): string;
}
export function wordMaker(random: () => number): WordMaker;
export function asciiOf(text: string): string;
export interface UnseenProfile {
  name: string;
  kind: "Stadt";
  department: string;
  contact: { person: string; phone: string; email: string; address: string };
  website: string;
  date: string;
}
/** A profile of a municipality nobody has heard of, every field filled, from `seed`. */
export function unseenProfile(seed: number, date?: string): UnseenProfile;
/** The published plain text of a circular (what `handreichung import` reads), from `seed`. */
export function unseenPublishedText(seed: number, paragraphs?: number): string;
