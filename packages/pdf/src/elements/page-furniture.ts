import type { Flow } from "../layout/flow.js";
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, STYLE, type TextStyle } from "../theme.js";
import { sanitize } from "../text/sanitize.js";

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
      flow.use(STYLE.footer);
      const labelW = doc.widthOfString(pageLabel);
      doc.rect(MARGIN.left, FOOTER_Y - 7, CONTENT_WIDTH, 0.5).fill(COLOR.rule);
      flow.use(STYLE.footer);
      doc.text(fit(flow, f.footerLeft, STYLE.footer, CONTENT_WIDTH - labelW - 24), MARGIN.left, FOOTER_Y, { lineBreak: false });
      doc.text(pageLabel, MARGIN.left + CONTENT_WIDTH - labelW, FOOTER_Y, { lineBreak: false });
      if (i > 0) {
        const half = CONTENT_WIDTH / 2 - 12;
        const right = fit(flow, f.headerRight, STYLE.footer, half);
        flow.use(STYLE.footer);
        const rightW = doc.widthOfString(right);
        doc.text(fit(flow, f.headerLeft, STYLE.footer, half), MARGIN.left, HEADER_Y, { lineBreak: false });
        flow.use(STYLE.footer);
        doc.text(right, MARGIN.left + CONTENT_WIDTH - rightW, HEADER_Y, { lineBreak: false });
        doc.rect(MARGIN.left, HEADER_Y + 14, CONTENT_WIDTH, 0.5).fill(COLOR.rule);
      }
    }, "Pagination");
  }
}

/** The text cut with an ellipsis to fit `width`: header and footer are one line each. */
function fit(flow: Flow, text: string, style: TextStyle, width: number): string {
  const checked = sanitize(text, flow.removed).replace(/\n/g, " ");
  flow.coverage.check(checked);
  // Artifacts too must never show .notdef: missing characters become boxes.
  const clean = flow.coverage.substitute(checked).text;
  flow.use(style);
  const doc = flow.doc;
  if (doc.widthOfString(clean) <= width) return clean;
  const chars = Array.from(clean);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.widthOfString(chars.slice(0, mid).join("") + "…") <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("").trimEnd() + "…";
}
