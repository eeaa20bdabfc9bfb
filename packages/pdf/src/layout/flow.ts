import type PDFDocument from "pdfkit";
import { CoverageTracker } from "../text/coverage.js";
import { findLinks } from "../text/links.js";
import { sanitize } from "../text/sanitize.js";
import { COLOR, MARGIN, PAGE, type FontRole, type TextStyle } from "../theme.js";
import { LinkTags } from "./link-tags.js";
import { breakLines, type BreakOptions, type Line } from "./lines.js";
import { lineRuns, NO_MARKS, type Run, type RunMarks } from "./runs.js";
import { isOtherLanguage, type LangPiece } from "@handreichung/content/data";
import { DocumentFonts } from "../script/document-fonts.js";
import { analyseScript, drawScriptLine, fitScriptLines, joinPieces, scriptGap, scriptMeasure, type ScriptText } from "./script-text.js";

type Doc = InstanceType<typeof PDFDocument>;
export type Struct = PDFKit.PDFStructureElement;
/** A parent element, or a function giving it once it exists (boxes create theirs only when drawn). */
export type Parent = Struct | (() => Struct);

export interface StructOptions {
  alt?: string;
  title?: string;
  lang?: string;
  /** Layout box in page coordinates from the top left: x1, y1, x2, y2. */
  bbox?: [number, number, number, number];
}

/** Lines of one text, set in one style and width. */
export interface SetText {
  lines: Line[];
  style: TextStyle;
  height: number;
  /** Links and stand-in characters, by offset in the set text. */
  marks: RunMarks;
  /** The set text itself (after cleaning and stand-ins). */
  text: string;
  /** Fonts, direction and language spans of text in other scripts; null for plain left-to-right Source Sans 3. */
  script: ScriptText | null;
}

/** How a text is set besides its style: the language of its block (BCP 47), when it is not German. */
export interface SetOptions extends BreakOptions {
  lang?: string | undefined;
}

/** Structure options naming a block's language when it is not German (PDF/UA-1 7.2: /Lang on the element). */
export function langOptions(lang: string | undefined): StructOptions {
  return isOtherLanguage(lang) ? { lang } : {};
}

/**
 * The cursor that lays content down page after page. It owns every page
 * break, so headings, boxes and list items can be measured and kept together
 * before anything is drawn, and marked content is never left open across pages.
 */
