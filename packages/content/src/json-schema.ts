import * as z from "zod";
import { QuoteBlockSchema } from "./schema/block.js";
import { CircularSchema } from "./schema/circular.js";
import { ProfileSchema } from "./schema/profile.js";

// "input": a file may leave out what has a default, so the JSON Schema must allow that too.
/** JSON Schema (draft 2020-12) of a circular file. */
export function circularJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CircularSchema, {
    io: "input",
    unrepresentable: "any",
    // zod's refinements do not reach JSON Schema; the one a tool needs most is said here by hand.
    override: (ctx) => {
      if (ctx.zodSchema === QuoteBlockSchema) ctx.jsonSchema.oneOf = [{ required: ["text"] }, { required: ["blocks"] }];
    },
  });
  return { ...schema, title: "Handreichung circular" };
}

/** JSON Schema (draft 2020-12) of a municipality profile file. */
export function profileJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ProfileSchema, { io: "input", unrepresentable: "any" }), title: "Handreichung profile" };
}
