import type { GermanName, Profile } from "@handreichung/content";
import { contactLead, textOf, wordingText } from "@handreichung/content/data";
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
  const rows: [string, string][] = [];
  if (c.person) rows.push(["Ansprechperson", textOf(c.person)]);
  if (c.phone) rows.push(["Telefon", c.phone]);
  if (c.email) rows.push(["E-Mail", c.email]);
  if (c.address) rows.push(["Anschrift", textOf(c.address)]);
  if (profile.website) rows.push(["Internet", profile.website]);
  if (rows.length === 0) return null;
  if (profile.department) rows.unshift(["Zuständig", textOf(profile.department)]);
  let sect: Struct | undefined;
  const parent = () => sect!;
  const { x, width } = boxInner(MARGIN.left, CONTENT_WIDTH);
  const inner: Piece[] = [
    headingPiece(flow, "Kontakt", 2, { x, width, parent, style: STYLE.boxTitle, spaceBefore: 0 }),
    paragraphPiece(flow, wordingText(contactLead(name)), { x, width, parent, spaceBefore: 0, keepWithNext: true }),
  ];
  rows.forEach(([label, value], i) => inner.push(detailRowPiece(flow, label, value, { x, width, parent, spaceBefore: i === 0 ? 4 : 3 })));
  return boxPiece(flow, inner, { x: MARGIN.left, width: CONTENT_WIDTH, tint: "#f1f3f5", bar: COLOR.muted, open: () => (sect = flow.struct("Sect")) });
}
