import { type BidiLevels, bidiLevels, isOtherLanguage, isRtlLang, type LangPiece, mayReorder, mirrorOf } from "@handreichung/content/data";
import { drawGlyphRun, glyphRunWidth } from "../internals/glyph-run.js";
import { fontAscender } from "../internals/pdfkit.js";
import { chainFor, type ChainFont } from "../script/coverage.js";
import { fontRuns, type FontRun } from "../script/itemize.js";
import { type DrawRun, lineRuns } from "../script/line-runs.js";
import type { FontRole, TextStyle } from "../theme.js";
import type { Flow, Struct } from "./flow.js";
import type { LinkTags } from "./link-tags.js";
import type { Line, Measure } from "./lines.js";
import type { RunMarks } from "./runs.js";

/** A stretch of set text in another language than its block: a Span with /Lang in the structure tree. */
export interface LangSpan {
  start: number;
  end: number;
  lang: string;
}

/** What text in other scripts needs to be drawn: its fonts, its bidi levels, its language spans. */
export interface ScriptText {
  fonts: FontRun[];
  levels: BidiLevels;
  spans: LangSpan[];
  /** A right-to-left paragraph: its lines are set from the right. */
  rtl: boolean;
  /** The measure it was set in. */
  width: number;
}

const isPrimary = (font: ChainFont | null): boolean => font === null || font === "regular" || font === "italic" || font === "semibold" || font === "bold";

/** Text made safe to set, and the stand-in boxes in it by offset (see CoverageTracker#substitute). */
export interface Cleaned {
  text: string;
  substitutes: Map<number, string>;
}

/** Pieces of text, each in its language, cleaned one by one and joined; the pieces not in `blockLang` are spans. */
export function joinPieces(text: string | readonly LangPiece[], blockLang: string | undefined, clean: (s: string) => Cleaned): Cleaned & { spans: LangSpan[] } {
  if (typeof text === "string") return { ...clean(text), spans: [] };
  let out = "";
  const spans: LangSpan[] = [];
  const substitutes = new Map<number, string>();
  for (const piece of text) {
    const c = clean(piece.text);
    for (const [at, ch] of c.substitutes) substitutes.set(out.length + at, ch);
    if (piece.lang !== undefined && isOtherLanguage(piece.lang) && piece.lang !== blockLang) spans.push({ start: out.length, end: out.length + c.text.length, lang: piece.lang });
    out += c.text;
  }
  return { text: out, substitutes, spans };
}

/**
 * The script side of set text, or null when it is plain left-to-right text in
 * Source Sans 3 with no language span: that is drawn exactly as before, so a
 * German handout costs nothing more and keeps its bytes.
 */
export function analyseScript(text: string, role: FontRole, spans: LangSpan[], blockLang: string | undefined, width: number): ScriptText | null {
  const rtl = blockLang !== undefined && isRtlLang(blockLang);
  const fonts = fontRuns(text, chainFor(role));
  // Right-to-left letters, or a control that sets Latin text right to left ("\u202eMusterstadt"), need the bidi order.
  const plain = !rtl && spans.length === 0 && fonts.every((f) => f.font === role) && !mayReorder(text);
  if (plain) return null;
  return { fonts, levels: bidiLevels(text, rtl ? "rtl" : "ltr"), spans, rtl, width };
}

// A cut not loaded yet is measured at this share of an em per character; the
// renderer then loads it and sets the document again with the real widths.
const ESTIMATE_EM = 0.6;

/** The width of a run of text in its fonts (Source Sans 3 through doc.text's measure, a fallback shaped whole). */
export function runWidth(flow: Flow, font: ChainFont | null, shaped: string, style: TextStyle, rtl: boolean): number {
  const f = font ?? style.font;
  if (!flow.fonts.select(f, style.font, style.size)) return [...shaped].length * ESTIMATE_EM * style.size;
  return isPrimary(font) && !rtl ? flow.doc.widthOfString(shaped) : glyphRunWidth(flow.doc, shaped);
}

/** The width of the space between two words: in the font the chain gives it between them (Noto Sans Arabic's between Arabic words). */
export function scriptGap(flow: Flow, style: TextStyle): (before: string, after: string) => number {
  const chain = chainFor(style.font);
  const widths = new Map<ChainFont | null, number>();
  return (before, after) => {
    const around = `${before.slice(-2)} ${after.slice(0, 2)}`;
    const at = before.slice(-2).length;
    const font = fontRuns(around, chain).find((r) => r.start <= at && r.end > at)?.font ?? null;
    let w = widths.get(font);
    if (w === undefined) {
      w = runWidth(flow, font, " ", style, false);
      widths.set(font, w);
    }
    return w;
  };
}

/** A measure for line breaking: the width of a word or part of one, in the fonts of the chain. */
export function scriptMeasure(flow: Flow, style: TextStyle): Measure {
  const cache = new Map<string, number>();
  const chain = chainFor(style.font);
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      w = 0;
      for (const run of fontRuns(s, chain)) w += runWidth(flow, run.font, s.slice(run.start, run.end), style, false);
      if (s.length <= 64 && cache.size < 50_000) cache.set(s, w);
    }
    return w;
  };
}

/** The width a line of script text is drawn at, its trailing space left out. */
export function scriptLineWidth(flow: Flow, script: ScriptText, line: Line, style: TextStyle): number {
  const runs = lineRuns(script.levels, script.fonts, line.start, line.start + line.text.length);
  return runs.reduce((sum, r) => sum + runWidth(flow, r.font, r.shaped, style, r.level % 2 === 1), 0);
}

