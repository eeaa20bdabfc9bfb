import * as z from "zod";
import { LangSchema } from "./lang.js";
import { TextSchema } from "./text.js";

export const MunicipalityKindSchema = z.enum(["Stadt", "Gemeinde", "Kreis"]);

/**
 * One municipality's way of organising integration work, as the circular
 * describes it. keyPoints are phrases quoted from `text`, never paraphrased.
 */
export const ModelSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "must be lower-case letters, digits and hyphens" }),
    municipality: TextSchema,
    name: TextSchema,
    kind: MunicipalityKindSchema,
    text: z.array(TextSchema).min(1, { message: "a model needs at least one paragraph" }),
    keyPoints: z.array(TextSchema).default([]),
    /** The language of `text` and `keyPoints` when not German (BCP 47); the names stay German. */
    lang: LangSchema.optional(),
  })
  .superRefine((model, ctx) => {
    const text = model.text.join("\n");
    model.keyPoints.forEach((point, i) => {
      if (!text.includes(point)) {
        ctx.addIssue({ code: "custom", path: ["keyPoints", i], message: "must be a phrase quoted from the model's text" });
      }
    });
  });
