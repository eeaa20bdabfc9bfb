import * as z from "zod";
import { TextSchema } from "./text.js";

/** A publication the circular announces and how to obtain it. */
export const PublicationSchema = z.strictObject({
  title: TextSchema,
  /** Every subtitle as the circular writes it; 441/2004 names the handbook with two. */
  subtitles: z.array(TextSchema).default([]),
  author: TextSchema.nullable().default(null),
  free: z.boolean().nullable().default(null),
  /** Postal ordering address, one line per entry. */
  orderAddress: z.array(TextSchema).default([]),
  url: TextSchema.nullable().default(null),
  download: z.boolean().default(false),
  /** The circular's own sentence about ordering, word for word. */
  text: TextSchema,
});
