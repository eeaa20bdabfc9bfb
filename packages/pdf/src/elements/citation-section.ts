import type { Circular } from "@handreichung/content";
import { excerptWording } from "@handreichung/content/data";
import type { Flow, Struct } from "../layout/flow.js";
import { drawPieces, stackHeight, type Piece } from "../layout/piece.js";
import { CONTENT_WIDTH, MARGIN, SPACE } from "../theme.js";
import { detailRowPiece } from "./detail-row.js";
import { headingPiece } from "./heading.js";

/**
 * "Fundstelle": how to cite and find the circular — issuer, citation, category,
 * Az. and address — so a forwarded or printed handout still says where it
 * comes from. Kept on one page; every handout ends with it.
 */
export function citationSectionPiece(flow: Flow, circular: Circular, citation: string): Piece {
  let sect: Struct | undefined;
  const parent = () => sect!;
  const x = MARGIN.left;
  const width = CONTENT_WIDTH;
  const inner: Piece[] = [headingPiece(flow, "Fundstelle", 2, { x, width, parent, spaceBefore: 0 })];
  const row = (label: string, value: string) => inner.push(detailRowPiece(flow, label, value, { x, width, parent, spaceBefore: inner.length === 1 ? 0 : 3 }));
  row("Herausgeber", circular.issuer);
  row("Mitteilung", citation);
  if (circular.category !== null) row("Kategorie", circular.category);
  if (circular.fileReference !== null) row("Aktenzeichen", circular.fileReference);
  const excerpt = excerptWording(circular);
  if (excerpt) row("Umfang", `${excerpt.scope} „${excerpt.lastWords}“`);
  if (circular.source?.url) row("Internet", circular.source.url);
  const height = stackHeight(inner);
  return {
    height,
    firstHeight: height,
    spaceBefore: SPACE.beforeH2,
    draw() {
      if (height <= flow.pageRoom) flow.ensure(height);
      sect = flow.struct("Sect");
      drawPieces(flow, inner, true);
      sect.end();
    },
  };
}
