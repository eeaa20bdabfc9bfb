import { describe, expect, it } from "vitest";
import { isPageNoise, missingSentences, normalizeForCoverage, sentencesOutOfOrder, sourceSentences } from "./coverage.js";

// Expected values are what text_coverage.py gives for the same strings.
describe("sentence coverage, as text_coverage.py computes it", () => {
  it("splits after . ! ? ; : before a capital, a quote or a parenthesis", () => {
    expect(sourceSentences("Ein Satz. Noch einer! (Dritter.) „Vierter“: Fünfter; sechster. 3. Mai")).toEqual([
      "Ein Satz.",
      "Noch einer!",
      "(Dritter.) „Vierter“:",
      "Fünfter; sechster. 3.",
      "Mai",
    ]);
  });

  it("leaves out page furniture, tags, bullets and empty lines", () => {
    expect(sourceSentences("ICON/icon_verband icon-search\nicon-mail\nLink kopieren\n<o:p></o:p>\n\n- Ein Satz. Noch einer.\n• Punkt\n* Stern")).toEqual([
      "Ein Satz.",
      "Noch einer.",
      "Punkt",
      "Stern",
    ]);
    expect(["weiss", "Eindrücke vom", "Hauptausschuss 2019", "Link kopieren"].every(isPageNoise)).toBe(true);
    expect(["weisses Papier", "Link kopieren und senden", "Hauptausschuss 19"].some(isPageNoise)).toBe(false);
  });

  it("breaks lines where Python's splitlines does, and trims what Python's strip does", () => {
    expect(sourceSentences("A eins\u2028B zwei\x1cC drei\x85D vier\fE fünf")).toEqual(["A eins", "B zwei", "C drei", "D vier", "E fünf"]);
    // A byte-order mark is not white space to Python: it stays part of the sentence.
    expect(sourceSentences("\ufeffTitel")).toEqual(["\ufeffTitel"]);
    expect(missingSentences("\ufeffTitel", "Titel")).toEqual(["\ufeffTitel"]);
    expect(sourceSentences("\x1f Satz \x1f")).toEqual(["Satz"]);
  });

  it("ignores white space, hyphens, soft hyphens, dashes and quote styles, but not words or punctuation", () => {
    expect(normalizeForCoverage("Inte-\ngra\u00adtions – „Arbeit“")).toBe('Integrations"Arbeit"');
    expect(missingSentences("Ein „Satz“ über Integrations\u00adarbeit.", 'Ein "Satz" über Integra-\ntionsarbeit .')).toEqual([]);
    expect(missingSentences("Ein Satz.", "Ein Sitz.")).toEqual(["Ein Satz."]);
    expect(missingSentences("Ein Satz.", "Ein Satz")).toEqual(["Ein Satz."]);
    expect(missingSentences("Ein Satz. Zwei Sätze.", "Ein Satz.")).toEqual(["Zwei Sätze."]);
  });

  it("compares composed and decomposed umlauts as equal", () => {
    expect(missingSentences("Ärger.", "A\u0308rger.")).toEqual([]);
  });

  it("finds sentences out of order", () => {
    expect(sentencesOutOfOrder("Eins. Zwei. Drei.", "Eins. Zwei. Drei.")).toEqual([]);
    expect(sentencesOutOfOrder("Eins. Zwei. Drei.", "Zwei. Eins. Drei.").length).toBe(1);
    expect(sentencesOutOfOrder("Eins. Zwei. Drei. Vier.", "Eins. Vier. Zwei. Drei.")).toEqual(["Vier."]);
    // A sentence repeated earlier (a heading in a table of contents) is in order at its later place.
    expect(sentencesOutOfOrder("Titel. Eins. Zwei.", "Zwei. Titel. Eins. Zwei.")).toEqual([]);
    // Missing sentences are missingSentences' business, not this one's.
    expect(sentencesOutOfOrder("Eins. Zwei.", "Eins.")).toEqual([]);
  });
});
