import { SPACE } from "../theme.js";
import type { Flow, Struct } from "./flow.js";
import { drawPieces, stackHeight, type Piece } from "./piece.js";

export const BOX_BAR = 3;

export interface BoxOptions {
  x: number;
  width: number;
  tint: string;
  bar: string;
  /** The structure element that groups the box's content (e.g. a Sect). */
  open: () => Struct;
  spaceBefore?: number;
}

/** Where the content of a box goes. */
export function boxInner(x: number, width: number): { x: number; width: number } {
  return { x: x + BOX_BAR + SPACE.boxPadding, width: width - BOX_BAR - 2 * SPACE.boxPadding };
}

/**
 * A tinted panel with an accent bar, kept on one page. A box taller than a
 * page cannot be kept: it gets a top rule instead and flows like body text.
 */
export function boxPiece(flow: Flow, inner: Piece[], opts: BoxOptions): Piece {
  const pad = SPACE.boxPadding;
  const height = stackHeight(inner) + 2 * pad;
  const fits = height <= flow.pageRoom;
  return {
    height,
    firstHeight: fits ? height : pad + (inner[0]?.firstHeight ?? 0),
    spaceBefore: opts.spaceBefore ?? SPACE.boxGap,
    draw() {
      const doc = flow.doc;
      if (fits) flow.ensure(height);
      else flow.ensure(pad + (inner[0]?.height ?? 0) + (inner[1]?.firstHeight ?? 0));
      const y0 = flow.y;
      flow.artifact(() => {
        if (fits) {
          doc.rect(opts.x, y0, opts.width, height).fill(opts.tint);
          doc.rect(opts.x, y0, BOX_BAR, height).fill(opts.bar);
        } else {
          doc.rect(opts.x, y0, opts.width, 1.5).fill(opts.bar);
        }
      }, "Layout");
      flow.y += pad;
      const el = opts.open();
      drawPieces(flow, inner, true);
      el.end();
      if (fits) flow.y = y0 + height;
      else flow.y += pad;
    },
  };
}
