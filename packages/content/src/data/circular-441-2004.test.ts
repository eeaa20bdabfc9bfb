import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingSentences, sentencesOutOfOrder, sourceSentences } from "../coverage.js";
import { parseCircular } from "../parse.js";
import { readingText } from "../text-of.js";
import { circular441 } from "./circular-441-2004.js";

// The published text, kept in the repository as the fixture the content is faithful to.
const seed = readFileSync(new URL("../../../../fixtures/stgb-nrw-441-2004.txt", import.meta.url), "utf8");

describe("circular 441/2004 as data", () => {
  it("passes its own schema", () => {
    expect(parseCircular(circular441)).toEqual(circular441);
  });

  it("keeps every sentence of the source, word for word", () => {
    expect(sourceSentences(seed).length).toBeGreaterThan(20);
    expect(missingSentences(seed, readingText(circular441))).toEqual([]);
  });

  it("keeps the sentences in the source's reading order", () => {
    const text = readingText(circular441);
    const positions = sourceSentences(seed).map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(sentencesOutOfOrder(seed, text)).toEqual([]);
  });

  it("adds no sentence that the source lacks but the issuer, which the source names by its series", () => {
    const extra = sourceSentences(readingText(circular441)).filter((s) => missingSentences(s, seed).length > 0 && s !== circular441.issuer);
    expect(extra).toEqual([]);
  });

  it("takes every key point word for word from its own model's text", () => {
    for (const model of circular441.models) {
      expect(model.keyPoints.length).toBeGreaterThan(0);
      for (const point of model.keyPoints) expect(model.text.join("\n")).toContain(point);
    }
  });

  it("has the four models in source order with their ids", () => {
    expect(circular441.models.map((m) => [m.id, m.municipality, m.kind])).toEqual([
      ["arnsberg", "Stadt Arnsberg", "Stadt"],
      ["essen", "Stadt Essen", "Stadt"],
      ["paderborn", "Kreis Paderborn", "Kreis"],
      ["wuppertal", "Stadt Wuppertal", "Stadt"],
    ]);
  });

  it("names the handbook with both subtitles as the source writes them", () => {
    expect(circular441.publication?.subtitles).toEqual(["Konzepte von Kommunen für Kommunen", "Konzepte von und für Kommunen"]);
    expect(seed).toContain(`${circular441.publication?.title}. Konzepte von Kommunen für Kommunen`);
    expect(seed).toContain(`${circular441.publication?.title}. Konzepte von und für Kommunen`);
  });

  it("leaves out the page's icon line", () => {
    expect(readingText(circular441)).not.toMatch(/icon/i);
  });
});
