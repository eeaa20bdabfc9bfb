// Reads what the font checks need from an embedded TrueType font program
// (FontFile2): units per em, the number of glyphs, and each glyph's advance
// width. Written here rather than taken from fontkit, which made the fonts:
// a check should not share the code it checks.

export interface FontProgram {
  unitsPerEm: number;
  numGlyphs: number;
  /** Advance width of glyph `gid` in font units. */
  advance(gid: number): number;
}

/** The font program's metrics, or a message saying why they cannot be read. */
export function readTrueType(data: Uint8Array): FontProgram | string {
  if (data.length < 12) return "font program too short";
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) return `not a TrueType font program (version 0x${version.toString(16)})`;
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (at + 16 > data.length) return "table directory cut off";
    const tag = String.fromCharCode(...data.subarray(at, at + 4));
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string, least: number) => {
    const t = tables.get(tag);
    if (!t || t.offset + Math.max(least, t.length) > data.length) return null;
    return t;
  };
  const head = table("head", 54);
  const hhea = table("hhea", 36);
  const maxp = table("maxp", 6);
  const hmtx = table("hmtx", 0);
  if (!head || !hhea || !maxp || !hmtx) return "font program lacks head, hhea, maxp or hmtx";
  const unitsPerEm = view.getUint16(head.offset + 18);
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const metrics = view.getUint16(hhea.offset + 34);
  if (metrics === 0 || hmtx.offset + 4 * metrics > data.length) return "hmtx table cut off";
  return {
    unitsPerEm,
    numGlyphs,
    advance: (gid) => view.getUint16(hmtx.offset + 4 * Math.min(gid, metrics - 1)),
  };
}
