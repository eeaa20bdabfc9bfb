import { Footer, Header, ImageRun, PageNumber, Paragraph, type ParagraphChild, TextRun } from "docx";
import { citationOf } from "@handreichung/content/data";
import type { RenderContext } from "./context.js";
import { field, textRuns } from "./paragraphs.js";
import { STYLE } from "./styles.js";

/** Logo height in the header, in pixels at 96 dpi (about 0.9 cm). */
const HEADER_LOGO_HEIGHT = 34;
/** The largest the logo is on the cover, in pixels at 96 dpi (4 cm high, 8 cm wide). */
const COVER_LOGO = { width: 302, height: 151 };

/**
 * The logo scaled to fit `box`, as an inline image with its alt text. `id`
 * is fixed per place: docx counts drawings across documents, which would break determinism.
 */
export function logoImage(ctx: RenderContext, box: { width: number; height: number }, id: string): ImageRun | undefined {
  const logo = ctx.options.logo;
  if (!logo || logo.width <= 0 || logo.height <= 0) return undefined;
  const scale = Math.min(box.width / logo.width, box.height / logo.height);
  const alt = ctx.cleaner.clean(logo.alt);
  return new ImageRun({
    type: logo.format === "png" ? "png" : "jpg",
    data: logo.data,
    transformation: { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) },
    altText: { id, name: "Logo", title: alt, description: alt },
  });
}

/** The cover's logo, large. */
export function coverLogo(ctx: RenderContext): ImageRun | undefined {
  return logoImage(ctx, COVER_LOGO, "2");
}

/** Header: logo and municipality left, the circular's title right (the right tab is in the header style). */
export function header(ctx: RenderContext): Header {
  const logo = logoImage(ctx, { width: 200, height: HEADER_LOGO_HEIGHT }, "1");
  const children: ParagraphChild[] = [...(logo ? [logo, new TextRun("  ")] : []), field(ctx, "kommune", "Name der Kommune"), new TextRun("\t"), ...textRuns(ctx, ctx.circular.title)];
  return new Header({ children: [new Paragraph({ style: STYLE.header, children })] });
}

/** Footer: the source left, "Seite X von Y" (PAGE and NUMPAGES fields) right. */
export function footer(ctx: RenderContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun("Grundlage: "), ...textRuns(ctx, citationOf(ctx.circular)), new TextRun({ children: ["\tSeite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The cover's header and footer: empty (the title page is different). */
export const emptyHeader = () => new Header({ children: [new Paragraph({ children: [] })] });
export const emptyFooter = () => new Footer({ children: [new Paragraph({ children: [] })] });
