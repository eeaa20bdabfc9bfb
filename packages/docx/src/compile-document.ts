import type { Circular, LogoImage, Model } from "@handreichung/content";
import { Document, type FileChild } from "docx";
import { compilePackage } from "./internals/packer.js";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "./context.js";
import { footer, header } from "./header-footer.js";
import { numbering } from "./numbering.js";
import { type PlaceholderValues } from "./placeholders.js";
import { cover } from "./sections/cover.js";
import { contacts, measures, situation, steering } from "./sections/fill-in.js";
import { modelChoice } from "./sections/models-table.js";
import { referenceCircular, referenceModels } from "./sections/reference.js";
import { responsibilities } from "./sections/responsibilities.js";
import { toc } from "./sections/toc.js";
import { usage } from "./sections/usage.js";
import { styles } from "./styles.js";
import { isAboutIntegration } from "./topic.js";
import type { TextCleaner } from "./text.js";
import { type PackageParts } from "./zip.js";

// Word measures in twentieths of a point: 567 to the centimetre.
const cm = (n: number) => Math.round(n * 567);

/** Everything the document is built from. Profile data reaches it only through `values` and `logo`. */
export interface DocumentInput {
  circular: Circular;
  models: readonly Model[];
  values: PlaceholderValues;
  logo?: LogoImage;
  cleaner: TextCleaner;
}

/** Builds the document and compiles its package parts. */
export function compileDocument({ circular, models, values, logo, cleaner }: DocumentInput): PackageParts {
  let lists = 0;
  const ctx: RenderContext = {
    circular,
    models,
    integration: isAboutIntegration(circular),
    values,
    options: logo ? { logo } : {},
    cleaner,
    nextListInstance: () => ++lists,
  };
  const children: FileChild[] = [
    ...cover(ctx),
    ...toc(ctx),
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
  const name = values.kommune;
  const clean = (s: string) => cleaner.clean(s);
  const doc = new Document({
    title: clean(`${circular.title} – Arbeitsvorlage${name ? ` für ${name}` : ""}`),
    subject: clean(`Arbeitsvorlage zur ${citationOf(circular)}`),
    keywords: clean(["Arbeitsvorlage", circular.title, circular.category, ...models.map((m) => m.municipality)].filter((k) => k).join(", ")),
    description: clean(`Vorlage zum Ausfüllen nach ${citationOf(circular)} (${circular.issuer})${circular.fileReference ? `, Az.: ${circular.fileReference}` : ""}`),
    creator: values.amt ?? values.kommune ?? "handreichung",
    lastModifiedBy: values.kommune ?? "handreichung",
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
  return compilePackage(doc);
}
