import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, CONTENT_WIDTH, MARGIN } from "../theme.js";

/** The divider under the title block: a thin full-width line with a short accent bar. */
export function rulePiece(flow: Flow, spaceBefore: number, spaceAfter: number): Piece {
  return {
    height: 3 + spaceAfter,
    firstHeight: 3,
    spaceBefore,
    draw() {
      const y = flow.y;
      flow.artifact(() => {
        flow.doc.rect(MARGIN.left, y + 1, CONTENT_WIDTH, 0.75).fill(COLOR.rule);
        flow.doc.rect(MARGIN.left, y, 56, 3).fill(COLOR.accent);
      }, "Layout");
      flow.y += 3 + spaceAfter;
    },
  };
}
