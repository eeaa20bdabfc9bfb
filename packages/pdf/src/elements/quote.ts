import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, SPACE, STYLE } from "../theme.js";

const INDENT = 16;

/** Quoted text, indented behind a rule, tagged BlockQuote > P. */
export function quotePiece(flow: Flow, text: string, x: number, width: number): Piece {
  const set = flow.set(text, STYLE.quote, width - INDENT);
  return {
    height: set.height,
    firstHeight: Math.min(set.height, 2 * STYLE.quote.leading),
    spaceBefore: SPACE.paragraph + 3,
    draw() {
      const fits = set.height <= flow.pageRoom;
      if (fits) flow.ensure(set.height);
      const quote = flow.struct("BlockQuote");
      const p = flow.struct("P", quote);
      const y0 = flow.y;
      const page = flow.pageIndex;
      flow.draw(set, x + INDENT, p, "P");
      // The rule only when the quote stayed on one page; a split quote is indented alone.
      if (flow.pageIndex === page) {
        flow.artifact(() => flow.doc.rect(x + 2, y0 + 2, 2, flow.y - y0 - 4).fill(COLOR.rule), "Layout");
      }
      p.end();
      quote.end();
      flow.y += 3;
    },
  };
}
