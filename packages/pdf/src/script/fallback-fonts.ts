import { loadAsset } from "@handreichung/assets";
import type { ParsedFont } from "../internals/pdfkit.js";
import type { FontRole } from "../theme.js";
import { FALLBACK_FACES, type FaceId } from "./faces.js";

/** A cut of a fallback font: its family and weight. Italic text takes the upright cut (these scripts have no italics). */
export type FallbackCut = `${FaceId}-${"regular" | "semibold" | "bold"}`;

/** The cut of `face` that text in `role` is set in; also the name it is registered under in a document. */
export function cutOf(face: FaceId, role: FontRole): FallbackCut {
  return `${face}-${role === "italic" ? "regular" : role}`;
}

const FACES = new Map(FALLBACK_FACES.map((f) => [f.id, f]));

/** The asset path of a cut's file. */
export function fileOf(cut: FallbackCut): string {
  const [face, weight] = cut.split("-") as [FaceId, "regular" | "semibold" | "bold"];
  return FACES.get(face)!.files[weight];
}

// Loaded once per process (or page) and only on demand: a document without
// such text reads and parses none of these files.
const data = new Map<FallbackCut, Uint8Array>();
const parsed = new Map<FallbackCut, ParsedFont>();

/** Loads the files of `cuts` not loaded yet (through @handreichung/assets: from the package in Node, fetched in a browser). */
export async function loadFallbacks(cuts: Iterable<FallbackCut>): Promise<void> {
  await Promise.all(
    [...new Set(cuts)]
      .filter((cut) => !data.has(cut))
      .map(async (cut) => {
        data.set(cut, await loadAsset(fileOf(cut), import.meta.url));
      }),
  );
}

/** Whether a cut's file is loaded. */
export function isLoaded(cut: FallbackCut): boolean {
  return data.has(cut);
}

/** What to register a cut under: the parsed font once a document parsed it, else its bytes (loadFallbacks first). */
export function fallbackSource(cut: FallbackCut): ParsedFont | Uint8Array {
  const source = parsed.get(cut) ?? data.get(cut);
  if (!source) throw new Error(`fallback font "${cut}" is not loaded: await loadFallbacks() first`);
  return source;
}

/** Remembers the font pdfkit parsed for a cut, for the next document (parsing Noto Sans SC costs more than setting a page). */
export function rememberFallback(cut: FallbackCut, font: ParsedFont): boolean {
  if (parsed.has(cut)) return parsed.get(cut) === font;
  parsed.set(cut, font);
  return true;
}
