import type { Circular, RenderOptions } from "@handreichung/content";
import { Document, type FileChild, Packer } from "docx";
import { citationOf } from "./citation.js";
import type { RenderContext } from "./context.js";
import { footer, header } from "./header-footer.js";
import { selectModels } from "./models.js";
import { numbering } from "./numbering.js";
import { placeholderValues } from "./placeholders.js";
import { cover } from "./sections/cover.js";
import { contacts, measures, situation, steering } from "./sections/fill-in.js";
import { modelChoice } from "./sections/models-table.js";
import { referenceCircular, referenceModels } from "./sections/reference.js";
import { responsibilities } from "./sections/responsibilities.js";
import { toc } from "./sections/toc.js";
import { usage } from "./sections/usage.js";
import { styles } from "./styles.js";
import { TextCleaner } from "./text.js";
import { normalizePackage } from "./zip.js";

export { PLACEHOLDERS, unfilledPlaceholders, type Placeholder } from "./placeholders.js";
export { UnknownModelError } from "./models.js";

const cm = (n: number) => Math.round(n * 567);

/**
 * Renders the circular as an editable Word template (.docx bytes) that a
 * municipality adapts: fill-in sections with `{{placeholder}}` fields and
 * guidance notes, then the models and the complete circular as reference.
 * `options.profile` fills the placeholders; the same input and `options.date`
 * give the same bytes. Throws UnknownModelError for an unknown id in `options.models`.
 */
export async function renderDocx(circular: Circular, options: RenderOptions = {}): Promise<Uint8Array> {
  const cleaner = new TextCleaner();
  let lists = 0;
  const ctx: RenderContext = {
    circular,
    models: selectModels(circular, options.models),
    values: placeholderValues(options.profile, options.date),
    options,
    cleaner,
    nextListInstance: () => ++lists,
  };
  const children: FileChild[] = [
    ...cover(ctx),
    ...toc(),
    ...usage(ctx),
    ...situation(ctx),
    ...modelChoice(ctx),
    ...responsibilities(ctx),
    ...steering(ctx),
    ...measures(ctx),
    ...contacts(ctx),
    ...referenceModels(ctx),
    ...referenceCircular(ctx),
  ];
  const name = ctx.values.kommune;
  const clean = (s: string) => cleaner.clean(s);
  const doc = new Document({
    title: clean(`${circular.title} – Arbeitsvorlage${name ? ` für ${name}` : ""}`),
    subject: clean(`Arbeitsvorlage zur ${citationOf(circular)}`),
    keywords: clean(["Arbeitsvorlage", circular.title, circular.category, ...ctx.models.map((m) => m.municipality)].filter((k) => k).join(", ")),
    description: clean(`Vorlage zum Ausfüllen nach ${citationOf(circular)} (${circular.issuer})${circular.fileReference ? `, Az.: ${circular.fileReference}` : ""}`),
    creator: clean(options.profile?.department ?? options.profile?.name ?? "handreichung"),
    lastModifiedBy: clean(options.profile?.name ?? "handreichung"),
    revision: 1,
    styles,
    numbering,
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, hyphenationZone: 357 },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(2.5), bottom: cm(2.2), left: cm(2.5), right: cm(2.5), header: cm(1.2), footer: cm(1.1) },
          },
        },
        headers: { default: header(ctx) },
        footers: { default: footer(ctx) },
        children,
      },
    ],
  });
  const raw = await Packer.pack(doc, "uint8array");
  const warning = cleaner.warning();
  if (warning) options.onWarning?.(warning);
  return normalizePackage(raw, options.date ?? circular.date ?? "1970-01-01");
}
