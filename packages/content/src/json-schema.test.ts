import { describe, expect, it } from "vitest";
import { circular441 } from "./data/circular-441-2004.js";
import { circularJsonSchema, profileJsonSchema } from "./json-schema.js";

describe("JSON Schema", () => {
  it("describes every top-level field of a circular and forbids others", () => {
    const schema = circularJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(circular441));
    expect(schema.required).toEqual(["id", "issuer", "title", "body"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("requires only the name of a profile", () => {
    const schema = profileJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(["name"]);
    const props = (schema as unknown as { properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> }).properties;
    expect(props.article!.enum).toEqual(["der", "die", "das", "ohne"]);
    expect(Object.keys(props.cases!.properties!)).toEqual(["nominative", "accusative", "dative", "genitive"]);
  });

  it("describes the new blocks: a quote with text or blocks, a table, an incomplete text", () => {
    const schema = circularJsonSchema() as { properties: Record<string, { items?: { oneOf: Record<string, unknown>[] }; anyOf?: unknown[] }> };
    const blocks = schema.properties.body!.items!.oneOf as { properties: { type: { const: string } }; oneOf?: unknown }[];
    const byType = Object.fromEntries(blocks.map((b) => [b.properties.type.const, b]));
    expect(Object.keys(byType)).toEqual(["heading", "paragraph", "list", "quote", "table", "models", "publication"]);
    expect(byType.quote!.oneOf).toEqual([{ required: ["text"] }, { required: ["blocks"] }]);
    expect(Object.keys(byType.quote!.properties)).toEqual(["type", "text", "blocks", "lang"]);
    expect(byType.table).toMatchObject({ required: ["type", "rows"], properties: { headerRow: { type: "boolean", default: false } } });
    expect(schema.properties.incomplete).toMatchObject({ default: null });
  });

  it("describes lang on blocks and models, and the profile's languages and free text", () => {
    const lang = { type: "string", pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$" };
    const circular = circularJsonSchema() as { properties: { body: { items: { oneOf: { properties: Record<string, unknown> }[] } }; models: { items: { properties: Record<string, unknown> } } } };
    for (const block of circular.properties.body.items.oneOf.slice(0, 5)) expect(block.properties.lang).toMatchObject(lang);
    expect(circular.properties.models.items.properties.lang).toMatchObject(lang);
    const profile = profileJsonSchema() as { properties: Record<string, { items?: unknown; anyOf?: unknown[]; properties?: Record<string, { anyOf?: unknown[] }> }> };
    expect(profile.properties.languages!.items).toMatchObject({ required: ["lang", "name"], properties: { lang } });
    expect(profile.properties.department!.anyOf).toHaveLength(2);
    expect(profile.properties.contact!.properties!.person!.anyOf![1]).toMatchObject({ required: ["text", "lang"], properties: { lang } });
    // The pattern a tool checks agrees with the schema on what a tag looks like.
    expect(new RegExp(lang.pattern).test("zh-Hans")).toBe(true);
    expect(new RegExp(lang.pattern).test("ar_EG")).toBe(false);
  });
});
