import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { imageInfo } from "./image-info.js";

const png = readFileSync(new URL("../../../../tests/fixtures/logo.png", import.meta.url));

// A minimal JPEG header: SOI, an APP0 segment, then SOF0 with 3x2 pixels.
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xd9]);

describe("imageInfo", () => {
  it("reads the size of a PNG", () => {
    expect(imageInfo(png)).toEqual({ format: "png", width: 120, height: 60 });
  });

  it("reads the size of a JPEG from its frame header", () => {
    expect(imageInfo(jpeg)).toEqual({ format: "jpeg", width: 3, height: 2 });
  });

  it("refuses SVG, GIF, truncated and empty data", () => {
    expect(imageInfo(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(imageInfo(new TextEncoder().encode("GIF89a\x01\x00\x01\x00"))).toBeNull();
    expect(imageInfo(png.subarray(0, 20))).toBeNull();
    expect(imageInfo(jpeg.subarray(0, 6))).toBeNull();
    expect(imageInfo(new Uint8Array())).toBeNull();
  });

  it("refuses a PNG whose header is fine but whose chunks or pixels are not", () => {
    const garbage = Uint8Array.from({ length: 200 }, (_, i) => (i * 37) & 0xff);
    expect(imageInfo(Buffer.concat([png.subarray(0, 33), garbage]))).toBeNull();
    expect(imageInfo(png.subarray(0, png.length - 12))).toBeNull(); // no IEND
    const flipped = Uint8Array.from(png);
    flipped[45] = flipped[45]! ^ 0xff; // inside IDAT: the CRC no longer matches
    expect(imageInfo(flipped)).toBeNull();
  });
});