/**
 * Lines of script text that fit `width` as drawn. A word is measured on its
 * own, but digits and punctuation take the font of the text around them
 * (Noto Sans Arabic's digits inside Arabic): a line that comes out wider is
 * broken again, a little narrower, until none does.
 */
export function fitScriptLines(flow: Flow, script: ScriptText, style: TextStyle, width: number, breakAt: (width: number) => Line[]): Line[] {
  let lines = breakAt(width);
  let target = width;
  for (let tries = 0; tries < 4; tries++) {
    const over = Math.max(0, ...lines.map((line) => scriptLineWidth(flow, script, line, style) - width));
    if (over <= 0.01) break;
    target -= over;
    lines = breakAt(target);
  }
  return lines;
}

// In a right-to-left run brackets were drawn mirrored: they read as the ones written.
const readMirrored = (codePoint: number) => mirrorOf(String.fromCodePoint(codePoint)).codePointAt(0)!;

/** How one line of script text is drawn: the paragraph's structure element and the hooks of Flow#drawRun. */
export interface ScriptLineContext {
  el: Struct;
  role: string;
  openText(): void;
  closeText(): void;
  links: LinkTags;
  marks: RunMarks;
  /** Draws in the link colour and back. */
  useLinkColour(on: boolean): void;
}

/**
 * Draws one line of script text at the flow's y: the line's logical text cut
 * into runs by font, level, link, stand-in and language span; laid out in the
 * bidi algorithm's display order (from the right in a right-to-left
 * paragraph) and written in reading order. A span in another language is a
 * Span element with /Lang (PDF/UA-1 7.2).
 */
export function drawScriptLine(flow: Flow, script: ScriptText, text: string, line: Line, x: number, style: TextStyle, ctx: ScriptLineContext): void {
  const doc = flow.doc;
  const start = line.start;
  let end = start + line.text.length;
  // A trailing space keeps words apart in extracted text where the break swallowed one.
  if (line.spaceAfter && text[end] === " ") end++;
  const cuts = new Set<number>();
  for (const l of ctx.marks.links) cuts.add(l.start).add(l.end);
  for (const at of ctx.marks.substitutes.keys()) cuts.add(at).add(at + 1);
  for (const s of script.spans) cuts.add(s.start).add(s.end);
  const runs = lineRuns(script.levels, script.fonts, start, end, cuts);
  const widths = runs.map((r) => runWidth(flow, r.font, r.shaped, style, r.level % 2 === 1));
  const total = widths.reduce((a, b) => a + b, 0);
  let pen = script.rtl ? x + script.width - total : x;
  const placed = runs.map((run, i) => {
    const at = pen;
    pen += widths[i]!;
    return { run, x: at, width: widths[i]! };
  });
  doc.font(style.font).fontSize(style.size);
  const baseline = flow.y + (fontAscender(doc) / 1000) * style.size;
  let span: { lang: string; el: Struct } | undefined;
  const closeSpan = () => {
    if (span) {
      doc.endMarkedContent();
      span.el.end();
    }
    span = undefined;
  };
  for (const { run, x: at, width } of placed.sort((a, b) => a.run.start - b.run.start)) {
    const link = ctx.marks.links.find((l) => l.start <= run.start && l.end >= run.end);
    const lang = script.spans.find((s) => s.start <= run.start && s.end >= run.end)?.lang;
    const draw = () => drawRun(flow, run, at, baseline, style, ctx.marks.substitutes.get(run.start));
    if (link) {
      closeSpan();
      ctx.closeText();
      ctx.links.draw(link, run.end, { x: at, y: flow.y, width, height: style.leading }, () => {
        ctx.useLinkColour(true);
        draw();
      });
      ctx.useLinkColour(false);
    } else if (lang !== undefined) {
      if (span?.lang !== lang) {
        closeSpan();
        ctx.closeText();
        const el = flow.struct("Span", ctx.el, { lang });
        el.add(doc.markStructureContent("Span"));
        span = { lang, el };
      }
      draw();
    } else {
      closeSpan();
      ctx.openText();
      draw();
    }
  }
  closeSpan();
  if (line.hyphen) {
    ctx.closeText();
    flow.artifact(() => {
      doc.font(style.font).fontSize(style.size);
      doc.text("-", script.rtl ? x + script.width - total - doc.widthOfString("-") : x + total, flow.y, { lineBreak: false });
    });
  }
}

/** One run: Source Sans 3 left to right through doc.text, everything else glyph by glyph; a stand-in box reads as its character (in an artifact, `mark` false, nothing is read). */
export function drawRun(flow: Flow, run: DrawRun, x: number, baseline: number, style: TextStyle, actual: string | undefined, mark = true): void {
  const doc = flow.doc;
  // A cut still loading draws nothing: this pass is measured again once it is there.
  if (!flow.fonts.select(run.font ?? style.font, style.font, style.size)) return;
  const readAs = mark ? (actual ?? (run.reversed ? run.logical : undefined)) : undefined;
  if (readAs !== undefined) doc.markContent("Span", { actual: readAs } as never);
  const rtl = run.level % 2 === 1;
  if (isPrimary(run.font) && !rtl) doc.text(run.shaped, x, baseline, { lineBreak: false, baseline: "alphabetic" });
  else drawGlyphRun(doc, run.shaped, x, baseline, rtl ? readMirrored : undefined);
  if (readAs !== undefined) doc.endMarkedContent();
}
