import { type Flow, langOptions, type Parent } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { isRtlLang } from "@handreichung/content/data";
import { COLOR, SPACE, STYLE, type TextStyle } from "../theme.js";

export interface ListOptions {
  x: number;
  width: number;
  parent?: Parent;
  style?: TextStyle;
  spaceBefore?: number;
  /** The list's language when it is not German (BCP 47). */
  lang?: string | undefined;
}

/** A bulleted or numbered list tagged L > LI > (Lbl, LBody); an item never breaks across pages if it fits on one. */
export function listPiece(flow: Flow, items: readonly string[], ordered: boolean, opts: ListOptions): Piece {
  const style = opts.style ?? STYLE.body;
  const labelStyle: TextStyle = { ...style, color: ordered ? style.color : COLOR.accent };
  flow.measureIn(style);
  const labels = items.map((_, i) => (ordered ? `${i + 1}.` : "•"));
  const indent = ordered ? flow.doc.widthOfString(`${items.length}.`) + 8 : 13;
  const rtl = opts.lang !== undefined && isRtlLang(opts.lang);
  const bodies = items.map((item) => flow.set(item, style, opts.width - indent, { lang: opts.lang }));
  const heights = bodies.map((b) => b.height);
  const height = heights.reduce((s, h) => s + h, 0) + SPACE.listItem * Math.max(0, items.length - 1);
  return {
    height,
    firstHeight: heights[0] ?? 0,
    spaceBefore: opts.spaceBefore ?? SPACE.paragraph - 2,
    draw() {
      const list = flow.struct("L", opts.parent, langOptions(opts.lang));
      bodies.forEach((body, i) => {
        if (i > 0) flow.gap(SPACE.listItem);
        if (body.height <= flow.pageRoom) flow.ensure(body.height);
        const li = flow.struct("LI", list);
        const lbl = flow.struct("Lbl", li);
        const y0 = flow.y;
        const label = flow.set(labels[i]!, labelStyle, indent);
        // A right-to-left list has its labels on the right, where its lines begin.
        const labelX = rtl ? opts.x + opts.width - label.lines[0]!.width - (ordered ? 0 : 2) : ordered ? opts.x : opts.x + 2;
        flow.draw(label, labelX, lbl, "Lbl");
        lbl.end();
        flow.y = y0;
        const lbody = flow.struct("LBody", li);
        flow.draw(body, rtl ? opts.x : opts.x + indent, lbody, "LBody");
        lbody.end();
        li.end();
      });
      list.end();
    },
  };
}
