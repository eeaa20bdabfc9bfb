import { describe, expect, it } from "vitest";
import { findFileReference, parseFileReferenceLine } from "./file-reference.js";

describe("parseFileReferenceLine", () => {
  it.each(["I/1 800", "G/3-1 800-09", "IV/2 038-00-0", "III", "II ke-ko", "17.0.6.6.3-002", "31.5.001/003"])("Az.: %s", (value) => {
    expect(parseFileReferenceLine(`Az.: ${value}`)).toBe(value);
  });

  it("accepts the spelling variants", () => {
    expect(parseFileReferenceLine("Az: III")).toBe("III");
    expect(parseFileReferenceLine("AZ.: III")).toBe("III");
    expect(parseFileReferenceLine("Az. III")).toBe("III");
  });

  it("is not a mention inside a sentence, an empty value or a sentence", () => {
    expect(parseFileReferenceLine("Urteil vom 12.03.2009, Az.: 9 A 2345/07")).toBeNull();
    expect(parseFileReferenceLine("Az.:")).toBeNull();
    expect(parseFileReferenceLine("Az.: 9 A 1/07. Das Gericht hat entschieden")).toBeNull();
    expect(parseFileReferenceLine("Azubis: zwei")).toBeNull();
  });
});

describe("findFileReference", () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));

  it("takes the last standalone line", () => {
    expect(findFileReference(lines("Az.: 9 A 1/07", "Text.", "Az.: III", ""), [false, false, false, false])).toBe(2);
  });

  it("skips quoted lines and reports -1 when there is none", () => {
    expect(findFileReference(lines("Text.", "Az.: 24-38"), [false, true])).toBe(-1);
  });
});
