import { type Flow, langOptions, type Parent } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { SPACE, STYLE, type TextStyle } from "../theme.js";

export interface HeadingOptions {
  x: number;
  width: number;
  parent?: Parent;
  style?: TextStyle;
  spaceBefore?: number;
  /** The heading's language when it is not German (BCP 47). */
  lang?: string | undefined;
}

/** A heading tagged H1–H3, bookmarked, and always kept with what follows it. */
export function headingPiece(flow: Flow, text: string, level: 1 | 2 | 3, opts: HeadingOptions): Piece {
  const style = opts.style ?? (level === 1 ? STYLE.title : level === 2 ? STYLE.h2 : STYLE.h3);
  // Headings name models, places and offices: hyphenated only clear of compound joints.
  const set = flow.set(text, style, opts.width, { strict: true, lang: opts.lang });
  const after = level === 1 ? 4 : level === 2 ? SPACE.afterH2 : SPACE.afterH3;
  return {
    height: set.height + after,
    firstHeight: set.height + after,
    spaceBefore: opts.spaceBefore ?? (level === 1 ? 0 : level === 2 ? SPACE.beforeH2 : SPACE.beforeH3),
    keepWithNext: true,
    draw() {
      // PDF/UA forbids skipping levels: an H3 with no H2 before it is tagged H2.
      const tagLevel = level === 3 && !flow.seenH2 ? 2 : level;
      if (tagLevel === 2) flow.seenH2 = true;
      if (level === 1) flow.seenH2 = false;
      const role = `H${tagLevel}`;
      flow.bookmark(text, tagLevel);
      const el = flow.struct(role, opts.parent, langOptions(opts.lang));
      flow.draw(set, opts.x, el, role, true);
      el.end();
      flow.y += after;
    },
  };
}
