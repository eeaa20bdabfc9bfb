import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify } from "./slug.js";

describe("slugify", () => {
  it.each([
    ["Stadt Köln", "stadt-koeln"],
    ["Gemeinde Großröhrsdorf", "gemeinde-grossroehrsdorf"],
    ["ÄÖÜ äöü ß ẞ", "aeoeue-aeoeue-ss-ss"],
    ["Straßenreinigung in Köln – Über Gebühren (café)", "strassenreinigung-in-koeln-ueber-gebuehren-cafe"],
    ["Montréal-Est", "montreal-est"],
    ["Ærøskøbing Łódź", "aeroeskoebing-lodz"],
    ["../../x", "x"],
    ["a/b", "a-b"],
    ["C:\\Windows\\evil", "c-windows-evil"],
    ["...", ""],
    ["東京", ""],
    ["  Kreis  Paderborn  ", "kreis-paderborn"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("avoids the names Windows reserves", () => {
    expect(["CON", "lpt1", "nul", "aux", "com9"].map((n) => slugify(n))).toEqual(["con-x", "lpt1-x", "nul-x", "aux-x", "com9-x"]);
    expect(slugify("CON", { reservedSuffix: "kommune" })).toBe("con-kommune");
    expect(slugify("Console")).toBe("console");
  });

  it("cuts long names at a word boundary, at most 60 characters, no trailing hyphen", () => {
    const slug = slugify("Hinweise zur Aufstellung kommunaler Nahverkehrspläne in kreisangehörigen Städten und Gemeinden");
    expect(slug).toBe("hinweise-zur-aufstellung-kommunaler-nahverkehrsplaene-in");
    const long = slugify(`Gemeinde ${"Langername-".repeat(20)}`);
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).not.toMatch(/-$/);
    // One word longer than the limit is cut inside it.
    expect(slugify("x".repeat(100))).toBe("x".repeat(SLUG_MAX_LENGTH));
  });
});
