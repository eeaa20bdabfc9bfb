import type { Model } from "@handreichung/content";
import { boxInner, boxPiece } from "../layout/box.js";
import type { Flow, Struct } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";
import { headingPiece } from "./heading.js";
import { listPiece } from "./list.js";
import { paragraphPiece } from "./paragraph.js";
import { modelLabel } from "@handreichung/content/data";

/** One municipal model as a tinted panel: municipality (H2), its text, its key points. */
export function modelSectionPiece(flow: Flow, model: Model): Piece {
  let sect: Struct | undefined;
  const parent = () => sect!;
  const { x, width } = boxInner(MARGIN.left, CONTENT_WIDTH);
  const inner: Piece[] = [headingPiece(flow, modelLabel(model), 2, { x, width, parent, style: STYLE.boxTitle, spaceBefore: 0 })];
  model.text.forEach((text, i) => inner.push(paragraphPiece(flow, text, { x, width, parent, spaceBefore: i === 0 ? 0 : 6, keepWithNext: false, lang: model.lang })));
  if (model.keyPoints.length > 0) {
    inner.push(paragraphPiece(flow, "Kernpunkte", { x, width, parent, style: STYLE.label, spaceBefore: 8, keepWithNext: true }));
    inner.push(listPiece(flow, model.keyPoints, false, { x, width, parent, spaceBefore: 2, lang: model.lang }));
  }
  return boxPiece(flow, inner, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    tint: COLOR.tint,
    bar: COLOR.accent,
    open: () => (sect = flow.struct("Sect")),
  });
}
