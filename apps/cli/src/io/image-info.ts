import type { LogoImage } from "@handreichung/content";
import { crc32, inflateSync } from "node:zlib";

// A logo is a small letterhead image; more pixels than this is a mistake (or a decompression bomb).
const MAX_PIXELS = 40_000_000;
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Pixel size and format of a PNG or JPEG, read from its header; null for anything else. */
export function imageInfo(data: Uint8Array): Pick<LogoImage, "format" | "width" | "height"> | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const isPng = data.length >= 24 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => data[i] === b);
  if (isPng) {
    if (String.fromCharCode(...data.subarray(12, 16)) !== "IHDR") return null;
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 && pngIsIntact(data, view, width, height) ? { format: "png", width, height } : null;
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    // Walk the JPEG segments to the frame header (SOF0..SOF15 except DHT/JPG/DAC).
    let at = 2;
    while (at + 9 < data.length) {
      if (data[at] !== 0xff) return null;
      const marker = data[at + 1]!;
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2;
        continue;
      }
      const length = view.getUint16(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = view.getUint16(at + 5);
        const width = view.getUint16(at + 7);
        return width > 0 && height > 0 ? { format: "jpeg", width, height } : null;
      }
      if (length < 2) return null;
      at += 2 + length;
    }
  }
  return null;
}

/**
 * Walks a PNG's chunks (lengths, CRCs, IEND) and inflates its image data, so a
 * truncated or corrupt file is refused when it is read, not deep in a renderer.
 */
function pngIsIntact(data: Uint8Array, view: DataView, width: number, height: number): boolean {
  const bitDepth = data[24]!;
  const channels = PNG_CHANNELS[data[25]!];
  const interlaced = data[28] === 1;
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(bitDepth) || width * height > MAX_PIXELS) return false;
  const idat: Uint8Array[] = [];
  let at = 8;
  for (;;) {
    if (at + 12 > data.length) return false;
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > data.length) return false;
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return false;
    if (type === "IDAT") idat.push(data.subarray(at + 8, at + 8 + length));
    at = end;
    if (type === "IEND") break;
  }
  if (idat.length === 0) return false;
  // Each row is a filter byte and its packed pixels; Adam7 passes add at most one filter byte per row and pass.
  const rowBytes = Math.ceil((width * channels * bitDepth) / 8);
  const expected = height * (1 + rowBytes);
  try {
    const pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: interlaced ? expected + 7 * height + 7 : expected });
    return interlaced ? pixels.length > 0 : pixels.length === expected;
  } catch {
    return false;
  }
}
