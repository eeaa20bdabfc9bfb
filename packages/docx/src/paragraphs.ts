import type { NamePhrase } from "@handreichung/content";
import { type ParagraphChild, Paragraph, TextRun } from "docx";
import { fieldControl } from "./content-controls/controls.js";
import type { RenderContext } from "./context.js";
import { placeholder, type PlaceholderKey } from "./placeholders.js";
import { langRunProps, languageSpans, paragraphDirection } from "./language.js";
import { STYLE } from "./styles.js";

/** A piece of scaffolding text: words written here, or the municipality's name in some case. */
export type Piece = string | NamePhrase;

const isPhrase = (piece: Piece): piece is NamePhrase => typeof piece !== "string";

/** The field's content control: its value when known, else its prompt (or a shorter one, for a header). */
export function field(ctx: RenderContext, key: PlaceholderKey, prompt?: string): ParagraphChild {
  const p = placeholder(key);
  return fieldControl(ctx.controls, { key, title: p.title, prompt: prompt ?? p.prompt, value: ctx.values[key], run: langRunProps(ctx.langs[key]) });
}

/**
 * Runs for scaffolding text written here. A name phrase whose name is the
 * official one shows it through the "kommune" field, so editing the name in
 * Word changes it here too; an inflected form ("des Kreises Paderborn") is text.
 * Source text never goes through this.
 */
export function scaffoldRuns(ctx: RenderContext, pieces: readonly Piece[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push(new TextRun(ctx.cleaner.clean(text)));
    text = "";
  };
  for (const piece of pieces) {
    if (!isPhrase(piece)) text += piece;
    else if (piece.official && ctx.values.kommune !== undefined) {
      text += piece.lead;
      flush();
      out.push(field(ctx, "kommune"));
    } else text += piece.lead + piece.name;
  }
  flush();
  return out;
}

/** How a piece of source text is set: its character style, and its language when it is not German. */
export interface SourceTextOptions {
  style?: string;
  /** BCP 47 tag of the text's language (a block's or a model's `lang`). */
  lang?: string | undefined;
}

/**
 * Runs of source text, cleaned of what XML cannot hold and never parsed for
 * fields: one plain run for German text, else cut where the direction changes,
 * each run with its language, direction and font (see language.ts).
 */
export function textRuns(ctx: RenderContext, text: string, o: SourceTextOptions = {}): TextRun[] {
  const style = o.style === undefined ? {} : { style: o.style };
  return languageSpans(text, o.lang).map((span) => new TextRun({ text: ctx.cleaner.clean(span.text), ...span.props, ...style }));
}

/**
 * An e-mail or web address inside source text. Each starts only where a word
 * does (the lookbehinds): without them every letter of a long word started a
 * new scan to its end, and a 100 000-letter word took seconds.
 */
const ADDRESS = /(?<![\w./-])(?:https?:\/\/|www\.)[^\s)]*[^\s).,;:]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Source text in runs, its e-mail and web addresses in the "Adresse" style, which nothing hyphenates; in `lang` as textRuns. */
export function sourceRuns(ctx: RenderContext, text: string, lang?: string): TextRun[] {
  const addresses: [number, number][] = [];
  for (const match of text.matchAll(ADDRESS)) addresses.push([match.index, match.index + match[0].length]);
  const out: TextRun[] = [];
  let at = 0;
  let next = 0;
  for (const span of languageSpans(text, lang, addresses.flat())) {
    while (next < addresses.length && addresses[next]![1] <= at) next++;
    const address = next < addresses.length && addresses[next]![0] <= at;
    out.push(new TextRun({ text: ctx.cleaner.clean(span.text), ...span.props, ...(address ? { style: STYLE.address } : {}) }));
    at += span.text.length;
  }
  return out;
}

/** A paragraph of source text in `lang`; right to left (w:bidi) for Arabic, Persian, Hebrew… */
export function sourceParagraph(ctx: RenderContext, text: string, style?: string, lang?: string): Paragraph {
  return new Paragraph({ style, children: sourceRuns(ctx, text, lang), ...direction(lang) });
}

/** `{ bidirectional: true }` for a paragraph in a right-to-left language: Word sets it from the right. */
export function direction(lang: string | undefined): { bidirectional?: true } {
  return paragraphDirection(lang) === "rtl" ? { bidirectional: true } : {};
}

/** A guidance note for whoever fills in the template, in the "Ausfüllhinweis" style. */
export function guidance(ctx: RenderContext, pieces: readonly Piece[] | string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ style: STYLE.guidance, children: scaffoldRuns(ctx, typeof pieces === "string" ? [pieces] : pieces), ...options });
}

/** A numbered heading; the number comes from the heading style's Word numbering. */
export function heading(level: 1 | 2 | 3 | 4, children: ParagraphChild[], pageBreakBefore = false, lang?: string): Paragraph {
  return new Paragraph({ style: STYLE.heading(level), children, ...(pageBreakBefore ? { pageBreakBefore } : {}), ...direction(lang) });
}

/** "Label: value" in the "Angabe" style, the label in the "Feldbezeichnung" character style. */
export function detailLine(label: string, value: readonly ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.detail, children: [new TextRun({ text: `${label}: `, style: STYLE.label }), ...value], ...(keepNext ? { keepNext } : {}) });
}

/** With `keepLast`, the last item keeps with the next paragraph and is not split across pages. */
export function bulletList(ctx: RenderContext, items: readonly string[], keepLast = false, lang?: string): Paragraph[] {
  return items.map(
    (item, i) =>
      new Paragraph({
        style: STYLE.listBullet,
        children: sourceRuns(ctx, item, lang),
        ...direction(lang),
        ...(keepLast && i === items.length - 1 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}

/** Each call starts a new list at 1 (its own numbering instance). With `keepLast`, as bulletList. */
export function numberedList(ctx: RenderContext, items: readonly string[], keepLast = false, lang?: string): Paragraph[] {
  const instance = ctx.nextListInstance();
  return items.map(
    (item, i) =>
      new Paragraph({
        style: STYLE.listNumber,
        numbering: { reference: "ordered", level: 0, instance },
        children: sourceRuns(ctx, item, lang),
        ...direction(lang),
        ...(keepLast && i === items.length - 1 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}
