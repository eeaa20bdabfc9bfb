import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingSentences as contentMissing, readingText } from "@handreichung/content";
import { afterAll, describe, expect, it } from "vitest";
import { ImportError } from "./errors.js";
import { importCircular } from "./import.js";
import { missingSentences, sourceSentences } from "./testing/coverage.js";
import { fixture, fixtureNames, SEED } from "./testing/fixtures.js";
import { circularToText } from "./text.js";

const CHECK = "/work/shared/checks/text_coverage.py";
const sources: [string, string][] = fixtureNames().map((name) => [name, fixture(name)]);
if (existsSync(SEED)) sources.push(["seed 441/2004", readFileSync(SEED, "utf8")]);

/** The source without the lines the import dropped as page furniture (each named in a warning). */
function kept(text: string, dropped: readonly string[]): string {
  const drop = new Set(dropped);
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !drop.has(line.replace(/<[^<>]*>/g, "").replace(/[\s\u00a0]+/g, " ").trim()))
    .join("\n");
}

function hasPython(): boolean {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return existsSync(CHECK);
  } catch {
    return false;
  }
}

describe("every source sentence is in the imported circular", () => {
  it.each(sources)("%s", (_name, text) => {
    const { circular, dropped } = importCircular(text);
    expect(sourceSentences(text).length).toBeGreaterThan(3);
    expect(missingSentences(kept(text, dropped), circularToText(circular))).toEqual([]);
  });

  // readingText is what the renderers print; the header lines must survive it too.
  it.each(sources)("%s, in the content package's reading text", (_name, text) => {
    const { circular, dropped } = importCircular(text);
    expect(contentMissing(kept(text.replace(/^\ufeff/, ""), dropped), readingText(circular))).toEqual([]);
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

describe.skipIf(!hasPython())("the shared text_coverage.py agrees", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-coverage-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(sources)("%s", (name, text) => {
    const source = join(dir, "source.txt");
    const extracted = join(dir, "extracted.txt");
    // Python's utf-8 codec keeps a BOM that decoding for the import drops.
    const { circular, dropped } = importCircular(text);
    writeFileSync(source, kept(text.replace(/^\ufeff/, ""), dropped));
    writeFileSync(extracted, circularToText(circular));
    const out = execFileSync("python3", [CHECK, source, extracted], { encoding: "utf8" });
    expect(out, name).toMatch(/text_coverage: (\d+)\/\1 sentences present/);
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
