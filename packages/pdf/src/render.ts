import type { Block, Circular, RenderOptions } from "@handreichung/content";
import { citationOf as citation, excerptWording, formatGermanDate as germanDate, municipalityName, renderDates, selectModels as pickModels } from "@handreichung/content/data";
import { loadHyphenation } from "@handreichung/hyphenation";
import { createDocument } from "./document.js";
import { PdfRenderError } from "./errors.js";
import { claimsOf, DEFAULT_PDF_STANDARD, isPdfStandard, logoStandardProblem, PDF_STANDARDS, type PdfStandard } from "./standard/standard.js";
import { citationSectionPiece } from "./elements/citation-section.js";
import { contactPiece } from "./elements/contact.js";
import { drawPageFurniture } from "./elements/page-furniture.js";
import { profileBandPiece } from "./elements/profile-band.js";
import { titleBlockPieces } from "./elements/title-block.js";
import { FONT_ROLES, fontIsShared, glyphRuns, loadFonts, rememberParsed, shapingTable, sharedFontFiles, wordWidths } from "./fonts.js";
import { zlibSync } from "fflate";
import { exactGlyphCodePoints } from "./internals/fontkit.js";
import { useShapingTable } from "./shaping/use-table.js";
import { currentParsedFont, drainInOnePass, shareFontFiles, shareGlyphRunCache } from "./internals/pdfkit.js";
import { bodyPieces } from "./elements/body.js";
import { Flow } from "./layout/flow.js";
import { drawPieces, type Piece } from "./layout/piece.js";
import { CoverageTracker, type GlyphSource } from "./text/coverage.js";
import { chainFor, covers } from "./script/coverage.js";
import { FALLBACK_FACES, type FaceId } from "./script/faces.js";
import { cutOf, type FallbackCut, isLoaded, loadFallbacks } from "./script/fallback-fonts.js";
import { fallbacksNeeded } from "./script/itemize.js";
import { codePointName } from "./text/sanitize.js";
import type { FontRole } from "./theme.js";

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
  const logoProblem = options.logo ? logoStandardProblem(options.logo, standard) : null;
  if (logoProblem) throw new PdfRenderError("E_BAD_LOGO", `logo: ${logoProblem}`);
  const models = pickModels(circular, options.models);
  const { created: date, stand: standIso } = renderDates(circular, options);
  const profile = options.profile;
  // Named as the Word template names it: "Stadt Musterstadt", "Hochsauerlandkreis".
  const name = profile ? municipalityName(profile) : undefined;
  const cite = circular.source?.citation ?? citation(circular);
  // Fonts and hyphenation patterns arrive as bytes (read from disk in Node, fetched in a browser) before any text is set;
  // the fallback fonts only when the content has text they set (regular cuts first, others once a pass asks for them).
  await Promise.all([loadFonts(), loadHyphenation(), loadFallbacks(fallbacksFor(circular, profile))]);
  let pass = await renderOnce(circular, options, { standard, models, date, standIso, name, cite });
  const more = [...pass.requested].filter((cut) => !isLoaded(cut));
  if (more.length > 0) {
    await loadFallbacks(more);
    pass = await renderOnce(circular, options, { standard, models, date, standIso, name, cite });
  }
  for (const warning of pass.warnings) options.onWarning?.(warning);
  return pass.bytes;
}

interface Settled {
  standard: PdfStandard;
  models: Circular["models"];
  date: string;
  standIso: string | null;
  name: ReturnType<typeof municipalityName> | undefined;
  cite: string;
}

