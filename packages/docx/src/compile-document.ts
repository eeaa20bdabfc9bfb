import type { Circular, CounselLanguage, GermanName, LogoImage, Model } from "@handreichung/content";
import { citationOf, wordingText, YOUR_MUNICIPALITY } from "@handreichung/content/data";
import { Document, type FileChild } from "docx";
import { type CompiledStyleSheet, compilePackage } from "./internals/packer.js";
import { ControlRegistry } from "./content-controls/controls.js";
import { withFieldParts } from "./content-controls/parts.js";
import type { RenderContext } from "./context.js";
import { emptyFooter, emptyHeader, footer, header } from "./header-footer.js";
import { numbering } from "./numbering.js";
import { PLACEHOLDERS, type PlaceholderLangs, type PlaceholderValues } from "./placeholders.js";
import { cover, subtitleText } from "./sections/cover.js";
import { contacts, measures, situation, steering } from "./sections/fill-in.js";
import { modelChoice } from "./sections/models-table.js";
import { referenceCircular, referenceModels } from "./sections/reference.js";
import { responsibilities } from "./sections/responsibilities.js";
import { toc } from "./sections/toc.js";
import { usage } from "./sections/usage.js";
import { fixedParts } from "./fixed-parts/fixed-parts.js";
import { RAW_STYLES, styles } from "./styles.js";
import { isAboutIntegration } from "./topic.js";
import type { TextCleaner } from "./text.js";
import { type PackageParts } from "./zip.js";

// Word measures in twentieths of a point: 567 to the centimetre.
const cm = (n: number) => Math.round(n * 567);

/** Everything the document is built from. Profile data reaches it only through `values`, `name` and `logo`. */
export interface DocumentInput {
  circular: Circular;
  models: readonly Model[];
  values: PlaceholderValues;
  /** The languages of fields written in another language than German. */
  langs: PlaceholderLangs;
  /** The counselling languages, shown in the contact section. */
  languages: readonly CounselLanguage[];
  /** The municipality's name for running text, built from the same cleaned profile as `values.kommune`. */
  name?: GermanName;
  logo?: LogoImage;
  cleaner: TextCleaner;
}

/** Builds the document and compiles its package parts, with the field store and the prompts' glossary. */
export function compileDocument(
  { circular, models, values, langs, languages, name, logo, cleaner }: DocumentInput,
  compile: (doc: Document, styleSheet?: CompiledStyleSheet) => PackageParts = compilePackage,
): PackageParts {
  let lists = 0;
  const ctx: RenderContext = {
    circular,
    models,
    integration: isAboutIntegration(circular),
    values,
    langs,
    languages,
    name,
    addressee: name ?? YOUR_MUNICIPALITY,
    options: logo ? { logo } : {},
    cleaner,
    controls: new ControlRegistry(),
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
  const clean = (s: string) => cleaner.clean(s);
  const fixed = fixedParts();
  const doc = new Document({
    title: clean(`${circular.title} – ${wordingText(subtitleText(ctx))}`),
    subject: clean(`Umsetzung der ${citationOf(circular)}`),
    keywords: clean([circular.title, circular.category, ...models.map((m) => m.municipality)].filter((k) => k).join(", ")),
    description: clean(`Nach der ${citationOf(circular)} (${circular.issuer})${circular.fileReference ? `, Az.: ${circular.fileReference}` : ""}`),
    creator: values.amt ?? values.kommune ?? "handreichung",
    lastModifiedBy: values.kommune ?? "handreichung",
    revision: 1,
    // With the style sheet precompiled (fixed-parts/), docx builds only its defaults, and compiles none.
    ...(fixed ? {} : { styles, externalStyles: RAW_STYLES }),
    numbering,
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, hyphenationZone: 357 },
    sections: [
      {
        properties: {
          // The title page has its own (empty) header and footer.
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: cm(2.8), bottom: cm(2.2), left: cm(2.5), right: cm(2.5), header: cm(1.0), footer: cm(1.1) },
          },
        },
        headers: { default: header(ctx), first: emptyHeader() },
        footers: { default: footer(ctx), first: emptyFooter() },
        children,
      },
    ],
  });
  return withFieldParts(compile(doc, fixed?.styleSheet), {
    keys: PLACEHOLDERS.map((p) => p.key),
    values,
    prompts: ctx.controls.entries(),
  });
}
