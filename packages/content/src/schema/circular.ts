import * as z from "zod";
import { BlockSchema } from "./block.js";
import { ModelSchema } from "./model.js";
import { PublicationSchema } from "./publication.js";
import { IsoDateSchema, lineSchema, TextSchema } from "./text.js";
import { lastBodyLine } from "../text-of.js";

// Printed in the running header or footer of every page.
const Line = lineSchema(1000);

export const SourceSchema = z.strictObject({
  /** How the source cites itself, e.g. "StGB NRW-Mitteilung 441/2004 vom 26.05.2004". */
  citation: Line,
  url: Line.nullable().default(null),
});

/**
 * Set when the published text is cut off (it stops mid-sentence and no Az.
 * closes it): the body is an excerpt, and no document may call it complete.
 */
export const IncompleteSchema = z.strictObject({
  /** The last words of the text as published, e.g. "die Gemeinde prü". */
  lastWords: lineSchema(300),
});

/**
 * A circular (Mitteilung) of a municipal association. What a published text may
 * lack (category, number, date, file reference) is null; the built-in circular
 * has all of it.
 */
export const CircularSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "must be lower-case letters, digits and hyphens" }),
    issuer: Line,
    series: Line.default("StGB NRW-Mitteilung"),
    category: Line.nullable().default(null),
    number: z.int().positive().nullable().default(null),
    year: z.int().min(1900).max(2999).nullable().default(null),
    date: IsoDateSchema.nullable().default(null),
    title: Line,
    fileReference: Line.nullable().default(null),
    body: z.array(BlockSchema).min(1, { message: "the body needs at least one block" }),
    models: z.array(ModelSchema).default([]),
    publication: PublicationSchema.nullable().default(null),
    source: SourceSchema.nullable().default(null),
    incomplete: IncompleteSchema.nullable().default(null),
  })
  .superRefine((circular, ctx) => {
    const seen = new Set<string>();
    circular.models.forEach((model, i) => {
      if (seen.has(model.id)) ctx.addIssue({ code: "custom", path: ["models", i, "id"], message: `duplicate model id "${model.id}"` });
      seen.add(model.id);
    });
    if (circular.incomplete && !lastBodyLine(circular).trimEnd().endsWith(circular.incomplete.lastWords.trim())) {
      ctx.addIssue({ code: "custom", path: ["incomplete", "lastWords"], message: "must be the last words of the body" });
    }
    circular.body.forEach((block, i) => {
      if (block.type === "models" && circular.models.length === 0) {
        ctx.addIssue({ code: "custom", path: ["body", i], message: "a models block needs at least one entry in models" });
      }
      if (block.type === "publication" && !circular.publication) {
        ctx.addIssue({ code: "custom", path: ["body", i], message: "a publication block needs publication" });
      }
    });
  });
