import type { Block, Circular } from "@handreichung/content";
import { excerptWording, quoteBlocks, selectionSentence } from "@handreichung/content/data";
import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";
import { blockQuotePiece } from "./block-quote.js";
import { excerptEndPiece } from "./excerpt-note.js";
import { headingPiece } from "./heading.js";
import { listPiece } from "./list.js";
import { modelSectionPiece } from "./model-section.js";
import { paragraphPiece } from "./paragraph.js";
import { publicationPiece } from "./publication.js";
import { tablePiece } from "./table.js";

/** The circular's body in reading order, each block in its language; models and publication where the body places them, else at the end. */
export function bodyPieces(flow: Flow, circular: Circular, models: Circular["models"]): Piece[] {
  const x = MARGIN.left;
  const width = CONTENT_WIDTH;
  const out: Piece[] = [];
  // With a selection, the edition says which models it shows, right after the circular's own sentence that introduces them.
  const selection = selectionSentence(circular, models);
  const modelPieces = () => [
    ...(selection ? [paragraphPiece(flow, selection, { x, width, style: STYLE.editionNote, keepWithNext: true })] : []),
    ...models.map((m) => modelSectionPiece(flow, m)),
  ];
  const pubPieces = () => (circular.publication ? [publicationPiece(flow, circular.publication, circular)] : []);
  const piecesOf = (block: Block): Piece[] => {
    switch (block.type) {
      case "heading":
        return [headingPiece(flow, block.text, block.level, { x, width, lang: block.lang })];
      case "paragraph":
        return [paragraphPiece(flow, block.text, { x, width, lang: block.lang })];
      case "list":
        return [listPiece(flow, block.items, block.ordered, { x, width, lang: block.lang })];
      case "quote":
        return [blockQuotePiece(flow, quoteBlocks(block), x, width, block.lang)];
      case "table":
        return [tablePiece(flow, block, { x, width, lang: block.lang })];
      case "models":
        return modelPieces();
      case "publication":
        return pubPieces();
    }
  };
  for (const block of circular.body) out.push(...piecesOf(block));
  // A cut-off text says where it stops.
  const excerpt = excerptWording(circular);
  if (excerpt) out.push(excerptEndPiece(flow, excerpt, x, width));
  // Content that the body does not place still belongs in the handout, at the end.
  if (!circular.body.some((b) => b.type === "models")) out.push(...modelPieces());
  if (!circular.body.some((b) => b.type === "publication")) out.push(...pubPieces());
  return out;
}
