import { z } from "zod";
import { IsoDateSchema, TextSchema } from "./text.js";

export const ContactSchema = z.strictObject({
  person: TextSchema.optional(),
  phone: TextSchema.optional(),
  email: z.email({ message: "must be an e-mail address" }).optional(),
  address: TextSchema.optional(),
});

export const LogoSchema = z.strictObject({
  /** PNG or JPEG; a relative path is relative to the profile file. */
  path: TextSchema,
  /** Alternative text for screen readers. */
  alt: TextSchema,
});

/** A municipality that personalises the handout and the template. */
export const ProfileSchema = z.strictObject({
  name: TextSchema,
  kind: z.enum(["Stadt", "Gemeinde", "Kreis"]).optional(),
  department: TextSchema.optional(),
  logo: LogoSchema.optional(),
  contact: ContactSchema.optional(),
  website: TextSchema.optional(),
  /** The "Stand" date printed on the documents. */
  date: IsoDateSchema.optional(),
});
