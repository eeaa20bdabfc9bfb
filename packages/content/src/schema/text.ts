import * as z from "zod";
import { DATE_RULE, isoDateProblem } from "../date.js";

/** Text that must say something: not empty, not only white space. */
export const TextSchema = z.string().refine((s) => s.trim().length > 0, { message: "must not be empty" });

/**
 * Text for a one-line field (a name, a title, an address line) printed in
 * headers and on every page: a few hundred characters at most, so a pasted
 * megabyte cannot stall or exhaust a renderer.
 */
export function lineSchema(max: number) {
  return z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => s.trim().length > 0, { message: "must not be empty" });
}

/**
 * An ISO calendar date (YYYY-MM-DD) that exists and lies in 1900–9999:
 * 2024-02-30 is rejected. The rule is date.ts's, the one every entry point uses.
 */
export const IsoDateSchema = z
  .string()
  .check((ctx) => {
    const problem = isoDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: `must be ${DATE_RULE[problem]}`, input: ctx.value });
  })
  .meta({ format: "date" });
