import type { Flow } from "../layout/flow.js";
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, STYLE } from "../theme.js";
import { drawFurnitureText } from "./furniture-text.js";

export interface Furniture {
  /** Left of the running header from page 2 on (the title). */
  headerLeft: string;
  /** Right of the running header (the municipality or the issuer). */
  headerRight: string;
  /** Left of the footer: the source citation. */
  footerLeft: string;
}

// The footer's baseline area sits 46 pt above the page's foot, below the text area (MARGIN.bottom).
const FOOTER_Y = PAGE.height - 46;
const HEADER_Y = 40;

/**
 * Running header, footer and "Seite X von Y" on every page, drawn last (the
 * page count is known only then) and marked as pagination artifacts so screen
 * readers do not read them between paragraphs.
 */
export function drawPageFurniture(flow: Flow, f: Furniture): void {
  const doc = flow.doc;
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const pageLabel = `Seite ${i + 1} von ${count}`;
    flow.artifact(() => {
      flow.measureIn(STYLE.footer);
      const labelW = doc.widthOfString(pageLabel);
      doc.rect(MARGIN.left, FOOTER_Y - 7, CONTENT_WIDTH, 0.5).fill(COLOR.rule);
      drawFurnitureText(flow, f.footerLeft, STYLE.footer, MARGIN.left, FOOTER_Y, CONTENT_WIDTH - labelW - 24);
      flow.use(STYLE.footer);
      doc.text(pageLabel, MARGIN.left + CONTENT_WIDTH - labelW, FOOTER_Y, { lineBreak: false });
      if (i > 0) {
        const half = CONTENT_WIDTH / 2 - 12;
        drawFurnitureText(flow, f.headerLeft, STYLE.footer, MARGIN.left, HEADER_Y, half);
        drawFurnitureText(flow, f.headerRight, STYLE.footer, MARGIN.left + CONTENT_WIDTH - half, HEADER_Y, half, true);
        doc.rect(MARGIN.left, HEADER_Y + 14, CONTENT_WIDTH, 0.5).fill(COLOR.rule);
      }
    }, "Pagination");
  }
}
