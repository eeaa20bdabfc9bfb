import { describe, expect, it } from "vitest";
import { circular441 } from "./data/circular-441-2004.js";
import { ContentError } from "./errors.js";
import { parseCircular, parseProfile } from "./parse.js";

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.lines();
    throw error;
  }
  throw new Error("expected a ContentError");
}

const clone = () => structuredClone(circular441) as Record<string, unknown> & typeof circular441;

describe("parseCircular", () => {
  it("names the field path of a missing field", () => {
    const input = clone();
    delete (input.models[2] as Partial<(typeof input.models)[number]>).municipality;
    expect(issuesOf(() => parseCircular(input))).toMatchInlineSnapshot(`
      [
        "models[2].municipality: Required",
      ]
    `);
  });

  it("rejects unknown keys instead of dropping them", () => {
    const input = { ...clone(), summary: "x", models: [{ ...circular441.models[0], colour: "red" }] };
    expect(issuesOf(() => parseCircular(input))).toMatchInlineSnapshot(`
      [
        "models[0].colour: Unknown field",
        "summary: Unknown field",
      ]
    `);
  });

  it("rejects wrong types, empty text and impossible dates", () => {
    const input = { ...clone(), number: "441", title: "  ", date: "2024-02-30" };
    expect(issuesOf(() => parseCircular(input))).toMatchInlineSnapshot(`
      [
        "number: Expected number, received string",
        "date: must be a real date as YYYY-MM-DD",
        "title: must not be empty",
      ]
    `);
  });

  it("rejects unknown block types and key points not quoted from the model", () => {
    const input = clone();
    (input.body as unknown[]).push({ type: "chart", rows: [] });
    input.models[1]!.keyPoints = ["erfunden"];
    expect(issuesOf(() => parseCircular(input))).toMatchInlineSnapshot(`
      [
        "body[6].type: Unknown type",
        "models[1].keyPoints[0]: must be a phrase quoted from the model's text",
      ]
    `);
  });

  it("rejects duplicate model ids and a models block without models", () => {
    const dup = clone();
    dup.models[1] = { ...dup.models[1]!, id: "arnsberg" };
    expect(issuesOf(() => parseCircular(dup))).toEqual(['models[1].id: duplicate model id "arnsberg"']);
    expect(issuesOf(() => parseCircular({ ...clone(), models: [] }))).toEqual(["body[4]: a models block needs at least one entry in models"]);
  });

  it("fills what a published text may lack with null", () => {
    const minimal = parseCircular({ id: "x", issuer: "StGB NRW", title: "T", body: [{ type: "paragraph", text: "Text." }] });
    expect(minimal).toMatchObject({ category: null, number: null, year: null, date: null, fileReference: null, models: [], publication: null, source: null });
  });

  it("rejects a __proto__ key as an unknown field", () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, "id": "x", "issuer": "I", "title": "T", "body": [{"type": "paragraph", "text": "a"}]}`);
    expect(issuesOf(() => parseCircular(input))).toEqual(["__proto__: Unknown field"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("says so when the input is not an object", () => {
    expect(issuesOf(() => parseCircular([]))).toEqual(["(root): Expected object, received array"]);
  });
});

describe("one-line fields", () => {
  it("are capped: 1000 characters in a circular, 300 in a profile", () => {
    expect(() => parseCircular({ ...circular441, title: "x".repeat(1000) })).not.toThrow();
    expect(issuesOf(() => parseCircular({ ...circular441, title: "x".repeat(1001) }))).toEqual(["title: must be at most 1000 characters"]);
    expect(() => parseProfile({ name: "x".repeat(300) })).not.toThrow();
    expect(issuesOf(() => parseProfile({ name: "x".repeat(301) }))).toEqual(["name: must be at most 300 characters"]);
  });
});

describe("parseProfile", () => {
  it("accepts a full profile", () => {
    const profile = {
      name: "Stadt Musterstadt",
      kind: "Stadt",
      department: "Amt für Integration",
      logo: { path: "logo.png", alt: "Wappen der Stadt Musterstadt" },
      contact: { person: "Erika Mustermann", phone: "0211 4587-0", email: "integration@musterstadt.de", address: "Rathausplatz 1, 40000 Musterstadt" },
      date: "2026-01-15",
    };
    expect(parseProfile(profile)).toEqual(profile);
  });

  it("requires a name, alt text for a logo and a valid e-mail", () => {
    expect(issuesOf(() => parseProfile({ logo: { path: "a.png" }, contact: { email: "nope" } }))).toMatchInlineSnapshot(`
      [
        "name: Required",
        "logo.alt: Required",
        "contact.email: must be an e-mail address",
      ]
    `);
  });

  it("accepts the article and explicit forms of the name, and rejects others", () => {
    const profile = { name: "Märkischer Kreis", kind: "Kreis", article: "der", cases: { genitive: "des Märkischen Kreises" } };
    expect(parseProfile(profile)).toEqual(profile);
    expect(issuesOf(() => parseProfile({ name: "X", article: "den", cases: { ablative: "x", dative: " " } }))).toEqual([
      'article: Expected one of "der", "die", "das", "ohne"',
      "cases.dative: must not be empty",
      "cases.ablative: Unknown field",
    ]);
  });
});
