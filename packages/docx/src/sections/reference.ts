import { type FileChild, Paragraph, TextRun } from "docx";
import type { Block } from "@handreichung/content";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { bulletList, guidance, heading, sourceParagraph, sourceRun } from "../paragraphs.js";
import { STYLE } from "../styles.js";
import { modelLabel } from "@handreichung/content/data";
import { excerptEnd, excerptLabel, wordingNote, wordingTitle } from "../blocks/excerpt.js";
import { sourceNumberedList } from "../blocks/numbered.js";
import { SOURCE_LIST_NUMBER } from "../blocks/quote-styles.js";
import { quoteParagraphs } from "../blocks/quote.js";
import { sourceTable } from "../blocks/table.js";

/** The selected models in full: municipality, text word for word, key points. */
export function referenceModels(ctx: RenderContext): FileChild[] {
  if (ctx.models.length === 0) return [];
  const out: FileChild[] = [
    heading(1, [new TextRun("Referenz: Die Modelle der Mitteilung")], true),
    guidance(ctx, "Dieser Teil gibt die Modelle wörtlich aus der Mitteilung wieder. Er ist Nachschlagestoff: Ändern Sie ihn nicht; behalten Sie ihn als Anlage oder löschen Sie ihn."),
  ];
  for (const model of ctx.models) {
    out.push(heading(2, [sourceRun(ctx, modelLabel(model))]));
    for (const text of model.text) out.push(sourceParagraph(ctx, text));
    if (model.keyPoints.length) {
      out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: "Kernpunkte (wörtlich aus dem Text):", bold: true })] }), ...bulletList(ctx, model.keyPoints));
    }
  }
  return out;
}

/** The circular in reading order (an excerpt, when the published text is cut off), with its citation and file reference. */
export function referenceCircular(ctx: RenderContext): FileChild[] {
  const { circular } = ctx;
  const out: FileChild[] = [
    heading(1, [new TextRun(wordingTitle(ctx))], true),
    wordingNote(ctx),
  ];
  if (circular.category !== null) out.push(new Paragraph({ style: STYLE.small, children: [new TextRun("Mitteilungen – "), sourceRun(ctx, circular.category)] }));
  out.push(new Paragraph({ style: STYLE.small, spacing: { after: 120 }, children: [sourceRun(ctx, citationOf(circular))] }));
  out.push(heading(2, [sourceRun(ctx, circular.title)]));
  // The file reference and source close the circular: they keep with its last
  // paragraph (keepNext, keepLines), so no page starts with only them.
  const src = circular.source;
  const trailer: Paragraph[] = [];
  if (circular.fileReference !== null) {
    trailer.push(new Paragraph({ spacing: { before: 240 }, keepNext: src !== null, keepLines: true, children: [new TextRun("Az.: "), sourceRun(ctx, circular.fileReference)] }));
  }
  if (src) {
    trailer.push(new Paragraph({ style: STYLE.small, keepLines: true, children: [new TextRun("Quelle: "), sourceRun(ctx, src.citation), ...(src.url ? [new TextRun(", "), sourceRun(ctx, src.url)] : []), new TextRun(excerptLabel(ctx))] }));
  }
  // Like the PDF: what the body does not place still belongs to the wording, at the end.
  const body: Block[] = [...circular.body];
  if (circular.models.length > 0 && !body.some((b) => b.type === "models")) body.push({ type: "models" });
  if (circular.publication && !body.some((b) => b.type === "publication")) body.push({ type: "publication" });
  const last = body.length - 1;
  body.forEach((block, i) => out.push(...blockToParagraphs(ctx, block, i === last && trailer.length > 0)));
  out.push(...excerptEnd(ctx), ...trailer);
  return out;
}

/**
 * A block's paragraphs. With `keep`, its last paragraph keeps with the next one
 * and is not split across pages.
 */
function blockToParagraphs(ctx: RenderContext, block: Block, keep = false): FileChild[] {
  const kept = keep ? { keepNext: true, keepLines: true } : {};
  switch (block.type) {
    case "heading":
      return [heading(block.level === 2 ? 3 : 4, [sourceRun(ctx, block.text)])];
    case "paragraph":
      // A lead-in ending in a colon stays with the list it introduces.
      return [new Paragraph({ children: [sourceRun(ctx, block.text)], ...(block.text.trimEnd().endsWith(":") ? { keepNext: true } : {}), ...kept })];
    case "quote":
      return quoteParagraphs(ctx, block, keep);
    case "table":
      return [sourceTable(ctx, block)];
    case "list":
      return block.ordered ? sourceNumberedList(ctx, block.items, SOURCE_LIST_NUMBER, keep) : bulletList(ctx, block.items, true, keep);
    case "models":
      // The circular itself lists every model, whatever options.models selects.
      return bulletList(ctx, ctx.circular.models.flatMap((m) => m.text), true, keep);
    case "publication":
      return ctx.circular.publication ? [new Paragraph({ children: [sourceRun(ctx, ctx.circular.publication.text)], ...kept })] : [];
  }
}
