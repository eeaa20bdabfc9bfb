import { Footer, Header, ImageRun, PageNumber, Paragraph, type ParagraphChild, TabStopType, TextRun } from "docx";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "./context.js";
import { scaffoldRuns, sourceRun } from "./paragraphs.js";
import { STYLE } from "./styles.js";
import { TEXT_WIDTH } from "./tables.js";

/** Logo height in the header, in pixels at 96 dpi (about 1.1 cm). */
const LOGO_HEIGHT = 42;

function logoRun(ctx: RenderContext): ParagraphChild[] {
  const logo = ctx.options.logo;
  if (!logo || logo.width <= 0 || logo.height <= 0) return [];
  const width = Math.round((logo.width / logo.height) * LOGO_HEIGHT);
  const alt = ctx.cleaner.clean(logo.alt);
  return [
    new ImageRun({
      type: logo.format === "png" ? "png" : "jpg",
      data: logo.data,
      transformation: { width: Math.min(width, 200), height: LOGO_HEIGHT },
      // A fixed id: docx counts drawings across documents, which would break determinism.
      altText: { id: "1", name: "Logo", title: alt, description: alt },
    }),
    new TextRun("  "),
  ];
}

/** Header: logo and municipality left, the document's name right. */
export function header(ctx: RenderContext): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [...logoRun(ctx), ...scaffoldRuns(ctx, "{{kommune}}"), new TextRun("\t"), sourceRun(ctx, ctx.circular.title), new TextRun(" – Arbeitsvorlage")],
      }),
    ],
  });
}

/** Footer: the source left, "Seite X von Y" (PAGE and NUMPAGES fields) right. */
export function footer(ctx: RenderContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun("Grundlage: "),
          sourceRun(ctx, citationOf(ctx.circular)),
          new TextRun({ children: ["\tSeite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
