// Parts of the Word package that are the same in every document, prepared by
// `pnpm build` (scripts/emit-fixed-parts.mjs) instead of at run time:
// - the style sheet, word/styles.xml, whose object tree docx builds, parses
//   (the raw styles) and formats anew for every document — 35–50 ms of a cold
//   start;
// - the compressed form of every part that came out the same for different
//   circulars, profiles and formats at build time (theme, settings, styles,
//   numbering, …): compressing them cold was a third of the zip's time. Each
//   is used only for a part with exactly its text.
// A file made from other style definitions, another docx or another fflate is
// ignored, and the parts are compiled and compressed as before (same bytes).
import { loadAsset } from "@handreichung/assets";
import docxPackage from "docx/package.json" with { type: "json" };
import fflatePackage from "fflate/package.json" with { type: "json" };
import type { CompiledStyleSheet } from "../internals/packer.js";
import { RAW_STYLES, styles } from "../styles.js";
import { usePrecompressed, type PrecompressedPart } from "../zip-writer.js";

import { FIXED_PARTS_ASSET } from "../assets.js";

export { FIXED_PARTS_ASSET };

/** The file format this code reads and writes. */
export const FIXED_PARTS_FORMAT = 2;

/** The docx library the parts must have been compiled with. */
export const DOCX_VERSION: string = docxPackage.version;

/** The zip library the compressed parts must have been made with. */
export const FFLATE_VERSION: string = fflatePackage.version;

/** A compressed part as stored in the file: the compressed bytes in base64. */
export interface StoredPart {
  text: string;
  crc: number;
  size: number;
  deflated: string;
}

export interface FixedParts {
  meta: { format: number; docx: string; fflate: string; source: string };
  /** word/styles.xml, and the list instances formatting it creates. */
  styleSheet: CompiledStyleSheet;
  /** The parts that are the same in every package, compressed. */
  compressed: StoredPart[];
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: a change to the style definitions changes it. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What the fixed parts are made from, as a fingerprint: the style definitions docx is given. */
export function fixedPartsSource(): string {
  const json = JSON.stringify(styles);
  return `${json.length}-${RAW_STYLES.length}-${fnv1a(json)}-${fnv1a(RAW_STYLES)}`;
}

/** The fixed parts in `json` when they were compiled from these style definitions with this docx; else null. */
export function fixedPartsFor(json: Uint8Array | null, docxVersion: string = DOCX_VERSION, source: string = fixedPartsSource(), fflateVersion: string = FFLATE_VERSION): FixedParts | null {
  if (!json) return null;
  let file: FixedParts;
  try {
    file = JSON.parse(new TextDecoder().decode(json)) as FixedParts;
  } catch {
    return null;
  }
  const meta = file?.meta;
  if (!meta || meta.format !== FIXED_PARTS_FORMAT || meta.docx !== docxVersion || meta.fflate !== fflateVersion || meta.source !== source) return null;
  const sheet = file.styleSheet;
  if (typeof sheet?.xml !== "string" || !Array.isArray(sheet.numbering) || !Array.isArray(file.compressed)) return null;
  const wellFormed = (p: StoredPart) => typeof p?.text === "string" && Number.isInteger(p.crc) && Number.isInteger(p.size) && typeof p.deflated === "string";
  return file.compressed.every(wellFormed) ? file : null;
}

/** The stored parts as the zip writer takes them. */
function decoded(parts: readonly StoredPart[]): PrecompressedPart[] {
  return parts.map(({ text, crc, size, deflated }) => ({ text, crc, size, deflated: Uint8Array.from(atob(deflated), (c) => c.charCodeAt(0)) }));
}

let loaded: FixedParts | null = null;
let loading: Promise<void> | undefined;
let enabled = true;

/** Loads the fixed parts (once); renderDocx awaits it. Missing (not built, not served) or stale means docx compiles them. */
export function loadFixedParts(): Promise<void> {
  loading ??= loadAsset(FIXED_PARTS_ASSET, import.meta.url)
    .catch(() => null)
    .then((json) => {
      loaded = fixedPartsFor(json);
      if (loaded && enabled) usePrecompressed(decoded(loaded.compressed));
    });
  return loading;
}

/** The fixed parts, or null when docx compiles every part. */
export function fixedParts(): FixedParts | null {
  return enabled ? loaded : null;
}

/** Turns the fixed parts off (tests compare the documents made both ways). */
export function setFixedPartsEnabled(on: boolean): void {
  enabled = on;
  usePrecompressed(on && loaded ? decoded(loaded.compressed) : []);
}
