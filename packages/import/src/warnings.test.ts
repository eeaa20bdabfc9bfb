import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCircular } from "./import.js";
import { warningText, type ImportWarning } from "./warnings.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

// One of each kind, so a kind added without a wording fails here (and in tsc).
const EVERY_KIND: ImportWarning[] = [
  { code: "no-category" },
  { code: "no-number" },
  { code: "invalid-number", value: "0" },
  { code: "invalid-year", value: "04" },
  { code: "invalid-date", value: "31.02.2004" },
  { code: "no-date" },
  { code: "no-title", title: "Ohne Titel" },
  { code: "dropped-furniture", line: "Drucken | Teilen" },
  { code: "stray-lines", count: 2, first: "Seite 1" },
  { code: "text-after-file-reference", line: "Az.: I/1 800" },
  { code: "no-file-reference" },
  { code: "incomplete", lastWords: "die Gemeinde prü" },
];

describe("import warnings in English and German", () => {
  it("the result's English lines are the warnings' English wording, in order", () => {
    const result = importCircular(fixture("classic.txt"), { fileName: "classic.txt" });
    expect(result.warningDetails.length).toBeGreaterThan(0);
    expect(result.warnings).toEqual(result.warningDetails.map((w) => warningText(w)));
  });

  it("every kind has a German sentence that quotes with „…“ and uses none of the English words", () => {
    for (const warning of EVERY_KIND) {
      const de = warningText(warning, "de");
      expect(de).not.toBe(warningText(warning, "en"));
      expect(de, de).not.toMatch(/\b(null|found|dropped|line|text follows|marked)\b/);
      expect(de, de).toMatch(/^[A-ZÄÖÜ0-9]/);
    }
    expect(warningText({ code: "stray-lines", count: 1, first: "x" }, "de")).toBe("Eine Zeile am Kopf nicht erkannt und als Text übernommen, sie lautet: „x“");
  });

  it("control characters in a quoted line stay visible in both languages", () => {
    const warning: ImportWarning = { code: "dropped-furniture", line: "a\u001b]0;x\u0007b" };
    expect(warningText(warning)).toBe('dropped page furniture: "a\\u001b]0;x\\u0007b"');
    expect(warningText(warning, "de")).toBe("Als Seitenelement weggelassen (kein Text der Mitteilung): „a\\u001b]0;x\\u0007b“");
  });
});
