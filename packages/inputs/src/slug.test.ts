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
    const slug = slugify(`Gemeinde ${"Langername-".repeat(20)}`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });
});

describe("SlugRegistry", () => {
  it("numbers repeats in order", () => {
    const registry = new SlugRegistry();
    expect(["essen", "essen", "essen-2", "essen"].map((s) => registry.claim(s))).toEqual(["essen", "essen-2", "essen-2-2", "essen-3"]);
  });
});
