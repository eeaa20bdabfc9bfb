import { z } from "zod";
import { CircularSchema } from "./schema/circular.js";
import { ProfileSchema } from "./schema/profile.js";

// "input": a file may leave out what has a default, so the JSON Schema must allow that too.
/** JSON Schema (draft 2020-12) of a circular file. */
export function circularJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(CircularSchema, { io: "input", unrepresentable: "any" }), title: "Handreichung circular" };
}

/** JSON Schema (draft 2020-12) of a municipality profile file. */
export function profileJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ProfileSchema, { io: "input", unrepresentable: "any" }), title: "Handreichung profile" };
}
