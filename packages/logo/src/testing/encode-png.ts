import { zlibSync } from "fflate";
import { crc32 } from "../crc32.js";
import { ADAM7 } from "../png.js";

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface TestPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  /** Samples at their own bit depth, row-major, CHANNELS[colorType] per pixel. */
  samples: number[];
  interlaced?: boolean;
  palette?: number[];
  transparency?: number[];
  /** Filter type per row, cycled; default 0..4 so every filter is exercised. */
  filters?: number[];
}

export function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function packRow(samples: number[], depth: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((samples.length * depth) / 8));
  samples.forEach((v, i) => {
    if (depth === 16) {
      bytes[i * 2] = v >> 8;
      bytes[i * 2 + 1] = v & 0xff;
    } else if (depth === 8) bytes[i] = v;
    else bytes[(i * depth) >> 3]! |= v << (8 - depth - ((i * depth) & 7));
  });
  return bytes;
}

function filterRow(row: Uint8Array, prev: Uint8Array, type: number, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = prev[i] ?? 0;
    const c = i >= bpp ? (prev[i - bpp] ?? 0) : 0;
    const p = a + b - c;
    const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
    const predictor = [0, a, b, (a + b) >> 1, paeth][type]!;
    out[i + 1] = (row[i]! - predictor) & 0xff;
  }
  return out;
}

/** A PNG written sample by sample, with any colour type, bit depth, filters and Adam7: test input for the decoder. */
export function encodeTestPng(png: TestPng): Uint8Array {
  const channels = CHANNELS[png.colorType]!;
  const filters = png.filters ?? [0, 1, 2, 3, 4];
  const bpp = Math.max(1, (channels * png.bitDepth) >> 3);
  const passes = png.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const raw: Uint8Array[] = [];
  let rowCount = 0;
  for (const [x0, y0, dx, dy] of passes) {
    let prev: Uint8Array = new Uint8Array(0);
    for (let y = y0; y < png.height; y += dy) {
      const samples: number[] = [];
      for (let x = x0; x < png.width; x += dx) for (let c = 0; c < channels; c++) samples.push(png.samples[(y * png.width + x) * channels + c]!);
      if (samples.length === 0) continue;
      const row = packRow(samples, png.bitDepth);
      raw.push(filterRow(row, prev, filters[rowCount++ % filters.length]!, bpp));
      prev = row;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, png.width);
  view.setUint32(4, png.height);
  ihdr.set([png.bitDepth, png.colorType, 0, 0, png.interlaced ? 1 : 0], 8);
  return concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...(png.palette ? [chunk("PLTE", Uint8Array.from(png.palette))] : []),
    ...(png.transparency ? [chunk("tRNS", Uint8Array.from(png.transparency))] : []),
    chunk("IDAT", zlibSync(concat(raw))),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
