import type { LogoImage } from "@handreichung/content";
import { encode } from "fast-png";
import { LogoError } from "./errors.js";
import { isJpeg, isPng } from "./header.js";
import { checkJpeg } from "./jpeg.js";
import { KEEP_FACTOR, LOGO_TARGET_PX, MAX_LOGO_BYTES } from "./limits.js";
import { decodePng, readPngHeader } from "./png.js";
import { BoxResampler } from "./resample.js";

/**
 * The pixel size a logo is scaled down to, or null to keep it as it is: only
 * a logo with more than KEEP_FACTOR times the pixels the page prints (in
 * either direction) is scaled, so ordinary logos reach the documents byte for byte.
 */
export function fittedSize(width: number, height: number): { width: number; height: number } | null {
  const scale = Math.min(LOGO_TARGET_PX.width / width, LOGO_TARGET_PX.height / height);
  if (scale * KEEP_FACTOR >= 1) return null;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Checks a logo's bytes and makes them ready for both renderers: PNG or JPEG,
 * at most MAX_LOGO_BYTES and MAX_LOGO_PIXELS, read to the end so a cut-off or
 * corrupt file is refused here and not in a renderer. A PNG is decoded in full
 * (pdfkit decodes it again for every document that has an alpha channel), and
 * one far larger than its printed size is scaled down to LOGO_DPI, once, so no
 * renderer decodes a huge image per document. A JPEG is walked to its end
 * marker and passed on as it is. Throws LogoError.
 */
export function prepareLogo(data: Uint8Array, alt: string): LogoImage {
  if (data.length > MAX_LOGO_BYTES) {
    throw new LogoError("E_LOGO_BYTES", `too large (${(data.length / 1024 / 1024).toFixed(1)} MB; the limit is ${(MAX_LOGO_BYTES / 1024 / 1024).toFixed(1)} MB)`);
  }
  if (isPng(data)) {
    const header = readPngHeader(data);
    const target = fittedSize(header.width, header.height);
    if (!target) {
      decodePng(data);
      return { data, format: "png", width: header.width, height: header.height, alt };
    }
    let resampler: BoxResampler | undefined;
    const { channels } = decodePng(data, (y, xStart, xStep, count, pixels) => {
      resampler ??= new BoxResampler(header.width, header.height, target.width, target.height, pixels.length / count);
      resampler.add(y, xStart, xStep, count, pixels);
    });
    return scaled(resampler ?? new BoxResampler(header.width, header.height, target.width, target.height, channels), alt);
  }
  if (isJpeg(data)) {
    // Embedded as they are by both renderers: checked, never decoded or scaled.
    const { width, height } = checkJpeg(data);
    return { data, format: "jpeg", width, height, alt };
  }
  throw new LogoError("E_LOGO_FORMAT", "not a readable PNG or JPEG image");
}

function scaled(resampler: BoxResampler, alt: string): LogoImage {
  const png = encode({ width: resampler.width, height: resampler.height, data: resampler.result(), channels: resampler.channels, depth: 8 });
  return { data: png, format: "png", width: resampler.width, height: resampler.height, alt };
}

