import { needTools } from "@handreichung/checks";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { srgbIccProfile, srgbToLinear, TRC_ENTRIES } from "./srgb-icc.js";

/** An ICC profile's tags: signature -> type signature and data. */
function tags(icc: Uint8Array): Map<string, { type: string; data: Uint8Array; offset: number }> {
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const out = new Map<string, { type: string; data: Uint8Array; offset: number }>();
  for (let i = 0; i < view.getUint32(128); i++) {
    const entry = 132 + 12 * i;
    const offset = view.getUint32(entry + 4);
    const size = view.getUint32(entry + 8);
    expect(offset + size, "a tag ends beyond the profile").toBeLessThanOrEqual(icc.length);
    out.set(text(icc, entry, 4), { type: text(icc, offset, 4), data: icc.subarray(offset, offset + size), offset });
  }
  return out;
}

const text = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;

/** A `curv` table's value at x (0–1), interpolated linearly, as a colour management module reads it. */
function curveAt(curv: Uint8Array, x: number): number {
  const n = (curv[8]! << 24) | (curv[9]! << 16) | (curv[10]! << 8) | curv[11]!;
  const position = x * (n - 1);
  const i = Math.min(Math.floor(position), n - 2);
  const a = u16(curv, 12 + 2 * i) / 65535;
  const b = u16(curv, 12 + 2 * (i + 1)) / 65535;
  return a + (b - a) * (position - i);
}

/** The ICC's sRGB profile (sRGB2014, v2) that pdfkit ships: the reference for colorants and curve. */
const shipped = new Uint8Array(readFileSync(join(dirname(createRequire(import.meta.url).resolve("pdfkit")), "data/sRGB_IEC61966_2_1.icc")));

describe("the embedded sRGB ICC profile", () => {
  const icc = srgbIccProfile();
  const own = tags(icc);

  it("is an ICC v2 RGB display profile (header: size, version, class mntr, colour space RGB, PCS XYZ, signature acsp, D50)", () => {
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    expect(view.getUint32(0)).toBe(icc.length);
    expect(view.getUint32(8)).toBe(0x02100000);
    expect([text(icc, 12, 4), text(icc, 16, 4), text(icc, 20, 4), text(icc, 36, 4)]).toEqual(["mntr", "RGB ", "XYZ ", "acsp"]);
    expect([68, 72, 76].map((at) => view.getInt32(at))).toEqual([63190, 65536, 54061]);
    expect(icc.length % 4).toBe(0);
  });

  it("has the tags a matrix/TRC display profile needs, of the right types, each at a 4-byte boundary", () => {
    const types = Object.fromEntries([...own].map(([signature, tag]) => [signature, tag.type]));
    expect(types).toEqual({ desc: "desc", cprt: "text", wtpt: "XYZ ", rXYZ: "XYZ ", gXYZ: "XYZ ", bXYZ: "XYZ ", rTRC: "curv", gTRC: "curv", bTRC: "curv" });
    for (const [signature, tag] of own) expect(tag.offset % 4, signature).toBe(0);
    const desc = own.get("desc")!.data;
    const length = (desc[8]! << 24) | (desc[9]! << 16) | (desc[10]! << 8) | desc[11]!;
    expect(text(desc, 12, length)).toBe("sRGB IEC61966-2.1\0");
  });

  it("has the white point and the colorants of the ICC's own sRGB profile", () => {
    const reference = tags(shipped);
    for (const signature of ["wtpt", "rXYZ", "gXYZ", "bXYZ"]) expect([...own.get(signature)!.data], signature).toEqual([...reference.get(signature)!.data]);
  });

  it(`has a tone curve of ${TRC_ENTRIES} points, within 0.03 of an 8-bit step of IEC 61966-2-1 and of the ICC profile's 1,024 points`, () => {
    // Each point costs a poppler-based reader time on every page it draws (see srgb-icc.ts).
    expect(TRC_ENTRIES).toBeLessThanOrEqual(64);
    const curve = own.get("rTRC")!.data;
    expect(own.get("gTRC")!.offset).toBe(own.get("rTRC")!.offset);
    expect(own.get("bTRC")!.offset).toBe(own.get("rTRC")!.offset);
    const reference = tags(shipped).get("rTRC")!.data;
    let worst = 0;
    for (let i = 0; i <= 4095; i++) {
      const x = i / 4095;
      const linear = curveAt(curve, x);
      worst = Math.max(worst, Math.abs(linear - srgbToLinear(x)), Math.abs(linear - curveAt(reference, x)));
    }
    // In 8-bit steps of linear light: 0.025 with 64 points, 0.1 with 32.
    expect(worst * 255).toBeLessThan(0.03);
  });

  it("reads as the ICC's profile in LittleCMS (transicc): sRGB colours to CIELAB within ΔE 0.1", (context) => {
    needTools(context, "transicc");
    const dir = mkdtempSync(join(tmpdir(), "handreichung-icc-"));
    try {
      const lab = (name: string, profile: Uint8Array) => {
        const file = join(dir, `${name}.icc`);
        writeFileSync(file, profile);
        // Black, white, greys, dark and light tints, muted and pure colours: one RGB triple a line.
        const colours = ["0 0 0", "255 255 255", "128 128 128", "10 10 10", "3 3 3", "30 80 140", "200 30 60", "255 0 0", "0 255 0", "0 0 255", "240 245 250"];
        const run = spawnSync("transicc", ["-i", file, "-o", "*Lab", "-t", "1", "-n"], { input: `${colours.join("\n")}\n`, encoding: "utf8" });
        expect(run.status, run.stderr).toBe(0);
        const values = run.stdout.trim().split("\n").filter((line) => /^-?\d/.test(line.trim())).map((line) => line.trim().split(/\s+/).map(Number));
        expect(values).toHaveLength(colours.length);
        return values;
      };
      const ours = lab("ours", icc);
      const theirs = lab("icc-srgb2014", shipped);
      const deltaE = ours.map((v, i) => Math.hypot(...v.map((x, k) => x - theirs[i]![k]!)));
      expect(Math.max(...deltaE)).toBeLessThan(0.1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
