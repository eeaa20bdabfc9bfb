import { Unzlib } from "fflate";
import { LogoError } from "./errors.js";
import { checkPixels } from "./header.js";
import { crc32 } from "./crc32.js";

/** Receives decoded pixels, 8 bits per channel: `count` pixels of row `y` at x = xStart, xStart + xStep, … */
export type RowSink = (y: number, xStart: number, xStep: number, count: number, pixels: Uint8Array) => void;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/** Channels per PNG colour type, and the bit depths each allows. */
const COLOR_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

// Adam7 passes: x start, y start, x step, y step.
export const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

// Compressed data is inflated in slices this big, so even a decompression bomb
// (deflate reaches ~1000:1) yields at most a few MB at a time.
const SLICE = 4096;

const damaged = (detail: string) => new LogoError("E_LOGO_DAMAGED", `damaged PNG image: ${detail}`);

/** The channels decode() hands to its sink: grey, grey+alpha, RGB or RGBA. */
export function outputChannels(header: PngHeader, hasTransparency: boolean): number {
  const base = header.colorType === 3 ? 3 : COLOR_TYPES[header.colorType]!.channels;
  return base + (hasTransparency && (header.colorType === 0 || header.colorType === 2 || header.colorType === 3) ? 1 : 0);
}

/** Reads and checks IHDR, including the pixel cap, before anything is inflated. */
export function readPngHeader(data: Uint8Array): PngHeader {
  if (data.length < 33) throw damaged("cut off");
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(8) !== 13 || String.fromCharCode(...data.subarray(12, 16)) !== "IHDR") throw damaged("no image header");
  const header = { width: view.getUint32(16), height: view.getUint32(20), bitDepth: data[24]!, colorType: data[25]!, interlaced: data[28] === 1 };
  const type = COLOR_TYPES[header.colorType];
  if (!type || !type.depths.includes(header.bitDepth) || data[26] !== 0 || data[27] !== 0 || data[28]! > 1) throw damaged("invalid image header");
  checkPixels(header.width, header.height);
  return header;
}

/**
 * Checks a whole PNG — chunk lengths and checksums, palette, the image data
 * inflated to exactly the size its header promises — and, with a sink, hands
 * it every row as 8-bit pixels. Rows are streamed: memory stays at a few rows
 * however large the image, so a 6000 × 6000 16-bit image costs no more than a
 * small one. Throws LogoError.
 */
export function decodePng(data: Uint8Array, sink?: RowSink): { header: PngHeader; channels: number } {
  const header = readPngHeader(data);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const colorType = header.colorType;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  let rows: RowReader | undefined;
  let inflater: Unzlib | undefined;
  let idatDone = false;
  let ended = false;

  let at = 8;
  while (!ended) {
    if (at + 12 > data.length) throw damaged("cut off");
    const length = view.getUint32(at);
    if (length > 0x7fffffff || at + 12 + length > data.length) throw damaged("cut off or corrupt");
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) throw damaged(`checksum error in ${JSON.stringify(type)}`);
    if (inflater && type !== "IDAT") idatDone = true;
    switch (type) {
      case "IHDR":
        if (at !== 8) throw damaged("two image headers");
        break;
      case "PLTE":
        if (length === 0 || length % 3 !== 0 || length / 3 > 256 || inflater) throw damaged("invalid palette");
        palette = body;
        break;
      case "tRNS":
        if (colorType === 4 || colorType === 6 || (colorType === 0 && length !== 2) || (colorType === 2 && length !== 6) || inflater) throw damaged("invalid transparency");
        transparency = body;
        break;
      case "IDAT":
        if (idatDone) throw damaged("image data in pieces");
        if (!inflater) {
          if (colorType === 3 && !palette) throw damaged("no palette");
          rows = new RowReader(header, sink, palette, transparency);
          const reader = rows;
          inflater = new Unzlib((chunk) => reader.push(chunk));
        }
        try {
          for (let i = 0; i < length; i += SLICE) inflater.push(body.subarray(i, Math.min(length, i + SLICE)));
        } catch (error) {
          if (error instanceof LogoError) throw error;
          throw damaged("corrupt image data");
        }
        break;
      case "IEND":
        ended = true;
        break;
      default:
        // An unknown critical chunk (upper-case first letter) means we cannot read the image right.
        if (type.charCodeAt(0) < 97) throw damaged(`unknown chunk ${JSON.stringify(type)}`);
    }
    at += 12 + length;
  }
  if (!inflater || !rows) throw damaged("no image data");
  try {
    inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof LogoError) throw error;
    throw damaged("image data cut off or corrupt");
  }
  rows.finish();
  return { header, channels: outputChannels(header, transparency !== undefined) };
}

