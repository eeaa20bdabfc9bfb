import type { Flow, Parent } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { SPACE, STYLE, type TextStyle } from "../theme.js";

export interface ParagraphOptions {
  x: number;
  width: number;
  parent?: Parent;
  style?: TextStyle;
  role?: string;
  spaceBefore?: number;
  keepWithNext?: boolean;
  /** A name (of an office, a place, a publication): hyphenated only clear of compound joints. */
  strict?: boolean;
}

/** A paragraph (or any one-element text block such as a quote's text). */
export function paragraphPiece(flow: Flow, text: string, opts: ParagraphOptions): Piece {
  const style = opts.style ?? STYLE.body;
  const set = flow.set(text, style, opts.width, { strict: opts.strict ?? false });
  const role = opts.role ?? "P";
  const piece: Piece = {
    height: set.height,
    firstHeight: Math.min(set.height, 2 * style.leading),
    spaceBefore: opts.spaceBefore ?? SPACE.paragraph,
    draw() {
      const el = flow.struct(role, opts.parent);
      flow.draw(set, opts.x, el, role);
      el.end();
    },
  };
  // An introduction ("Das Buch", "…dargestellt:") belongs with what it introduces.
  if (opts.keepWithNext ?? (set.lines.length <= 3 && /[:]\s*$|^[^.!?]{1,40}$/.test(text.trim()))) piece.keepWithNext = true;
  return piece;
}
