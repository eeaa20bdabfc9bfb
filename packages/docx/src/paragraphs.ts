import { type ParagraphChild, Paragraph, TextRun } from "docx";
import type { RenderContext } from "./context.js";
import type { PlaceholderKey } from "./placeholders.js";
import { STYLE } from "./styles.js";

const MARKER = /\{\{([a-z]+)\}\}/g;

/**
 * Runs for scaffolding text written here, in which `{{key}}` marks a field:
 * the profile's value when it has one, else the placeholder in its character style.
 * Source text never goes through this, so `{{` in a circular stays literal.
 */
export function scaffoldRuns(ctx: RenderContext, text: string, run: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const key = match[1] as PlaceholderKey;
    if (match.index > last) out.push(new TextRun({ text: text.slice(last, match.index), ...run }));
    const value = ctx.values[key];
    out.push(value !== undefined ? new TextRun({ text: ctx.cleaner.clean(value), ...run }) : new TextRun({ text: `{{${key}}}`, style: STYLE.placeholder }));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(new TextRun({ text: text.slice(last), ...run }));
  return out;
}

/** A run of source text, cleaned of what XML cannot hold; never parsed for fields. */
export function sourceRun(ctx: RenderContext, text: string, run: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: ctx.cleaner.clean(text), ...run });
}

export function sourceParagraph(ctx: RenderContext, text: string, style?: string): Paragraph {
  return new Paragraph({ style, children: [sourceRun(ctx, text)] });
}

/** A guidance note for whoever fills in the template, in the "Ausfüllhinweis" style. */
export function guidance(ctx: RenderContext, text: string): Paragraph {
  return new Paragraph({ style: STYLE.guidance, children: scaffoldRuns(ctx, text) });
}

/** A numbered heading; the number comes from the heading style's Word numbering. */
export function heading(level: 1 | 2 | 3 | 4, children: ParagraphChild[], pageBreakBefore = false): Paragraph {
  return new Paragraph({ style: STYLE.heading(level), children, pageBreakBefore });
}

/** An empty Normal paragraph to type into after a guidance note. */
export function writeHere(): Paragraph {
  return new Paragraph({ children: [] });
}

/** With `keepLast`, the last item keeps with the next paragraph and is not split across pages. */
export function bulletList(ctx: RenderContext, items: readonly string[], source = true, keepLast = false): Paragraph[] {
  return items.map(
    (item, i) =>
      new Paragraph({
        style: STYLE.listBullet,
        children: source ? [sourceRun(ctx, item)] : scaffoldRuns(ctx, item),
        ...(keepLast && i === items.length - 1 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}

/** Each call starts a new list at 1. With `keepLast`, as bulletList. */
export function numberedList(ctx: RenderContext, items: readonly string[], source = true, keepLast = false): Paragraph[] {
  const instance = ctx.nextListInstance();
  return items.map(
    (item, i) =>
      new Paragraph({
        style: STYLE.listNumber,
        numbering: { reference: "ordered", level: 0, instance },
        children: source ? [sourceRun(ctx, item)] : scaffoldRuns(ctx, item),
        ...(keepLast && i === items.length - 1 ? { keepNext: true, keepLines: true } : {}),
      }),
  );
}
