// A PNG made in the test, so the tests need no image files.
import { deflateSync } from "node:zlib";

/**
 * A small RGB PNG (a striped shield-like block), made here so tests need no
 * image files; with `alpha` an RGBA one whose corners are transparent.
 */
export function makePng(width: number, height: number, options: { alpha?: boolean } = {}): Uint8Array {
  const channels = options.alpha ? 4 : 3;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * channels + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * channels + 1) + 1 + x * channels;
      const stripe = Math.floor(x / (width / 5)) % 2 === 0;
      raw[o] = stripe ? 0x1d : 0xf0;
      raw[o + 1] = stripe ? 0x4f : 0xc0;
      raw[o + 2] = stripe ? 0x7a : 0x20;
      if (options.alpha) raw[o + 3] = (x < width / 6 || x > (5 * width) / 6) && y > (2 * height) / 3 ? 0 : 255;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = options.alpha ? 6 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
