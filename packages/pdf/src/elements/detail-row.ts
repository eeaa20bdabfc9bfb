import type { LangPiece } from "@handreichung/content/data";
import type { Flow, Parent } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { STYLE } from "../theme.js";

const LABEL_WIDTH = 92;

/** "Label   value" in two columns, tagged as one paragraph so it reads "Label: value". */
export function detailRowPiece(flow: Flow, label: string, value: string | readonly LangPiece[], opts: { x: number; width: number; parent?: Parent; spaceBefore?: number }): Piece {
  const labelSet = flow.set(label, STYLE.label, LABEL_WIDTH - 6);
  // The label's last line carries a trailing space so label and value stay apart in extracted text.
  const lastLabel = labelSet.lines[labelSet.lines.length - 1];
  if (lastLabel) lastLabel.spaceAfter = true;
  // Values are names, addresses and citations: hyphenated only clear of compound joints.
  const valueSet = flow.set(value, STYLE.body, opts.width - LABEL_WIDTH, { strict: true });
  const height = Math.max(labelSet.lines.length * STYLE.body.leading, valueSet.height);
  return {
    height,
    firstHeight: height,
    spaceBefore: opts.spaceBefore ?? 3,
    draw() {
      if (height <= flow.pageRoom) flow.ensure(height);
      const el = flow.struct("P", opts.parent);
      const y0 = flow.y;
      // Label lines share the value's baseline grid.
      const label = { ...labelSet, style: { ...labelSet.style, leading: STYLE.body.leading } };
      flow.y += 1;
      flow.draw(label, opts.x, el, "P");
      flow.y = y0;
      flow.draw(valueSet, opts.x + LABEL_WIDTH, el, "P");
      flow.y = Math.max(flow.y, y0 + height);
      el.end();
    },
  };
}
