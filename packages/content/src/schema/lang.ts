import * as z from "zod";
import { canonicalLang, langProblem } from "../lang.js";
import { lineSchema } from "./text.js";

/**
 * A BCP 47 language tag ("tr", "ar", "uk", "zh-Hans"), kept in canonical case.
 * The pattern is for tools that read the JSON Schema; the check is Intl's.
 */
export const LangSchema = z
  .string()
  .check((ctx) => {
    const problem = langProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  })
  .overwrite((tag) => canonicalLang(tag) ?? tag)
  .meta({ pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", description: "BCP 47 language tag, e.g. tr, ar, uk, zh-Hans" });

/**
 * A profile's free-text field: a string (German, the documents' language), or
 * `{ text, lang }` for a text in another language ("Дмитрий Ковальчук", ru).
 */
export function localTextSchema(max: number) {
  return z.union([lineSchema(max), z.strictObject({ text: lineSchema(max), lang: LangSchema })]);
}
