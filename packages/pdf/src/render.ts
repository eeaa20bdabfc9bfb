import type { Block, Circular, RenderOptions } from "@handreichung/content";
import { citationOf as citation, excerptWording, formatGermanDate as germanDate, municipalityName, quoteBlocks, renderDates, selectModels as pickModels, selectionSentence } from "@handreichung/content/data";
import { loadHyphenation } from "@handreichung/hyphenation";
import { createDocument } from "./document.js";
import { PdfRenderError } from "./errors.js";
import { claimsOf, DEFAULT_PDF_STANDARD, isPdfStandard, PDF_STANDARDS, type PdfStandard } from "./standard/standard.js";
import { citationSectionPiece } from "./elements/citation-section.js";
import { contactPiece } from "./elements/contact.js";
import { headingPiece } from "./elements/heading.js";
import { listPiece } from "./elements/list.js";
import { modelSectionPiece } from "./elements/model-section.js";
import { drawPageFurniture } from "./elements/page-furniture.js";
import { paragraphPiece } from "./elements/paragraph.js";
import { profileBandPiece } from "./elements/profile-band.js";
import { publicationPiece } from "./elements/publication.js";
import { blockQuotePiece } from "./elements/block-quote.js";
import { excerptEndPiece } from "./elements/excerpt-note.js";
import { tablePiece } from "./elements/table.js";
import { titleBlockPieces } from "./elements/title-block.js";
import { FONT_ROLES, fontIsShared, loadFonts, rememberParsed, sharedLayoutCache } from "./fonts.js";
import { keepGlyphCodePoints } from "./internals/fontkit.js";
import { currentParsedFont, shareGlyphRunCache } from "./internals/pdfkit.js";
import { Flow } from "./layout/flow.js";
import { drawPieces, type Piece } from "./layout/piece.js";
import { CoverageTracker, type GlyphSource } from "./text/coverage.js";
import { codePointName } from "./text/sanitize.js";
import { CONTENT_WIDTH, MARGIN, STYLE } from "./theme.js";

/** Options of {@link renderPdf}: the shared render options plus PDF-only switches. */
export interface PdfRenderOptions extends RenderOptions {
  /** Compress content streams (default true); false gives readable PDF source for tests and debugging. */
  compress?: boolean;
  /**
   * The standards the file claims and meets: "both" (PDF/A-2a and PDF/UA-1 in
   * one file, the default), "ua-1" (accessible only) or "a-2a" (archivable only).
   */
  pdfStandard?: PdfStandard;
}

export async function render(circular: Circular, options: PdfRenderOptions = {}): Promise<Uint8Array> {
  const standard = options.pdfStandard ?? DEFAULT_PDF_STANDARD;
  if (!isPdfStandard(standard)) throw new PdfRenderError("E_BAD_STANDARD", `pdfStandard: ${JSON.stringify(standard)} is none of ${PDF_STANDARDS.join(", ")}`);
  const models = pickModels(circular, options.models);
  const { created: date, stand: standIso } = renderDates(circular, options);
  const profile = options.profile;
  // Named as the Word template names it: "Stadt Musterstadt", "Hochsauerlandkreis".
  const name = profile ? municipalityName(profile) : undefined;
  const cite = circular.source?.citation ?? citation(circular);
  // Fonts and hyphenation patterns arrive as bytes (read from disk in Node, fetched in a browser) before any text is set.
  await Promise.all([loadFonts(), loadHyphenation()]);

  const doc = createDocument({
    title: circular.title,
    author: circular.issuer,
    subject: citation(circular),
    date: new Date(`${date}T00:00:00Z`),
    compress: options.compress ?? true,
    claims: claimsOf(standard),
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const glyphs: GlyphSource[] = FONT_ROLES.map((role) => {
    const font = currentParsedFont(doc.font(role));
    keepGlyphCodePoints(font);
    rememberParsed(role, font);
    // Only once the parsed font is shared: glyph runs belong to one parsed font.
    if (fontIsShared(role, font)) shareGlyphRunCache(doc, sharedLayoutCache(role));
    return font;
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const flow = new Flow(doc, root, new CoverageTracker(glyphs));

  const pieces: Piece[] = [];
  if (profile && name) pieces.push(profileBandPiece(flow, profile, name.official, options.logo));
  pieces.push(...titleBlockPieces(flow, circular, { citation: citation(circular), stand: standIso && germanDate(standIso) }));
  pieces.push(...bodyPieces(flow, circular, models));
  const contact = profile && name ? contactPiece(flow, profile, name) : null;
  if (contact) pieces.push(contact);
  pieces.push(citationSectionPiece(flow, circular, cite));
  drawPieces(flow, pieces);
  root.end();

  drawPageFurniture(flow, {
    headerLeft: circular.title,
    headerRight: name ? name.official : circular.issuer,
    footerLeft: `Quelle: ${cite}${excerptWording(circular) ? ` (${excerptWording(circular)!.label})` : ""}${circular.source?.url ? ` · ${circular.source.url}` : ""}`,
  });

  const missing = flow.coverage.message();
  if (missing) options.onWarning?.(missing);
  if (flow.removed.size > 0) {
    options.onWarning?.(`removed ${flow.removed.size} invisible control or formatting character(s): ${[...flow.removed].map(codePointName).join(", ")}`);
  }
  doc.end();
  await done;
  return concat(chunks);
}

function bodyPieces(flow: Flow, circular: Circular, models: Circular["models"]): Piece[] {
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
        return [headingPiece(flow, block.text, block.level, { x, width })];
      case "paragraph":
        return [paragraphPiece(flow, block.text, { x, width })];
      case "list":
        return [listPiece(flow, block.items, block.ordered, { x, width })];
      case "quote":
        return [blockQuotePiece(flow, quoteBlocks(block), x, width)];
      case "table":
        return [tablePiece(flow, block, { x, width })];
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

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
