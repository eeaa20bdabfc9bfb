import jpeg from "jpeg-js";
import { decode as fastPngDecode, encode as fastPngEncode } from "fast-png";
import { describe, expect, it } from "vitest";
import { LogoError } from "./errors.js";
import { MAX_LOGO_BYTES } from "./limits.js";
import { fittedSize, prepareLogo } from "./prepare.js";

const rgba = (width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]) => {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return data;
};

const smallPng = fastPngEncode({ width: 120, height: 60, channels: 4, depth: 8, data: rgba(120, 60, (x, y) => [x * 2, y * 4, 90, 255]) });
const photo = (width: number, height: number) => Uint8Array.from(jpeg.encode({ width, height, data: rgba(width, height, (x, y) => [(x * 7) & 255, (y * 5) & 255, (x + y) & 255, 255]) }, 90).data);

function refusal(data: Uint8Array): { code: string; reason: string } {
  try {
    prepareLogo(data, "Logo");
  } catch (error) {
    if (error instanceof LogoError) return { code: error.code, reason: error.reason };
    throw error;
  }
  throw new Error("accepted");
}

describe("prepareLogo", () => {
  it("keeps an ordinary PNG and JPEG byte for byte", () => {
    expect(prepareLogo(smallPng, "Wappen")).toEqual({ data: smallPng, format: "png", width: 120, height: 60, alt: "Wappen" });
    const jpg = photo(400, 200);
    expect(prepareLogo(jpg, "Wappen")).toEqual({ data: jpg, format: "jpeg", width: 400, height: 200, alt: "Wappen" });
  });

  it("refuses what is not PNG or JPEG", () => {
    for (const text of ["", "GIF89a\u0001\u0000\u0001\u0000", "<svg xmlns='http://www.w3.org/2000/svg'/>", "\u00ff\u00d8"]) {
      expect(refusal(new TextEncoder().encode(text))).toEqual({ code: "E_LOGO_FORMAT", reason: "not a readable PNG or JPEG image" });
    }
  });

  it("refuses a JPEG cut to a third, or without its end", () => {
    const jpg = photo(400, 200);
    expect(refusal(jpg.subarray(0, Math.floor(jpg.length / 3)))).toEqual({ code: "E_LOGO_DAMAGED", reason: "damaged JPEG image: cut off" });
    expect(refusal(jpg.subarray(0, jpg.length - 2))).toEqual({ code: "E_LOGO_DAMAGED", reason: "damaged JPEG image: cut off" });
  });

  it("refuses a 23-byte JPEG header that claims 65535×65535 pixels, without decoding", () => {
    const header = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
    expect(header.length).toBe(23);
    expect(refusal(header)).toEqual({ code: "E_LOGO_PIXELS", reason: "65535×65535 pixels (4294.8 megapixels); the limit is 40 megapixels" });
  });

  it("refuses a JPEG whose frame header is missing", () => {
    expect(refusal(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9]))).toEqual({ code: "E_LOGO_DAMAGED", reason: "damaged JPEG image: no image data" });
  });

  it("refuses more bytes than the cap", () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(smallPng);
    expect(refusal(big)).toEqual({ code: "E_LOGO_BYTES", reason: "too large (5.0 MB; the limit is 5.0 MB)" });
  });

  it("fits only logos far larger than their print size", () => {
    expect(fittedSize(120, 60)).toBeNull();
    expect(fittedSize(1250, 400)).toBeNull();
    expect(fittedSize(6000, 6000)).toEqual({ width: 217, height: 217 });
    expect(fittedSize(4000, 1000)).toEqual({ width: 625, height: 156 });
  });

  it("scales a large PNG down to print resolution, keeping its transparency and colours", () => {
    // Left half opaque red, right half transparent.
    const big = fastPngEncode({ width: 3000, height: 1000, channels: 4, depth: 8, data: rgba(3000, 1000, (x) => (x < 1500 ? [200, 20, 10, 255] : [0, 0, 0, 0])) });
    const logo = prepareLogo(big, "Wappen");
    expect(logo).toMatchObject({ format: "png", width: 625, height: 208, alt: "Wappen" });
    const decoded = fastPngDecode(logo.data);
    expect([decoded.width, decoded.height, decoded.channels, decoded.depth]).toEqual([625, 208, 4, 8]);
    const at = (x: number, y: number) => Array.from(decoded.data.subarray((y * 625 + x) * 4, (y * 625 + x) * 4 + 4));
    expect(at(10, 100)).toEqual([200, 20, 10, 255]);
    expect(at(600, 100)).toEqual([0, 0, 0, 0]);
  });

  it("passes a large JPEG on as it is: no renderer decodes JPEG", () => {
    const jpg = photo(1400, 500);
    expect(prepareLogo(jpg, "Wappen")).toEqual({ data: jpg, format: "jpeg", width: 1400, height: 500, alt: "Wappen" });
  });

  it("refuses JPEG scans whose restart markers are out of order, and unusual kinds of JPEG", () => {
    const sof = [0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0];
    const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
    const jpegOf = (...parts: number[][]) => Uint8Array.from([0xff, 0xd8, ...parts.flat(), 0xff, 0xd9]);
    expect(prepareLogo(jpegOf(sof, sos, [1, 2, 0xff, 0xd0, 3, 0xff, 0xd1, 4]), "a").width).toBe(1);
    expect(refusal(jpegOf(sof, sos, [1, 2, 0xff, 0xd0, 3, 0xff, 0xd5, 4])).reason).toBe("damaged JPEG image: restart markers out of order");
    expect(refusal(jpegOf(sof, sos)).reason).toBe("damaged JPEG image: empty scan");
    expect(refusal(jpegOf(sof)).reason).toBe("damaged JPEG image: no image data");
    const lossless = [...sof];
    lossless[1] = 0xc3;
    expect(refusal(jpegOf(lossless, sos, [1]))).toMatchObject({ code: "E_LOGO_FORMAT" });
  });

  it("gives the same bytes every time (documents are reproducible)", () => {
    const big = fastPngEncode({ width: 1500, height: 600, channels: 3, depth: 8, data: rgba(1500, 600, (x, y) => [x & 255, y & 255, 7, 255]).filter((_, i) => i % 4 !== 3) });
    expect(prepareLogo(big, "a").data).toEqual(prepareLogo(big, "a").data);
  });
});
