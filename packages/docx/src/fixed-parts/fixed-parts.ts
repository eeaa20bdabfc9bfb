// Parts of the Word package that are the same in every document, compiled by
// `pnpm build` (scripts/emit-fixed-parts.mjs) instead of by the docx library
// at run time: today the style sheet, word/styles.xml, whose object tree docx
// builds, parses (the raw styles) and formats anew for every document — 35–50
// ms of a cold start. A file made from other style definitions or another docx
// version is ignored, and docx compiles the part as before (same bytes).
import { loadAsset } from "@handreichung/assets";
import docxPackage from "docx/package.json" with { type: "json" };
import type { CompiledStyleSheet } from "../internals/packer.js";
import { RAW_STYLES, styles } from "../styles.js";

import { FIXED_PARTS_ASSET } from "../assets.js";

export { FIXED_PARTS_ASSET };

/** The file format this code reads and writes. */
export const FIXED_PARTS_FORMAT = 1;

/** The docx library the parts must have been compiled with. */
export const DOCX_VERSION: string = docxPackage.version;

export interface FixedParts {
  meta: { format: number; docx: string; source: string };
  /** word/styles.xml, and the list instances formatting it creates. */
  styleSheet: CompiledStyleSheet;
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
export function fixedPartsFor(json: Uint8Array | null, docxVersion: string = DOCX_VERSION, source: string = fixedPartsSource()): FixedParts | null {
  if (!json) return null;
  let file: FixedParts;
  try {
    file = JSON.parse(new TextDecoder().decode(json)) as FixedParts;
  } catch {
    return null;
  }
  const meta = file?.meta;
  if (!meta || meta.format !== FIXED_PARTS_FORMAT || meta.docx !== docxVersion || meta.source !== source) return null;
  const sheet = file.styleSheet;
  return typeof sheet?.xml === "string" && Array.isArray(sheet.numbering) ? file : null;
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
}
