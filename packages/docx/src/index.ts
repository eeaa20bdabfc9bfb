import type { Circular, RenderOptions } from "@handreichung/content";
import { renderDates } from "@handreichung/content/data";
import { loadHyphenation } from "@handreichung/hyphenation";
import { compileDocument } from "./compile-document.js";
import { loadFixedParts } from "./fixed-parts/fixed-parts.js";
import { documentInput } from "./input.js";
import { fillTemplate } from "./template-cache.js";
import { TextCleaner } from "./text.js";
import { asWordTemplate } from "./word-template.js";
import { normalizePackage } from "./zip.js";

export { PLACEHOLDERS, unfilledPlaceholders, type Placeholder } from "./placeholders.js";
export { DateError, UnknownModelError } from "@handreichung/content/data";

/** Options of {@link renderDocx}: the shared render options and the Word-only switch. */
export interface DocxRenderOptions extends RenderOptions {
  /** Write a Word template (.dotx: Word opens a new document from it) instead of a document (.docx). */
  template?: boolean;
}

/**
 * Renders the circular as an editable Word template (.docx bytes, or .dotx
 * with `options.template`) that a municipality adapts: its details in content
 * controls bound to one stored value each, fill-in sections with a guidance
 * note and a field to write in, then the models and the complete circular as
 * reference. `options.profile` fills the fields; the same input and
 * `options.date` give the same bytes. Throws UnknownModelError
 * (`E_UNKNOWN_MODEL`) for an unknown id in `options.models`, DateError
 * (`E_BAD_DATE`) for a date that is no real date as YYYY-MM-DD from 1900 to 9999.
 */
export async function renderDocx(circular: Circular, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const { created } = renderDates(circular, options);
  // The patterns arrive as bytes (read from disk in Node, fetched in a browser) before any table text is set.
  await Promise.all([loadHyphenation(), loadFixedParts()]);
  const cleaner = new TextCleaner();
  const input = documentInput(circular, options, cleaner);
  // Without a logo, only the values (and how the name declines) differ between
  // municipalities: a batch compiles the document once and fills in each profile's values.
  const parts = input.logo ? compileDocument(input) : fillTemplate(input, compileDocument);
  const warning = cleaner.warning();
  if (warning) options.onWarning?.(warning);
  return normalizePackage(options.template ? asWordTemplate(parts) : parts, created);
}
