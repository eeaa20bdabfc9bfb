import { describe, expect, it } from "vitest";
import { circularId, slugify } from "./id.js";

describe("slugify", () => {
  it("transliterates umlauts and ß, drops other diacritics and punctuation", () => {
    expect(slugify("Straßenreinigung in Köln – Über Gebühren (café)")).toBe("strassenreinigung-in-koeln-ueber-gebuehren-cafe");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("Hinweise zur Aufstellung kommunaler Nahverkehrspläne in kreisangehörigen Städten und Gemeinden");
    expect(slug).toBe("hinweise-zur-aufstellung-kommunaler-nahverkehrsplaene-in");
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe("circularId", () => {
  it("prefers number and year, then title, then file name, then 'circular'", () => {
    expect(circularId({ number: 441, year: 2004, title: "Handbuch" })).toBe("stgb-nrw-441-2004");
    expect(circularId({ number: 441, year: null, title: "Handbuch Integration" })).toBe("handbuch-integration");
    expect(circularId({ number: null, year: null, title: null, fileName: "/tmp/Mitteilung 12.txt" })).toBe("mitteilung-12");
    expect(circularId({ number: null, year: null, title: "…", fileName: "" })).toBe("circular");
  });
});
