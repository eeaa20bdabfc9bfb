import { LogoError } from "./errors.js";
import { MAX_LOGO_PIXELS } from "./limits.js";

export type LogoFormat = "png" | "jpeg";

export interface LogoHeader {
  format: LogoFormat;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(data: Uint8Array): boolean {
  return data.length >= 8 && PNG_SIGNATURE.every((b, i) => data[i] === b);
}

export function isJpeg(data: Uint8Array): boolean {
  return data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
}

/** Checks a pixel size against MAX_LOGO_PIXELS before anything is decoded. */
export function checkPixels(width: number, height: number): void {
  if (width <= 0 || height <= 0) throw new LogoError("E_LOGO_PIXELS", `claims a size of ${width}×${height} pixels`);
  const pixels = width * height;
  if (pixels > MAX_LOGO_PIXELS) {
    throw new LogoError("E_LOGO_PIXELS", `${width}×${height} pixels (${(pixels / 1e6).toFixed(1)} megapixels); the limit is ${MAX_LOGO_PIXELS / 1e6} megapixels`);
  }
}
