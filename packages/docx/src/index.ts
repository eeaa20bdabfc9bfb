import type { Circular, RenderOptions } from "@handreichung/content";
import { renderDates, selectModels } from "@handreichung/content/data";
import { cleanValues, placeholderValues } from "./placeholders.js";
import { TextCleaner } from "./text.js";
import { compileDocument, type DocumentInput } from "./compile-document.js";
import { fillTemplate } from "./template-cache.js";
import { normalizePackage } from "./zip.js";

export { PLACEHOLDERS, unfilledPlaceholders, type Placeholder } from "./placeholders.js";
export { DateError, UnknownModelError } from "@handreichung/content/data";

/**
 * Renders the circular as an editable Word template (.docx bytes) that a
 * municipality adapts: fill-in sections with `{{placeholder}}` fields and
 * guidance notes, then the models and the complete circular as reference.
 * `options.profile` fills the placeholders; the same input and `options.date`
 * give the same bytes. Throws UnknownModelError (`E_UNKNOWN_MODEL`) for an
 * unknown id in `options.models`, DateError (`E_BAD_DATE`) for a date that is no
 * real date as YYYY-MM-DD from 1900 to 9999.
 */
export async function renderDocx(circular: Circular, options: RenderOptions = {}): Promise<Uint8Array> {
  const models = selectModels(circular, options.models);
  const { created } = renderDates(circular, options);
  const cleaner = new TextCleaner();
  const values = cleanValues(placeholderValues(options.profile, options.date), cleaner);
  const input: DocumentInput = { circular, models, values, cleaner };
  if (options.logo) input.logo = options.logo;
  // Without a logo, only the placeholder values differ between municipalities:
  // a batch compiles the document once and fills in each profile's values.
  const parts = options.logo ? compileDocument(input) : fillTemplate(input, compileDocument);
  const warning = cleaner.warning();
  if (warning) options.onWarning?.(warning);
  return normalizePackage(parts, created);
}
