import type { LangPiece } from "@handreichung/content/data";
import { type Flow, langOptions, type Parent } from "../layout/flow.js";
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
  /** The text's language when it is not German (BCP 47): tagged /Lang, set right to left where it is written so. */
  lang?: string | undefined;
}

/** A paragraph (or any one-element text block such as a quote's text). */
export function paragraphPiece(flow: Flow, text: string | readonly LangPiece[], opts: ParagraphOptions): Piece {
  const style = opts.style ?? STYLE.body;
  const set = flow.set(text, style, opts.width, { strict: opts.strict ?? false, lang: opts.lang });
  const role = opts.role ?? "P";
  const piece: Piece = {
    height: set.height,
    firstHeight: Math.min(set.height, 2 * style.leading),
    spaceBefore: opts.spaceBefore ?? SPACE.paragraph,
    draw() {
      const el = flow.struct(role, opts.parent, langOptions(opts.lang));
      flow.draw(set, opts.x, el, role);
      el.end();
    },
  };
  // An introduction ("Das Buch", "…dargestellt:") belongs with what it introduces.
  if (opts.keepWithNext ?? (set.lines.length <= 3 && /[:]\s*$|^[^.!?]{1,40}$/.test(plain(text).trim()))) piece.keepWithNext = true;
  return piece;
}

const plain = (text: string | readonly LangPiece[]) => (typeof text === "string" ? text : text.map((p) => p.text).join(""));
