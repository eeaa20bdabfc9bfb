import type { QuoteContentBlock } from "@handreichung/content";
import { isRtlLang } from "@handreichung/content/data";
import { type Flow, langOptions, type Struct } from "../layout/flow.js";
import { drawPieces, stackHeight, type Piece } from "../layout/piece.js";
import { COLOR, SPACE, STYLE, type TextStyle } from "../theme.js";
import { listPiece } from "./list.js";
import { paragraphPiece } from "./paragraph.js";
import { tablePiece } from "./table.js";

const INDENT = 16;
const HEADING: TextStyle = { ...STYLE.quote, font: "semibold" };

/**
 * A sub-heading inside a quotation, tagged H2 or H3 (whichever follows the
 * headings before it without skipping a level) and bookmarked at that level,
 * like every heading of the handout.
 */
function quoteHeadingPiece(flow: Flow, text: string, x: number, width: number, parent: () => Struct, spaceBefore: number, lang: string | undefined): Piece {
  const set = flow.set(text, HEADING, width, { lang });
  return {
    height: set.height + 2,
    firstHeight: set.height + 2,
    spaceBefore,
    keepWithNext: true,
    draw() {
      const role = flow.seenH2 ? "H3" : "H2";
      if (role === "H2") flow.seenH2 = true;
      flow.bookmark(text, role === "H2" ? 2 : 3);
      const el = flow.struct(role, parent, langOptions(lang));
      flow.draw(set, x, el, role, true);
      el.end();
      flow.y += 2;
    },
  };
}

/**
 * Quoted text, indented behind a rule and tagged BlockQuote holding what the
 * quotation holds: P for its paragraphs, L for its numbered points, H2/H3 for
 * its sub-headings, Table for its tables. A short quotation stays on one page;
 * a long one breaks between its lines, the rule drawn on every page it covers.
 */
export function blockQuotePiece(flow: Flow, blocks: readonly QuoteContentBlock[], x: number, width: number, quoteLang?: string): Piece {
  let quote: Struct | undefined;
  const parent = () => quote!;
  // A right-to-left quotation has its rule on the right, where its lines begin.
  const rtl = quoteLang !== undefined && isRtlLang(quoteLang);
  const innerX = rtl ? x : x + INDENT;
  const innerWidth = width - INDENT;
  const inner: Piece[] = blocks.map((block, i): Piece => {
    const spaceBefore = i === 0 ? 0 : SPACE.paragraph - 2;
    // A block inside names its own language, or is in the quotation's.
    const lang = block.lang ?? quoteLang;
    switch (block.type) {
      case "paragraph":
        return paragraphPiece(flow, block.text, { x: innerX, width: innerWidth, parent, style: STYLE.quote, spaceBefore, keepWithNext: false, lang });
      case "heading":
        return quoteHeadingPiece(flow, block.text, innerX, innerWidth, parent, i === 0 ? 0 : SPACE.beforeH3, lang);
      case "list":
        return listPiece(flow, block.items, block.ordered, { x: innerX, width: innerWidth, parent, style: STYLE.quote, spaceBefore, lang });
      case "table":
        return tablePiece(flow, block, { x: innerX, width: innerWidth, parent, spaceBefore, lang });
    }
  });
  const height = stackHeight(inner);
  return {
    height,
    firstHeight: Math.min(height, inner[0]?.firstHeight ?? 0),
    spaceBefore: SPACE.paragraph + 3,
    draw() {
      if (height <= flow.pageRoom) flow.ensure(height);
      quote = flow.struct("BlockQuote", undefined, langOptions(quoteLang));
      // The rule beside the quotation, one stretch per page: drawn whenever the page ends under it.
      let top = flow.y;
      const rule = (bottom: number) => {
        if (bottom - top > 4) flow.artifact(() => flow.doc.rect(rtl ? x + width - 4 : x + 2, top + 2, 2, bottom - top - 4).fill(COLOR.rule), "Layout");
      };
      const newPage = flow.newPage;
      flow.newPage = () => {
        rule(flow.y);
        newPage.call(flow);
        top = flow.y;
      };
      try {
        drawPieces(flow, inner, true);
      } finally {
        flow.newPage = newPage;
      }
      rule(flow.y);
      quote.end();
      flow.y += 3;
    },
  };
}
