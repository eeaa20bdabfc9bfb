import type { Circular } from "@handreichung/content";
import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";
import { headingPiece } from "./heading.js";
import { paragraphPiece } from "./paragraph.js";
import { rulePiece } from "./rule.js";

export interface TitleMeta {
  citation: string;
  /** "Stand" date, already formatted, or null to leave it out. */
  stand: string | null;
}

/** Issuer, series and category, the title (H1), then citation, Az. and Stand; lines with no data are left out. */
export function titleBlockPieces(flow: Flow, circular: Circular, meta: TitleMeta): Piece[] {
  const x = MARGIN.left;
  const width = CONTENT_WIDTH;
  const pieces: Piece[] = [paragraphPiece(flow, circular.issuer, { x, width, style: STYLE.issuer, spaceBefore: 0, keepWithNext: true, strict: true })];
  if (circular.category !== null) {
    pieces.push(paragraphPiece(flow, `Mitteilungen – ${circular.category}`, { x, width, style: STYLE.meta, spaceBefore: 1, keepWithNext: true }));
  }
  pieces.push(headingPiece(flow, circular.title, 1, { x, width, spaceBefore: 12 }));
  const facts = [meta.citation];
  if (circular.fileReference !== null) facts.push(`Az.: ${circular.fileReference}`);
  if (meta.stand !== null) facts.push(`Stand: ${meta.stand}`);
  pieces.push(paragraphPiece(flow, facts.join("\u00a0\u00a0·\u00a0 "), { x, width, style: STYLE.meta, spaceBefore: 2, keepWithNext: false }));
  pieces.push(rulePiece(flow, 12, 10));
  return pieces;
}
