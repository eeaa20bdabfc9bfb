import type { GermanName, Profile } from "@handreichung/content";
import { contactLead, COUNSEL_LABEL, counselLanguagePieces, type LangPiece, langOf, type LocalText, textOf, wordingText } from "@handreichung/content/data";
import { boxInner, boxPiece } from "../layout/box.js";
import type { Flow, Struct } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";
import { detailRowPiece } from "./detail-row.js";
import { headingPiece } from "./heading.js";
import { paragraphPiece } from "./paragraph.js";

/**
 * "Kontakt": who at the municipality answers questions, from the profile, led
 * by a sentence that names the municipality as the Word template does. Null
 * when the profile names no one and nothing to contact.
 */
export function contactPiece(flow: Flow, profile: Profile, name: GermanName): Piece | null {
  const c = profile.contact ?? {};
  const rows: [string, string | LangPiece[]][] = [];
  if (c.person) rows.push(["Ansprechperson", pieces(c.person)]);
  if (c.phone) rows.push(["Telefon", c.phone]);
  if (c.email) rows.push(["E-Mail", c.email]);
  if (c.address) rows.push(["Anschrift", pieces(c.address)]);
  if (profile.website) rows.push(["Internet", profile.website]);
  // Each language named in its own, tagged so a screen reader switches voice.
  if (profile.languages && profile.languages.length > 0) rows.push([COUNSEL_LABEL, counselLanguagePieces(profile.languages)]);
  if (rows.length === 0) return null;
  if (profile.department) rows.unshift(["Zuständig", pieces(profile.department)]);
  let sect: Struct | undefined;
  const parent = () => sect!;
  const { x, width } = boxInner(MARGIN.left, CONTENT_WIDTH);
  const inner: Piece[] = [
    headingPiece(flow, "Kontakt", 2, { x, width, parent, style: STYLE.boxTitle, spaceBefore: 0 }),
    paragraphPiece(flow, wordingText(contactLead(name)), { x, width, parent, spaceBefore: 0, keepWithNext: true, strict: true }),
  ];
  rows.forEach(([label, value], i) => inner.push(detailRowPiece(flow, label, value, { x, width, parent, spaceBefore: i === 0 ? 4 : 3 })));
  return boxPiece(flow, inner, { x: MARGIN.left, width: CONTENT_WIDTH, tint: "#f1f3f5", bar: COLOR.muted, open: () => (sect = flow.struct("Sect")) });
}

/** A free-text field as one piece in its language (German when it names none). */
export function pieces(value: LocalText): LangPiece[] {
  const lang = langOf(value);
  return [lang === undefined ? { text: textOf(value) } : { text: textOf(value), lang }];
}
