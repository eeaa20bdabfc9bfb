import { describe, expect, it } from "vitest";
import { circular441 } from "../data/circular-441-2004.js";
import { publicationNote, selectionSentence } from "./edition.js";
import { capitalizeFirst, listJoin, numberWord } from "./words.js";

const pick = (...ids: string[]) => ids.map((id) => circular441.models.find((m) => m.id === id)!);

describe("selectionSentence", () => {
  it("says which and how many models a selection shows, in words, names in the accusative", () => {
    expect(selectionSentence(circular441, pick("essen", "paderborn"))).toBe(
      "Diese Fassung zeigt zwei der vier Modelle der Mitteilung: die Stadt Essen und den Kreis Paderborn.",
    );
    expect(selectionSentence(circular441, pick("paderborn"))).toBe("Diese Fassung zeigt eines der vier Modelle der Mitteilung: den Kreis Paderborn.");
    expect(selectionSentence(circular441, pick("wuppertal", "essen", "arnsberg"))).toBe(
      "Diese Fassung zeigt drei der vier Modelle der Mitteilung: die Stadt Wuppertal, die Stadt Essen und die Stadt Arnsberg.",
    );
    expect(selectionSentence(circular441, pick("wuppertal", "paderborn", "essen", "arnsberg"))).toBe(
      "Diese Fassung zeigt alle vier Modelle der Mitteilung in dieser Reihenfolge: die Stadt Wuppertal, den Kreis Paderborn, die Stadt Essen und die Stadt Arnsberg.",
    );
  });

  it("says nothing when every model is shown in the circular's order, or there are none", () => {
    expect(selectionSentence(circular441, circular441.models)).toBeNull();
    expect(selectionSentence({ models: [] }, [])).toBeNull();
  });
});

describe("publicationNote", () => {
  it("introduces the ordering details as the circular's, of its year", () => {
    expect(publicationNote(circular441)).toBe("Die folgenden Bestellangaben stammen aus der Mitteilung von 2004 und wurden seitdem nicht aktualisiert.");
    expect(publicationNote({ date: null, year: 2019 })).toContain("Mitteilung von 2019 ");
    expect(publicationNote({ date: null, year: null })).toBe("Die folgenden Bestellangaben stammen aus der Mitteilung und wurden seitdem nicht aktualisiert.");
  });
});

describe("words", () => {
  it("writes numbers up to twelve as words", () => {
    expect([1, 2, 4, 11, 12].map(numberWord)).toEqual(["eins", "zwei", "vier", "elf", "zwölf"]);
    expect(numberWord(13)).toBe("13");
  });

  it("joins lists with commas and 'und'", () => {
    expect(listJoin([])).toBe("");
    expect(listJoin(["a"])).toBe("a");
    expect(listJoin(["a", "b"])).toBe("a und b");
    expect(listJoin(["a", "b", "c"])).toBe("a, b und c");
  });

  it("capitalises a sentence start", () => {
    expect(capitalizeFirst("im Kreis Paderborn")).toBe("Im Kreis Paderborn");
    expect(capitalizeFirst("über")).toBe("Über");
  });
});
