import type { ExcerptWording } from "@handreichung/content";
import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { SPACE, STYLE } from "../theme.js";
import { paragraphPiece } from "./paragraph.js";

/** After the body of a cut-off text: where the published text stops, so the handout never reads as complete. */
export function excerptEndPiece(flow: Flow, wording: ExcerptWording, x: number, width: number): Piece {
  return paragraphPiece(flow, wording.end, { x, width, style: { ...STYLE.small, font: "italic" }, spaceBefore: SPACE.paragraph, keepWithNext: false });
}
