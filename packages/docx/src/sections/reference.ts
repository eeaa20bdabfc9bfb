import { type FileChild, Paragraph, TextRun } from "docx";
import type { Block } from "@handreichung/content";
import { citationOf, modelLabel, numberWord, publicationNote, selectionSentence } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { bulletList, detailLine, direction, guidance, heading, sourceParagraph, sourceRuns, textRuns } from "../paragraphs.js";
import { STYLE } from "../styles.js";
import { excerptEnd, excerptLabel, wordingNote, wordingTitle } from "../blocks/excerpt.js";
import { sourceNumberedList } from "../blocks/numbered.js";
import { SOURCE_LIST_NUMBER } from "../blocks/quote-styles.js";
import { quoteParagraphs } from "../blocks/quote.js";
import { sourceTable } from "../blocks/table.js";

/** The selected models in full: municipality, text word for word, key points. */
export function referenceModels(ctx: RenderContext): FileChild[] {
  if (ctx.models.length === 0) return [];
  const selection = selectionSentence(ctx.circular, ctx.models);
  const out: FileChild[] = [
    heading(1, [new TextRun("Referenz: Die Modelle der Mitteilung")], true),
    guidance(ctx, "Dieser Teil gibt die Modelle wörtlich aus der Mitteilung wieder. Er ist Nachschlagestoff: Ändern Sie ihn nicht; behalten Sie ihn als Anlage oder löschen Sie ihn."),
  ];
  if (selection) out.push(new Paragraph({ style: STYLE.editionNote, children: [new TextRun(ctx.cleaner.clean(selection))] }));
  for (const model of ctx.models) {
    out.push(heading(2, [...textRuns(ctx, modelLabel(model))]));
    for (const text of model.text) out.push(sourceParagraph(ctx, text, undefined, model.lang));
    if (model.keyPoints.length) {
      // The label stays with its list (direct: only here is a label followed by a list).
      out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: "Kernpunkte (wörtlich aus dem Text):", style: STYLE.strong })] }), ...bulletList(ctx, model.keyPoints, false, model.lang));
    }
  }
  return out;
}

/** The circular in reading order (an excerpt, when the published text is cut off), with its citation and file reference, then the handbook's details. */
export function referenceCircular(ctx: RenderContext): FileChild[] {
  const { circular } = ctx;
  const out: FileChild[] = [
    heading(1, [new TextRun(wordingTitle(ctx))], true),
    wordingNote(ctx),
  ];
  if (circular.category !== null) out.push(new Paragraph({ style: STYLE.small, children: [new TextRun("Mitteilungen – "), ...textRuns(ctx, circular.category)] }));
  out.push(new Paragraph({ style: STYLE.small, children: [...textRuns(ctx, citationOf(circular))] }));
  out.push(heading(2, [...textRuns(ctx, circular.title)]));
  // The file reference and source close the circular: they keep with its last
  // paragraph (keepNext, keepLines), so no page starts with only them.
  const src = circular.source;
  const trailer: Paragraph[] = [];
  if (circular.fileReference !== null) {
    trailer.push(new Paragraph({ style: STYLE.fileReference, keepNext: src !== null, children: [new TextRun("Az.: "), ...textRuns(ctx, circular.fileReference)] }));
  }
  if (src) {
    trailer.push(new Paragraph({ style: STYLE.small, keepLines: true, children: [new TextRun("Quelle: "), ...textRuns(ctx, src.citation), ...(src.url ? [new TextRun(", "), ...sourceRuns(ctx, src.url)] : []), new TextRun(excerptLabel(ctx))] }));
  }
  // Like the PDF: what the body does not place still belongs to the wording, at the end.
  const body: Block[] = [...circular.body];
  if (circular.models.length > 0 && !body.some((b) => b.type === "models")) body.push({ type: "models" });
  if (circular.publication && !body.some((b) => b.type === "publication")) body.push({ type: "publication" });
  const last = body.length - 1;
  body.forEach((block, i) => out.push(...blockToParagraphs(ctx, block, i === last && trailer.length > 0)));
  out.push(...excerptEnd(ctx), ...trailer);
  out.push(...publicationDetails(ctx));
  return out;
}

