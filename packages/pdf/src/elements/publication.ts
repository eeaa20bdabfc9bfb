import type { Circular, Publication } from "@handreichung/content";
import { publicationNote } from "@handreichung/content/data";
import { boxInner, boxPiece } from "../layout/box.js";
import type { Flow, Struct } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { COLOR, CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";
import { detailRowPiece } from "./detail-row.js";
import { headingPiece } from "./heading.js";
import { paragraphPiece } from "./paragraph.js";

/**
 * The ordering information, set apart in a warm panel: a note that these are
 * the circular's details of its year, the source sentence, then address, web
 * and price as rows.
 */
export function publicationPiece(flow: Flow, pub: Publication, circular: Pick<Circular, "date" | "year">): Piece {
  let sect: Struct | undefined;
  const parent = () => sect!;
  const { x, width } = boxInner(MARGIN.left, CONTENT_WIDTH);
  const inner: Piece[] = [
    // The same heading style as every other box (models, Kontakt).
    headingPiece(flow, "Bestellung", 2, { x, width, parent, style: STYLE.boxTitle, spaceBefore: 0 }),
    paragraphPiece(flow, publicationNote(circular), { x, width, parent, style: STYLE.small, spaceBefore: 0, keepWithNext: true }),
    paragraphPiece(flow, pub.title, { x, width, parent, style: STYLE.h3, spaceBefore: 0, keepWithNext: false, strict: true }),
    paragraphPiece(flow, pub.text, { x, width, parent, spaceBefore: 4, keepWithNext: false }),
  ];
  const row = (label: string, value: string) => inner.push(detailRowPiece(flow, label, value, { x, width, parent, spaceBefore: inner.length === 4 ? 9 : 3 }));
  // Every subtitle as the circular writes it (441/2004 names the handbook with two), said so as the Word template does.
  if (pub.subtitles.length > 0) row("Untertitel", [...pub.subtitles, ...(pub.subtitles.length > 1 ? ["(beide so in der Mitteilung genannt)"] : [])].join("\n"));
  if (pub.author) row("Erarbeitet von", pub.author);
  if (pub.orderAddress.length > 0) row("Bestellanschrift", pub.orderAddress.join("\n"));
  if (pub.url) row("Internet", pub.url + (pub.download ? " (auch als Download)" : ""));
  if (pub.free !== null) row("Kosten", pub.free ? "kostenlos" : "kostenpflichtig");
  return boxPiece(flow, inner, {
    x: MARGIN.left,
    width: CONTENT_WIDTH,
    tint: COLOR.publicationTint,
    bar: COLOR.publicationRule,
    open: () => (sect = flow.struct("Sect")),
  });
}
