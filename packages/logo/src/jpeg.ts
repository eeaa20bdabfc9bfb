import { LogoError } from "./errors.js";
import { checkPixels } from "./header.js";

const damaged = (detail: string) => new LogoError("E_LOGO_DAMAGED", `damaged JPEG image: ${detail}`);

// Baseline, extended and progressive Huffman-coded JPEG: what PDF readers and Word show reliably.
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

/**
 * Walks a whole JPEG — every segment, the frame header and every scan's
 * entropy-coded data with its restart markers in order — to the end-of-image
 * marker, and checks the pixel cap. A file cut short, a header without image
 * data or a frame of more than MAX_LOGO_PIXELS is refused. The pixels are not
 * decoded: both renderers embed JPEG bytes as they are (pdfkit as DCTDecode),
 * so a large JPEG costs its bytes, never its pixels; and decoding in pure
 * JavaScript (jpeg-js) took 13 s and 1.2 GB for a 36-megapixel logo.
 * Throws LogoError.
 */
export function checkJpeg(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let frame: { width: number; height: number } | null = null;
  let scans = 0;
  let at = 2; // after SOI
  for (;;) {
    if (at + 2 > data.length) throw damaged("cut off");
    if (data[at] !== 0xff) throw damaged("corrupt segment structure");
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      if (!frame || scans === 0) throw damaged("no image data");
      return frame;
    }
    if (marker === 0xd8) throw damaged("corrupt segment structure");
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (at + 4 > data.length) throw damaged("cut off");
    const length = view.getUint16(at + 2);
    if (length < 2) throw damaged("corrupt segment structure");
    if (at + 2 + length > data.length) throw damaged("cut off");
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (frame) throw damaged("two frame headers");
      if (length < 8) throw damaged("corrupt frame header");
      const precision = data[at + 4]!;
      frame = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      const components = data[at + 9]!;
      checkPixels(frame.width, frame.height);
      if (!SUPPORTED_FRAMES.has(marker) || precision !== 8) {
        throw new LogoError("E_LOGO_FORMAT", "an unusual kind of JPEG (lossless, hierarchical, arithmetic-coded or 12-bit); save it as an ordinary JPEG or PNG");
      }
      if (![1, 3, 4].includes(components) || length !== 8 + 3 * components) throw damaged("corrupt frame header");
    }
    if (marker === 0xda) {
      if (!frame) throw damaged("image data before the frame header");
      const components = data[at + 4]!;
      if (components < 1 || components > 4 || length !== 6 + 2 * components) throw damaged("corrupt scan header");
      at = skipScan(data, at + 2 + length);
      scans++;
      continue;
    }
    at += 2 + length;
  }
}

/** Walks entropy-coded data to the marker that ends it; restart markers must come in order. */
function skipScan(data: Uint8Array, start: number): number {
  let at = start;
  let restart = 0;
  for (;;) {
    const ff = data.indexOf(0xff, at);
    if (ff < 0 || ff + 1 >= data.length) throw damaged("cut off");
    const next = data[ff + 1]!;
    if (next === 0x00 || next === 0xff) {
      at = ff + (next === 0x00 ? 2 : 1); // a stuffed 0xFF data byte, or fill before a marker
      continue;
    }
    if (next >= 0xd0 && next <= 0xd7) {
      if (next - 0xd0 !== restart) throw damaged("restart markers out of order");
      restart = (restart + 1) & 7;
      at = ff + 2;
      continue;
    }
    if (ff === start) throw damaged("empty scan");
    return ff;
  }
}
