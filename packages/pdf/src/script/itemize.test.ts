import { describe, expect, it } from "vitest";
import { chainFor } from "./coverage.js";
import { fallbacksNeeded, fontRuns, missingCharacters } from "./itemize.js";

const chain = chainFor("regular");
const runs = (text: string) => fontRuns(text, chain).map((r) => [text.slice(r.start, r.end), r.font]);

describe("font runs", () => {
  it("is one run of Source Sans 3 for German, Turkish, Polish, Greek and Cyrillic", () => {
    expect(runs("Ayşe Yılmaz, Łódź, Ελληνικά, Дмитрий Ковальчук, Українська")).toEqual([["Ayşe Yılmaz, Łódź, Ελληνικά, Дмитрий Ковальчук, Українська", "regular"]]);
  });

  it("sends each script to the first font that has it; spaces and digits stay with the run they stand in", () => {
    expect(runs("Beratung auf العربية und فارسی.")).toEqual([
      ["Beratung auf ", "regular"],
      ["العربية ", "arabic"],
      ["und ", "regular"],
      ["فارسی.", "arabic"],
    ]);
    expect(runs("في عام 2024 زار")).toEqual([["في عام 2024 زار", "arabic"]]);
    expect(runs("שלום 中文")).toEqual([["שלום ", "hebrew"], ["中文", "chinese"]]);
  });

  it("keeps a base with its combining marks, and the Persian joiner in its word", () => {
    expect(runs("قدّم")).toEqual([["قدّم", "arabic"]]);
    expect(runs("می‌خواهم")).toEqual([["می‌خواهم", "arabic"]]);
    // A Latin letter with a mark Source Sans 3 has stays in it.
    expect(runs("e\u0301")).toEqual([["e\u0301", "regular"]]);
  });

  it("keeps emoji sequences whole in the emoji font: joiners, skin tones, flags, keycaps, presentation selectors", () => {
    for (const emoji of ["👩‍👩‍👧", "👋🏽", "🇩🇪", "1️⃣", "❤️", "😀"]) expect(runs(`a${emoji}b`), emoji).toEqual([["a", "regular"], [emoji, "emoji"], ["b", "regular"]]);
    // What follows an emoji is set in the text's font again: Noto Emoji's space is as wide as an emoji.
    expect(runs("Willkommen 👋 – wir")).toEqual([["Willkommen ", "regular"], ["👋", "emoji"], [" – wir", "regular"]]);
  });

  it("names what no font has, and never counts it as set", () => {
    // U+13000 (Egyptian hieroglyph) and U+0F00 (Tibetan) are in none of the fonts.
    expect(runs("a\u{13000}b")).toEqual([["a", "regular"], ["\u{13000}", null], ["b", "regular"]]);
    expect(missingCharacters("a\u{13000}\u0f00 b\u{13000}", chain)).toEqual(["\u{13000}", "\u0f00"]);
    expect(missingCharacters("Beratung auf العربية 😀", chain)).toEqual([]);
  });

  it("tells which fallback fonts a text needs, from the table alone", () => {
    expect([...fallbacksNeeded("Stadt Musterstadt – Amt für Integration", chain)]).toEqual([]);
    expect([...fallbacksNeeded("Türkçe, العربية, Русский, 中文 😀", chain)]).toEqual(["arabic", "chinese", "emoji"]);
  });
});
