import { describe, expect, it } from "vitest";
import { FONT_ASSETS, fontData, loadFonts, shapingAsset, shapingTable } from "../fonts.js";
import { loadAsset } from "@handreichung/assets";
import { FONTKIT_VERSION } from "./fontkit-version.js";
import { fontFingerprint, shapingTableFor } from "./table.js";

describe("a shaping table", () => {
  it("is built by pnpm build for every cut and used when it fits the font and fontkit", async () => {
    await loadFonts();
    expect(shapingTable("regular"), "dist/shaping/*.json missing or stale: run pnpm build").not.toBeNull();
    expect(shapingTable("bold")).not.toBeNull();
    expect(FONT_ASSETS.map(shapingAsset)).toContain("@handreichung/pdf/shaping/SourceSans3_400Regular.json");
  });

  it("made with another fontkit or from another font file is not used: fontkit shapes, to the same result", async () => {
    await loadFonts();
    const json = await loadAsset(shapingAsset(FONT_ASSETS[0]!), import.meta.url);
    const font = fontData("regular");
    expect(shapingTableFor(json, font, FONTKIT_VERSION)).not.toBeNull();
    // Another fontkit.
    expect(shapingTableFor(json, font, "2.0.5")).toBeNull();
    // Another font file: the bold cut, and the regular cut with one table's bytes changed.
    expect(shapingTableFor(json, fontData("bold"), FONTKIT_VERSION)).toBeNull();
    const changed = font.slice();
    const view = new DataView(changed.buffer);
    view.setUint32(12 + 4, view.getUint32(12 + 4) ^ 1); // the first table's checksum
    expect(fontFingerprint(changed)).not.toBe(fontFingerprint(font));
    expect(shapingTableFor(json, changed, FONTKIT_VERSION)).toBeNull();
    // Not a table at all, or none.
    expect(shapingTableFor(new TextEncoder().encode("{"), font, FONTKIT_VERSION)).toBeNull();
    expect(shapingTableFor(null, font, FONTKIT_VERSION)).toBeNull();
  });

  it("whose lists are not sorted by key is not used: the fast shaper searches them", async () => {
    await loadFonts();
    const json = await loadAsset(shapingAsset(FONT_ASSETS[0]!), import.meta.url);
    const font = fontData("regular");
    const table = JSON.parse(new TextDecoder().decode(json)) as { cmap: number[]; ops: { pair?: { format: number; class2: number[] }[] }[] };
    const reencode = (t: unknown) => new TextEncoder().encode(JSON.stringify(t));
    expect(shapingTableFor(reencode(table), font, FONTKIT_VERSION)).not.toBeNull();
    // Two entries of the character map swapped.
    const cmap = structuredClone(table);
    cmap.cmap.splice(0, 6, ...cmap.cmap.slice(3, 6), ...cmap.cmap.slice(0, 3));
    expect(shapingTableFor(reencode(cmap), font, FONTKIT_VERSION)).toBeNull();
    // A kerning class list out of order.
    const kerning = structuredClone(table);
    const classes = kerning.ops.flatMap((op) => op.pair ?? []).find((s) => s.format === 2)!.class2;
    classes.splice(0, 4, ...classes.slice(2, 4), ...classes.slice(0, 2));
    expect(shapingTableFor(reencode(kerning), font, FONTKIT_VERSION)).toBeNull();
  });
});

describe("a shaping table's font header", () => {
  it("gives the parsed font the PostScript name and post table fontkit decodes, the glyph names on first use", async () => {
    const fontkit = await import("fontkit");
    const { presetHeader } = await import("../internals/fontkit.js");
    await loadFonts();
    for (const role of ["regular", "italic", "semibold", "bold"] as const) {
      const table = shapingTable(role)!;
      const plain = fontkit.create(fontData(role)) as { postscriptName: string; post: Record<string, unknown>; italicAngle: number };
      const preset = fontkit.create(fontData(role)) as typeof plain & { _tables: Record<string, unknown> };
      presetHeader(preset, table.header);
      expect(preset.postscriptName).toBe(plain.postscriptName);
      expect(preset.italicAngle).toBe(plain.italicAngle);
      expect(preset.post.isFixedPitch).toBe(plain.post.isFixedPitch);
      // Neither table was decoded for these.
      expect(preset._tables.name).toBeUndefined();
      expect(Array.isArray(preset.post.names)).toBe(true);
      expect({ ...preset.post }).toEqual({ ...plain.post });
    }
  });
});
