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
});