/**
 * A block's paragraphs. With `keep`, its last paragraph keeps with the next one
 * and is not split across pages (direct: only the circular's last block does).
 */
function blockToParagraphs(ctx: RenderContext, block: Block, keep = false): FileChild[] {
  const kept = keep ? { keepNext: true, keepLines: true } : {};
  switch (block.type) {
    case "heading":
      return [heading(block.level === 2 ? 3 : 4, textRuns(ctx, block.text, { lang: block.lang }), false, block.lang)];
    case "paragraph":
      // A lead-in ending in a colon stays with the list it introduces (direct: it depends on the text).
      return [new Paragraph({ children: sourceRuns(ctx, block.text, block.lang), ...direction(block.lang), ...(block.text.trimEnd().endsWith(":") ? { keepNext: true } : {}), ...kept })];
    case "quote":
      return quoteParagraphs(ctx, block, keep);
    case "table":
      return [sourceTable(ctx, block)];
    case "list":
      return block.ordered ? sourceNumberedList(ctx, block.items, SOURCE_LIST_NUMBER, keep, block.lang) : bulletList(ctx, block.items, keep, block.lang);
    case "models":
      return modelsInWording(ctx, keep);
    case "publication":
      return ctx.circular.publication ? [new Paragraph({ children: sourceRuns(ctx, ctx.circular.publication.text), ...kept })] : [];
  }
}

/**
 * The circular's own list of its models, every one of them whatever the
 * selection; with a selection, a note right after the circular's sentence
 * that introduces them says which this edition shows, and that all follow here.
 */
function modelsInWording(ctx: RenderContext, keep: boolean): FileChild[] {
  const all = ctx.circular.models;
  const selection = selectionSentence(ctx.circular, ctx.models);
  const note = selection
    ? [new Paragraph({ style: STYLE.editionNote, keepNext: true, children: [new TextRun(ctx.cleaner.clean(`${selection} Der Wortlaut der Mitteilung folgt hier mit allen ${numberWord(all.length)}.`))] })]
    : [];
  // Each model's paragraphs in its own language.
  const items = all.flatMap((m) => m.text.map((text) => ({ text, lang: m.lang })));
  return [...note, ...items.flatMap((item, i) => bulletList(ctx, [item.text], keep && i === items.length - 1, item.lang))];
}

/** The handbook's ordering details, field by field, introduced as the circular's of its year. */
function publicationDetails(ctx: RenderContext): FileChild[] {
  const pub = ctx.circular.publication;
  if (!pub) return [];
  const lines: Paragraph[] = [detailLine("Titel", [...textRuns(ctx, pub.title)])];
  if (pub.subtitles.length) {
    // The circular may name one book with different subtitles; keep each as written.
    const label = pub.subtitles.length > 1 ? "Untertitel (so in der Mitteilung genannt)" : "Untertitel";
    lines.push(detailLine(label, pub.subtitles.flatMap((s, i) => [...(i ? [new TextRun(" / ")] : []), new TextRun("„"), ...textRuns(ctx, s), new TextRun("“")])));
  }
  if (pub.author) lines.push(detailLine("Erarbeitet von", [...textRuns(ctx, pub.author)]));
  if (pub.free !== null) lines.push(detailLine("Kosten", [new TextRun(pub.free ? "kostenlos" : "kostenpflichtig")]));
  if (pub.orderAddress.length) lines.push(detailLine("Bestellanschrift", pub.orderAddress.flatMap((l, i) => [...(i ? [new TextRun(", ")] : []), ...textRuns(ctx, l)])));
  if (pub.url) lines.push(detailLine("Internet", [...sourceRuns(ctx, pub.url), ...(pub.download ? [new TextRun(" (auch als Download)")] : [])]));
  return [heading(2, [new TextRun("Das Handbuch")]), new Paragraph({ children: [new TextRun(ctx.cleaner.clean(publicationNote(ctx.circular)))] }), ...lines];
}
