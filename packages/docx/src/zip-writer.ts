import { deflateSync } from "fflate";

// The zip archive fflate's zipSync writes (level 6, entries dated 1980-01-01
// 00:00, no comments or extra fields), byte for byte — zip-writer.test.ts holds
// it to zipSync's output — with one difference: a part's compressed form is
// remembered by its text. The Word template's theme, settings, styles,
// glossary and relationships come out the same for every municipality of a
// batch (and for most documents at all); deflating them again cost a third of
// the template's time. fflate runs the same in Node and in a browser, so the
// CLI and the web page write the same bytes.

/** A part's data: text is what may be remembered compressed. */
export type ZipData = string | Uint8Array;

interface Compressed {
  crc: number;
  size: number;
  deflated: Uint8Array;
}

// Bounded, least recently used out first, so a long-running process does not grow.
const MAX_REMEMBERED = 96;
/** Parts longer than this (a circular's own text) are too unlikely to repeat to keep. */
const MAX_REMEMBERED_CHARS = 32 * 1024;
const remembered = new Map<string, Compressed>();

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? -306674912 ^ (c >>> 1) : c >>> 1;
    table[i] = c;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c & 255) ^ data[i]!]! ^ (c >>> 8);
  return ~c >>> 0;
}

const utf8 = new TextEncoder();

function compressBytes(bytes: Uint8Array): Compressed {
  return { crc: crc32(bytes), size: bytes.length, deflated: deflateSync(bytes, { level: 6 }) };
}

/** A part compressed before any document: its text, with what compressing it gives (level 6). */
export interface PrecompressedPart {
  text: string;
  crc: number;
  size: number;
  deflated: Uint8Array;
}

/** Compresses `text` as writeZip does: `pnpm build` stores the Word template's fixed parts this way (fixed-parts/). */
export function precompress(text: string): PrecompressedPart {
  return { text, ...compressBytes(utf8.encode(text)) };
}

// Parts known compressed from the start, by their whole text: a cold start need not compress them.
const precompressed = new Map<string, Compressed>();

/** Replaces the parts known compressed from the start (the fixed parts `pnpm build` stored; none turns them off). */
export function usePrecompressed(parts: readonly PrecompressedPart[]): void {
  precompressed.clear();
  for (const { text, crc, size, deflated } of parts) precompressed.set(text, { crc, size, deflated });
}

function compress(data: ZipData): Compressed {
  if (typeof data !== "string" || data.length > MAX_REMEMBERED_CHARS) return compressBytes(typeof data === "string" ? utf8.encode(data) : data);
  const fixed = precompressed.get(data);
  if (fixed) return fixed;
  let known = remembered.get(data);
  if (known) remembered.delete(data);
  else {
    known = compressBytes(utf8.encode(data));
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  }
  remembered.set(data, known);
  return known;
}

// 1980-01-01 00:00 as an MS-DOS date and time: the earliest a zip can say, so the bytes never depend on the clock.
const DOS_TIME = (1 << 21) | (1 << 16);
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * Writes a zip archive of `entries` in the given order, each DEFLATE-compressed
 * (level 6). Deterministic: same entries, same bytes.
 */
export function writeZip(entries: readonly (readonly [name: string, data: ZipData])[]): Uint8Array {
  const seen = new Set<string>();
  const files = entries.map(([name, data]) => {
    if (seen.has(name)) throw new Error(`zip: "${name}" twice`);
    seen.add(name);
    const nameBytes = utf8.encode(name);
    if (nameBytes.length > 65535) throw new Error(`zip: name too long: ${name.slice(0, 40)}…`);
    return { nameBytes, utf8Name: nameBytes.length !== name.length, ...compress(data), offset: 0 };
  });
  let size = 22;
  for (const f of files) size += 30 + 46 + 2 * f.nameBytes.length + f.deflated.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const header = (f: (typeof files)[number], central: boolean) => {
    view.setUint32(at, central ? CENTRAL : LOCAL, true);
    at += 4;
    if (central) {
      out[at] = 20; // made by: version 2.0, MS-DOS
      at += 2;
    }
    out[at] = 20; // needed to extract: version 2.0
    at += 2;
    out[at + 1] = f.utf8Name ? 8 : 0; // general purpose flags: bit 11, a UTF-8 name
    view.setUint16(at + 2, 8, true); // DEFLATE
    view.setUint32(at + 4, DOS_TIME, true);
    view.setUint32(at + 8, f.crc, true);
    view.setUint32(at + 12, f.deflated.length, true);
    view.setUint32(at + 16, f.size, true);
    view.setUint16(at + 20, f.nameBytes.length, true);
    at += 24;
    if (central) {
      // No comment, disk 0, no attributes; where the local header starts.
      view.setUint32(at + 10, f.offset, true);
      at += 14;
    }
    out.set(f.nameBytes, at);
    at += f.nameBytes.length;
  };
  for (const f of files) {
    f.offset = at;
    header(f, false);
    out.set(f.deflated, at);
    at += f.deflated.length;
  }
  const centralStart = at;
  for (const f of files) header(f, true);
  view.setUint32(at, END, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