/** Takes inflated bytes in any slicing, undoes the row filters and hands rows on. */
class RowReader {
  private readonly passes: { xStart: number; y0: number; xStep: number; yStep: number; width: number; rows: number }[];
  private readonly bitsPerPixel: number;
  private readonly bpp: number;
  private pass = 0;
  private row = 0;
  private filled = 0;
  private current!: Uint8Array; // filter byte + raw row
  private line!: Uint8Array; // reconstructed row
  private previous!: Uint8Array;
  private readonly channels: number;
  private out!: Uint8Array;

  constructor(
    private readonly header: PngHeader,
    private readonly sink: RowSink | undefined,
    private readonly palette: Uint8Array | undefined,
    private readonly transparency: Uint8Array | undefined,
  ) {
    const { width, height } = header;
    const layout = header.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
    this.passes = layout
      .map(([xStart, y0, xStep, yStep]) => ({
        xStart,
        y0,
        xStep,
        yStep,
        width: width > xStart ? Math.ceil((width - xStart) / xStep) : 0,
        rows: height > y0 ? Math.ceil((height - y0) / yStep) : 0,
      }))
      .filter((p) => p.width > 0 && p.rows > 0);
    this.bitsPerPixel = COLOR_TYPES[header.colorType]!.channels * header.bitDepth;
    this.bpp = Math.max(1, this.bitsPerPixel >> 3);
    this.channels = outputChannels(header, transparency !== undefined);
    this.startPass();
  }

