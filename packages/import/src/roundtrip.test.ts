import { readFileSync } from "node:fs";
import { missingSentences, readingText, sourceSentences } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors.js";
import { importCircular } from "./import.js";
import { fixture, fixtureNames, SEED } from "./testing/fixtures.js";
import { circularToText } from "./text.js";

const sources: [string, string][] = [...fixtureNames().map((name): [string, string] => [name, fixture(name)]), ["seed 441/2004", readFileSync(SEED, "utf8")]];
/**
 * The source as the coverage check reads it: a byte-order mark is an encoding
 * detail, not text; and without the lines the import dropped as page furniture
 * (each named in a warning), which the check does not all know as furniture.
 */
function kept(text: string, dropped: readonly string[]): string {
  const drop = new Set(dropped);
  return text
    .replace(/\ufeff/g, "")
    .split(/\r\n|\r|\n/)
    .filter((line) => !drop.has(line.replace(/<[^<>]*>/g, "").replace(/[\s\u00a0]+/g, " ").trim()))
    .join("\n");
}

describe("every source sentence is in the imported circular", () => {
  it.each(sources)("%s", (_name, text) => {
    const { circular, dropped } = importCircular(text);
    expect(sourceSentences(kept(text, [])).length).toBeGreaterThan(3);
    expect(missingSentences(kept(text, dropped), circularToText(circular))).toEqual([]);
  });

  // readingText is what the renderers print; the header lines must survive it too.
  it.each(sources)("%s, in the content package's reading text", (_name, text) => {
    const { circular, dropped } = importCircular(text);
    expect(missingSentences(kept(text, dropped), readingText(circular))).toEqual([]);
  });

  // Lines of all fixtures shuffled into odd orders: whatever imports keeps every sentence.
  it("holds for texts assembled at random from fixture lines", () => {
    const pieces = [...sources.flatMap(([, text]) => text.split("\n")), "", "", "Az.:", "„", "“", "<DIR>", "</DIR>", "- ", "1. A", "15/2005", "Mitteilungen - "];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let imported = 0;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 15) }, () => pieces[Math.floor(random() * pieces.length)]!).join("\n");
      let circular;
      let dropped: string[];
      try {
        ({ circular, dropped } = importCircular(text));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).code).not.toBe("E_IMPORT_INVALID");
        continue;
      }
      imported++;
      expect(missingSentences(kept(text, dropped), circularToText(circular)), text).toEqual([]);
    }
    expect(imported).toBeGreaterThan(500);
  });

  it("the check fails when a sentence is dropped", () => {
    const text = fixture("classic.txt");
    const { circular } = importCircular(text);
    const cut = { ...circular, body: circular.body.slice(1) };
    expect(missingSentences(text, circularToText(cut))).toEqual([
      "Die Geschäftsstelle hat gemeinsam mit drei Mitgliedskommunen einen Leitfaden zur Kalkulation von Benutzungsgebühren erstellt.",
      "Er richtet sich vor allem an Gemeinden mit weniger als 20.000 Einwohnerinnen und Einwohnern.",
    ]);
  });

  it("the check ignores furniture and tags, but not words", () => {
    expect(sourceSentences("ICON/icon_verband\nLink kopieren\n<o:p></o:p>\n- Ein Satz. Noch einer.")).toEqual(["Ein Satz.", "Noch einer."]);
    expect(missingSentences("Ein „Satz“.", 'Ein "Satz" .')).toEqual([]);
    expect(missingSentences("Ein Satz.", "Ein Sitz.")).toEqual(["Ein Satz."]);
  });
});

describe("text -> circular -> text -> circular", () => {
  it.each(sources)("%s", (_name, text) => {
    const first = importCircular(text).circular;
    const again = importCircular(circularToText(first)).circular;
    // The re-written text has a classic header, so only the body and facts must survive.
    expect(again.body).toEqual(first.body);
    expect({ ...again, id: first.id, title: first.title, source: first.source, body: first.body }).toEqual(first);
  });
});