/** One pass: the document with the fonts loaded so far, the fallback cuts it asked for, its warnings. */
async function renderOnce(circular: Circular, options: PdfRenderOptions, settled: Settled): Promise<{ bytes: Uint8Array; requested: Set<FallbackCut>; warnings: string[] }> {
  const { standard, models, date, standIso, name, cite } = settled;
  const profile = options.profile;
  const warnings: string[] = [];

  const doc = createDocument({
    title: circular.title,
    author: circular.issuer,
    subject: citation(circular),
    date: new Date(`${date}T00:00:00Z`),
    compress: options.compress ?? true,
    claims: claimsOf(standard),
  });
  drainInOnePass(doc);
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  // What this document learns about its text — glyph runs, words' widths — it
  // keeps in caches of its own; once it is done, each cut keeps for later
  // documents what another document learnt too (kept-across-documents.ts).
  const settleShared: (() => void)[] = [];
  const widths = {} as Record<FontRole, Record<string, number>>;
  for (const role of FONT_ROLES) {
    const kept = wordWidths(role);
    const own = (widths[role] = kept.forDocument());
    settleShared.push(() => kept.settle(own));
  }
  const primary: GlyphSource[] = FONT_ROLES.map((role) => {
    const font = currentParsedFont(doc.font(role));
    exactGlyphCodePoints(font);
    useShapingTable(font, shapingTable(role));
    rememberParsed(role, font);
    // Only once the parsed font is shared: glyph runs belong to one parsed font.
    if (fontIsShared(role, font)) {
      const runs = glyphRuns(role);
      const own = runs.forDocument();
      shareGlyphRunCache(doc, own);
      settleShared.push(() => runs.settle(own));
      shareFontFiles(doc, sharedFontFiles(role), zlibSync);
    }
    return font;
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  // The fallback fonts answer from the coverage table: none is parsed to know what it has.
  const fallbacks: GlyphSource[] = FALLBACK_FACES.map((face) => ({ hasGlyphForCodePoint: (cp: number) => covers(face.id, cp) }));
  const flow = new Flow(doc, root, new CoverageTracker([...primary, ...fallbacks]), widths);

  const pieces: Piece[] = [];
  if (profile && name) pieces.push(profileBandPiece(flow, profile, name.official, options.logo));
  pieces.push(...titleBlockPieces(flow, circular, { citation: citation(circular), stand: standIso && germanDate(standIso) }));
  pieces.push(...bodyPieces(flow, circular, models));
  const contact = profile && name ? contactPiece(flow, profile, name) : null;
  if (contact) pieces.push(contact);
  // The Fundstelle never stands alone on the last page: what precedes it goes along.
  const last = pieces[pieces.length - 1];
  if (last) last.keepWithNext = true;
  pieces.push(citationSectionPiece(flow, circular, cite));
  drawPieces(flow, pieces);
  root.end();

  drawPageFurniture(flow, {
    headerLeft: circular.title,
    headerRight: name ? name.official : circular.issuer,
    footerLeft: `Quelle: ${cite}${excerptWording(circular) ? ` (${excerptWording(circular)!.label})` : ""}${circular.source?.url ? ` · ${circular.source.url}` : ""}`,
  });

  const missing = flow.coverage.message();
  if (missing) warnings.push(missing);
  if (flow.removed.size > 0) {
    warnings.push(`removed ${flow.removed.size} invisible control or formatting character(s): ${[...flow.removed].map(codePointName).join(", ")}`);
  }
  doc.end();
  await done;
  for (const settle of settleShared) settle();
  return { bytes: concat(chunks), requested: flow.fonts.requested, warnings };
}

/**
 * The cuts of the fallback fonts the content's text needs, from the coverage
 * table: a document without such text loads none. Titles and headings are
 * set bold or semibold, the rest regular; a cut this guesses wrong is loaded
 * when a pass asks for it.
 */
function fallbacksFor(circular: Circular, profile: PdfRenderOptions["profile"]): FallbackCut[] {
  const cuts = new Set<FallbackCut>();
  const need = (text: string, roles: readonly FontRole[]) => {
    for (const face of fallbacksNeeded(text, chainFor("regular"))) for (const role of roles) cuts.add(cutOf(face as FaceId, role));
  };
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(circular);
  walk(profile);
  need(texts.join("\n"), ["regular"]);
  // The title and the models' names in the bold cut; headings, table heads and the municipality's name semibold (theme.ts).
  need([circular.title, ...circular.models.map((m) => m.municipality)].join("\n"), ["bold"]);
  const semibold = (blocks: readonly Block[]): string[] =>
    blocks.flatMap((b) => (b.type === "heading" ? [b.text] : b.type === "table" && b.headerRow ? b.rows[0]! : b.type === "quote" && b.blocks ? semibold(b.blocks as Block[]) : []));
  need([...semibold(circular.body), ...(profile ? [profile.name] : [])].join("\n"), ["semibold"]);
  return [...cuts];
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
