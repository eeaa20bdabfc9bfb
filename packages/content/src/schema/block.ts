import * as z from "zod";
import { LangSchema } from "./lang.js";
import { TextSchema } from "./text.js";

/** The language of a block that is not German (BCP 47); both documents tag it as such. */
const lang = LangSchema.optional();

/** A subheading inside the body; level 2 sits under the title, level 3 under a level 2. */
export const HeadingBlockSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3)]),
  text: TextSchema,
  lang,
});

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal("paragraph"),
  text: TextSchema,
  lang,
});

export const ListBlockSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean().default(false),
  items: z.array(TextSchema).min(1, { message: "a list needs at least one item" }),
  lang,
});

/**
 * A table as the source sets it: rows of cells, every row as wide as the first.
 * A cell may be empty (a blank in a column); with `headerRow`, the first row
 * holds the column headings.
 */
export const TableBlockSchema = z
  .strictObject({
    type: z.literal("table"),
    headerRow: z.boolean().default(false),
    rows: z.array(z.array(z.string()).min(1, { message: "a row needs at least one cell" })).min(1, { message: "a table needs at least one row" }),
    lang,
  })
  .superRefine((table, ctx) => {
    const width = table.rows[0]?.length ?? 0;
    table.rows.forEach((row, i) => {
      if (row.length !== width) ctx.addIssue({ code: "custom", path: ["rows", i], message: `has ${row.length} cells, the first row ${width}` });
    });
    if (table.rows.length > 0 && !table.rows.some((row) => row.some((cell) => cell.trim() !== ""))) {
      ctx.addIssue({ code: "custom", path: ["rows"], message: "a table needs at least one cell with text" });
    }
    if (table.headerRow && table.rows.length < 2) ctx.addIssue({ code: "custom", path: ["headerRow"], message: "a header row needs at least one row below it" });
  });

/** What a quotation can hold: its own paragraphs, sub-headings, lists and tables. */
export const QuoteContentBlockSchema = z.discriminatedUnion("type", [HeadingBlockSchema, ParagraphBlockSchema, ListBlockSchema, TableBlockSchema]);

/**
 * Quoted text, such as a ministry letter cited in full: either one `text` (the
 * original form, still valid) or `blocks` that keep the quotation's own
 * structure (paragraphs, numbered points, sub-headings).
 */
export const QuoteBlockSchema = z
  .strictObject({
    type: z.literal("quote"),
    text: TextSchema.optional(),
    blocks: z.array(QuoteContentBlockSchema).min(1, { message: "a quote needs at least one block" }).optional(),
    /** The quotation's language; a block inside may name its own. */
    lang,
  })
  .superRefine((quote, ctx) => {
    if ((quote.text === undefined) === (quote.blocks === undefined)) {
      ctx.addIssue({ code: "custom", path: [quote.text === undefined ? "text" : "blocks"], message: "a quote has either text or blocks" });
    }
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
  TableBlockSchema,
  ModelsBlockSchema,
  PublicationBlockSchema,
]);
