import type { Flow } from "./flow.js";

/**
 * A measured unit of content. Measuring before drawing is what lets a heading
 * move to the next page with its first lines instead of being stranded.
 */
export interface Piece {
  /** Height of the whole piece, without `spaceBefore`. */
  height: number;
  /** The height that must share a page with whatever is kept with this piece. */
  firstHeight: number;
  spaceBefore: number;
  /** Keep on one page with the start of the next piece. */
  keepWithNext?: boolean;
  draw(): void;
}

/** Total height of pieces stacked one after another. */
export function stackHeight(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p, i) => sum + (i === 0 ? 0 : p.spaceBefore) + p.height, 0);
}

/** Draws pieces in order, moving a piece to the next page when it must stay with the next one. */
export function drawPieces(flow: Flow, pieces: readonly Piece[], skipFirstSpace = false): void {
  pieces.forEach((p, i) => {
    if (i > 0 || !skipFirstSpace) flow.gap(p.spaceBefore);
    const next = pieces[i + 1];
    if (p.keepWithNext && next) {
      const need = p.height + next.spaceBefore + next.firstHeight;
      if (need <= flow.pageRoom) flow.ensure(need);
    }
    p.draw();
  });
}