export class Flow {
  y: number = MARGIN.topFirst;
  pageIndex = 0;
  readonly bottom = PAGE.height - MARGIN.bottom;
  /** Control and formatting characters removed from the content. */
  readonly removed = new Set<string>();
  /** Whether an H2 follows the last H1, so an H3 may be tagged as such. */
  seenH2 = false;
  /** Source Sans 3 and the fallback fonts this document has used. */
  readonly fonts: DocumentFonts;
  private outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];

  /**
   * `widths`: the widths of words at 1 pt by cut, this document's own over
   * those documents share (fonts.ts, wordWidths).
   */
  constructor(
    readonly doc: Doc,
    readonly root: Struct,
    readonly coverage: CoverageTracker,
    private readonly widths: Readonly<Record<FontRole, Record<string, number>>>,
  ) {
    this.fonts = new DocumentFonts(doc);
  }

  get top(): number {
    return this.pageIndex === 0 ? MARGIN.topFirst : MARGIN.top;
  }

  /** The usable height of a fresh page. */
  get pageRoom(): number {
    return this.bottom - MARGIN.top;
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.pageIndex++;
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits here (or we are at the top already). */
  ensure(height: number): void {
    if (height > this.remaining() + 0.01 && !this.atTop()) this.newPage();
  }

  /** Adds vertical space, but never carries it over to the top of a new page. */
  gap(height: number): void {
    if (!this.atTop()) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Sets font, size and colour of `style`, for drawing text. */
  use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  /** Sets font and size of `style`, for measuring text, which needs no colour. */
  measureIn(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  /**
   * Breaks `text` into lines of at most `width` points in `style`. Pieces in
   * another language than the block's (`options.lang`) become Span elements
   * with /Lang; text in other scripts is set in the fallback fonts and, in a
   * right-to-left block, from the right. With `strict` (names of offices
   * and places) lines never break within three letters of a compound's joint.
   */
  set(text: string | readonly LangPiece[], style: TextStyle, width: number, options: SetOptions = {}): SetText {
    const joined = joinPieces(text, options.lang, (piece) => {
      const clean = sanitize(piece, this.removed);
      this.coverage.check(clean);
      // A character no font has is shown as a box (never as .notdef, which PDF/A and PDF/UA forbid) and read as itself.
      return this.coverage.substitute(clean);
    });
    const { text: shown, substitutes: stands } = joined;
    this.measureIn(style);
    const script = analyseScript(shown, style.font, joined.spans, options.lang, width);
    let measure: (s: string) => number;
    if (script) measure = scriptMeasure(this, style);
    else {
      const cache = this.widths[style.font];
      measure = (s: string) => {
        let w = cache[s];
        if (w === undefined) {
          w = this.doc.widthOfString(s) / style.size;
          if (s.length <= 64) cache[s] = w;
        }
        return w * style.size;
      };
    }
    this.measureIn(style);
    const lines = script
      ? fitScriptLines(this, script, style, width, (w) => breakLines(shown, w, measure, { ...options, gap: scriptGap(this, style), hyphenate: !script.rtl }))
      : breakLines(shown, width, measure, options);
    const links = findLinks(shown);
    const marks = links.length > 0 || stands.size > 0 ? { links, substitutes: stands } : NO_MARKS;
    return { lines, style, height: lines.length * style.leading, marks, text: shown, script };
  }

  /** A new structure element under `parent` (the Document root by default). */
  struct(type: string, parent: Parent = this.root, options: StructOptions = {}): Struct {
    const el = this.doc.struct(type, options as never);
    (typeof parent === "function" ? parent() : parent).add(el);
    return el;
  }

  /** Draws decoration (rules, boxes, hyphens) that assistive technology must skip. */
  artifact(draw: () => void, type?: "Pagination" | "Layout"): void {
    this.doc.markContent("Artifact", type ? { type } : {});
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Draws set lines as content of `el` at `x`, breaking pages between lines
   * with at least two lines on either side of a break.
   */
  draw(text: SetText, x: number, el: Struct, role: string, keepTogether = false): void {
    const { lines, style } = text;
    if (keepTogether && text.height <= this.pageRoom) this.ensure(text.height);
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let n = Math.min(left, Math.floor((this.remaining() + 0.01) / style.leading));
      if (n < left) {
        if (i === 0 && n < 2) n = 0; // no orphan
        else if (left - n < 2) n = left - 2; // no widow
      }
      if (n <= 0) {
        if (this.atTop()) n = Math.min(left, Math.max(1, n));
        else {
          this.newPage();
          continue;
        }
      }
      this.drawRun(lines.slice(i, i + n), text, x, el, role);
      i += n;
      if (i < lines.length) this.newPage();
    }
  }

  private drawRun(lines: Line[], text: SetText, x: number, el: Struct, role: string): void {
    const { style, marks } = text;
    const doc = this.doc;
    // Links are tagged per page: a Link element's object references name the page it is on.
    const links = new LinkTags(this, el);
    let open = false;
    const openText = () => {
      if (!open) el.add(doc.markStructureContent(role));
      open = true;
    };
    const closeText = () => {
      if (open) doc.endMarkedContent();
      open = false;
    };
    for (const line of lines) {
      this.use(style);
      if (text.script) {
        drawScriptLine(this, text.script, text.text, line, x, style, {
          el,
          role,
          openText,
          closeText,
          links,
          marks,
          useLinkColour: (on) => this.use(on ? { ...style, color: COLOR.accent } : style),
        });
        this.y += style.leading;
        continue;
      }
      // A trailing space keeps words apart in extracted text where the break
      // swallowed one, also at a hard line break ("…des Landes NRW" /
      // "Broschürenstelle"); a word split at a hyphen or inside an address
      // reads as one ("NRW-Mitteilung"), and added hyphens are artifacts.
      const shown = line.spaceAfter ? `${line.text} ` : line.text;
      const runs = shown ? lineRuns(shown, line.start, marks) : [];
      let dx = 0;
      let offset = line.start;
      for (const run of runs) {
        const width = runs.length === 1 ? line.width : doc.widthOfString(run.text);
        const runX = x + dx;
        offset += run.text.length;
        if (run.link) {
          closeText();
          links.draw(run.link, offset, { x: runX, y: this.y, width, height: style.leading }, () => {
            // Links in the accent colour, so a reader on screen sees what can be clicked.
            this.use({ ...style, color: COLOR.accent });
            this.drawText(run, runX);
          });
          this.use(style);
        } else {
          openText();
          this.drawText(run, runX);
        }
        dx += width;
      }
      if (line.hyphen) {
        closeText();
        this.artifact(() => {
          doc.text("-", x + line.width, this.y, { lineBreak: false });
        });
      }
      this.y += style.leading;
    }
    closeText();
    links.end();
  }

  /** One run of a line: plain text, or a stand-in box that reads as the character it replaces. */
  private drawText(run: Run, x: number): void {
    if (run.actual !== undefined) this.doc.markContent("Span", { actual: run.actual } as never);
    this.doc.text(run.text, x, this.y, { lineBreak: false });
    if (run.actual !== undefined) this.doc.endMarkedContent();
  }

  /** A bookmark for a heading, nested by level (1 = title). */
  bookmark(title: string, level: number): void {
    while (this.outlineStack.length && this.outlineStack[this.outlineStack.length - 1]!.level >= level) this.outlineStack.pop();
    const parent = this.outlineStack[this.outlineStack.length - 1]?.item ?? this.doc.outline;
    const clean = sanitize(title, this.removed);
    // pdfkit measures XYZ destinations from the far page edges: left = width - left, top = height - top.
    const options = { expanded: true, fit: false, left: PAGE.width, top: Math.max(0, this.y - 8), zoom: 0 };
    const item = parent.addItem(clean, options as { expanded: boolean });
    this.outlineStack.push({ level, item });
  }
}