  private startPass(): void {
    const p = this.passes[this.pass];
    if (!p) return;
    const rowBytes = Math.ceil((p.width * this.bitsPerPixel) / 8);
    this.current = new Uint8Array(rowBytes + 1);
    if (this.sink) {
      this.line = new Uint8Array(rowBytes);
      this.previous = new Uint8Array(rowBytes);
      this.out = new Uint8Array(p.width * this.channels);
    }
    this.row = 0;
    this.filled = 0;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.pass >= this.passes.length) throw damaged("more image data than its size");
      const take = Math.min(chunk.length - i, this.current.length - this.filled);
      this.current.set(chunk.subarray(i, i + take), this.filled);
      this.filled += take;
      i += take;
      if (this.filled === this.current.length) this.endRow();
    }
  }

  finish(): void {
    if (this.pass < this.passes.length) throw damaged("image data cut off");
  }

  private endRow(): void {
    const filter = this.current[0]!;
    if (filter > 4) throw damaged(`unknown row filter ${filter}`);
    if (this.sink) {
      this.unfilter(filter);
      const p = this.passes[this.pass]!;
      this.unpack(p.width);
      this.sink(p.y0 + this.row * p.yStep, p.xStart, p.xStep, p.width, this.out);
      [this.previous, this.line] = [this.line, this.previous];
    }
    this.filled = 0;
    if (++this.row === this.passes[this.pass]!.rows) {
      this.pass++;
      this.startPass();
    }
  }

  // One loop per filter type, not a switch per byte: a 6000 × 6000 image
  // has 288 million bytes to undo, and the loops below are several times faster.
  private unfilter(filter: number): void {
    const raw = this.current;
    const line = this.line;
    const prev = this.previous;
    const bpp = this.bpp;
    const n = line.length;
    const lead = Math.min(bpp, n);
    switch (filter) {
      case 0:
        line.set(raw.subarray(1));
        break;
      case 1:
        for (let i = 0; i < lead; i++) line[i] = raw[i + 1]!;
        for (let i = bpp; i < n; i++) line[i] = (raw[i + 1]! + line[i - bpp]!) & 0xff;
        break;
      case 2:
        for (let i = 0; i < n; i++) line[i] = (raw[i + 1]! + prev[i]!) & 0xff;
        break;
      case 3:
        for (let i = 0; i < lead; i++) line[i] = (raw[i + 1]! + (prev[i]! >> 1)) & 0xff;
        for (let i = bpp; i < n; i++) line[i] = (raw[i + 1]! + ((line[i - bpp]! + prev[i]!) >> 1)) & 0xff;
        break;
      default:
        // Paeth with a = c = 0 picks b for the first pixel.
        for (let i = 0; i < lead; i++) line[i] = (raw[i + 1]! + prev[i]!) & 0xff;
        for (let i = bpp; i < n; i++) {
          const a = line[i - bpp]!;
          const b = prev[i]!;
          const c = prev[i - bpp]!;
          const pa = Math.abs(b - c);
          const pb = Math.abs(a - c);
          const pc = Math.abs(a + b - c - c);
          line[i] = (raw[i + 1]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
        }
    }
  }

  /** One sample of the reconstructed row, at its own bit depth. */
  private sample(index: number): number {
    const depth = this.header.bitDepth;
    const line = this.line;
    if (depth === 8) return line[index]!;
    if (depth === 16) return (line[index * 2]! << 8) | line[index * 2 + 1]!;
    const bit = index * depth;
    return (line[bit >> 3]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
  }

  private unpack(width: number): void {
    const { colorType, bitDepth } = this.header;
    const out = this.out;
    const trns = this.transparency;
    // Grey, grey and alpha, RGB, RGBA without a transparency key: 8-bit rows are
    // the pixels as they are, 16-bit rows their high bytes.
    if (colorType !== 3 && !trns && bitDepth >= 8) {
      const line = this.line;
      if (bitDepth === 8) out.set(line.subarray(0, out.length));
      else for (let o = 0; o < out.length; o++) out[o] = line[o * 2]!;
      return;
    }
    const to8 = bitDepth === 16 ? (v: number) => v >> 8 : bitDepth === 8 ? (v: number) => v : (v: number) => Math.round((v * 255) / ((1 << bitDepth) - 1));
    const key = (i: number) => (trns![i * 2]! << 8) | trns![i * 2 + 1]!;
    let o = 0;
    for (let x = 0; x < width; x++) {
      switch (colorType) {
        case 0: {
          const v = this.sample(x);
          out[o++] = to8(v);
          if (trns) out[o++] = v === key(0) ? 0 : 255;
          break;
        }
        case 2: {
          const r = this.sample(x * 3);
          const g = this.sample(x * 3 + 1);
          const b = this.sample(x * 3 + 2);
          out[o++] = to8(r);
          out[o++] = to8(g);
          out[o++] = to8(b);
          if (trns) out[o++] = r === key(0) && g === key(1) && b === key(2) ? 0 : 255;
          break;
        }
        case 3: {
          const index = this.sample(x);
          const pal = this.palette!;
          // An index past the palette is an error in the file; show it black rather than refuse.
          const inside = index * 3 + 2 < pal.length;
          out[o++] = inside ? pal[index * 3]! : 0;
          out[o++] = inside ? pal[index * 3 + 1]! : 0;
          out[o++] = inside ? pal[index * 3 + 2]! : 0;
          if (trns) out[o++] = index < trns.length ? trns[index]! : 255;
          break;
        }
        case 4:
          out[o++] = to8(this.sample(x * 2));
          out[o++] = to8(this.sample(x * 2 + 1));
          break;
        default:
          for (let c = 0; c < 4; c++) out[o++] = to8(this.sample(x * 4 + c));
      }
    }
  }
}
