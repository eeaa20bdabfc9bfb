import { z } from "zod";
import { TextSchema } from "./text.js";

/** A subheading inside the body; level 2 sits under the title, level 3 under a level 2. */
export const HeadingBlockSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3)]),
  text: TextSchema,
});

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal("paragraph"),
  text: TextSchema,
});

export const ListBlockSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean().default(false),
  items: z.array(TextSchema).min(1, { message: "a list needs at least one item" }),
});

/** Quoted text, such as a ministry letter cited in full. */
export const QuoteBlockSchema = z.strictObject({
  type: z.literal("quote"),
  text: TextSchema,
});

/** Marks where the circular's organisational models appear in reading order. */
export const ModelsBlockSchema = z.strictObject({
  type: z.literal("models"),
});

/** Marks where the publication's ordering information appears in reading order. */
export const PublicationBlockSchema = z.strictObject({
  type: z.literal("publication"),
});

export const BlockSchema = z.discriminatedUnion("type", [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ListBlockSchema,
  QuoteBlockSchema,
  ModelsBlockSchema,
  PublicationBlockSchema,
]);
