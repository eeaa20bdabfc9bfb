import { describe, expect, it } from "vitest";
import { municipalitySlug as slugify, SlugRegistry } from "./slug.js";

describe("slugify", () => {
  it.each([
    ["Stadt Köln", "stadt-koeln"],
    ["Gemeinde Großröhrsdorf", "gemeinde-grossroehrsdorf"],
    ["ÄÖÜ äöü ß", "aeoeue-aeoeue-ss"],
    ["Montréal-Est", "montreal-est"],
    ["../../x", "x"],
    ["a/b", "a-b"],
    ["C:\\Windows\\evil", "c-windows-evil"],
    ["CON", "con-kommune"],
    ["lpt1", "lpt1-kommune"],
    ["...", ""],
    ["東京", ""],
    ["  Kreis  Paderborn  ", "kreis-paderborn"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("caps the length without a trailing hyphen", () => {
    // The 60th character of the whole slug is a hyphen: cut there, it would end the slug.
    const name = `Stadt ${"Abcdefgh-".repeat(10)}`;
    expect(name.toLowerCase().slice(0, 60)).toMatch(/-$/);
    const slug = slugify(name);
    expect(slug).toBe(`stadt-${"abcdefgh-".repeat(5)}abcdefgh`);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe("SlugRegistry", () => {
  it("numbers repeats in order", () => {
    const registry = new SlugRegistry();
    expect(["essen", "essen", "essen-2", "essen"].map((s) => registry.claim(s))).toEqual(["essen", "essen-2", "essen-2-2", "essen-3"]);
  });
});
