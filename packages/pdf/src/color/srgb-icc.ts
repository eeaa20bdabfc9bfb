// The sRGB ICC profile of the PDF/A output intent, built here (604 bytes): an
// ICC v2 display profile of IEC 61966-2-1 — D50 white, the standard's primaries
// adapted to D50 (the colorants of the ICC's own sRGB profile) and its tone
// curve as a table of TRC_ENTRIES points.
//
// Why not the ICC's sRGB profile, which pdfkit ships: its tone curve is a
// 1,024-point table, and LittleCMS inverts such a table point by point every
// time a poppler-based reader (Evince, Okular, pdftotext, pdfinfo) draws a
// page with this output intent: about 30 ms a page, and `pdfinfo -struct-text`,
// which draws a page again for every tagged element, took 3.1 s for the
// 3-page handout instead of 0.14 s without the intent. With 64 points it takes
// 0.4 s, and the curve stays within 0.03 of an 8-bit step (of linear light)
// of the standard's formula (color/srgb-icc.test.ts). The ICC's licence allows its
// profile to be copied only unchanged, so a shorter table means a profile of
// our own. Built from numbers, so the renderer needs no file (it runs in
// browsers too).

/** Points of the tone curve table (see above: each point costs readers time). */
export const TRC_ENTRIES = 64;

/** The profile's description: the output condition it characterises (the output intent names it too). */
export const SRGB_DESCRIPTION = "sRGB IEC61966-2.1";

/**
 * D50 and the sRGB primaries adapted to it, as s15Fixed16 numbers (value ×
 * 65536): the values of the ICC's sRGB profile (sRGB2014), which
 * color/srgb-icc.test.ts compares with the file pdfkit ships.
 */
const D50 = [63190, 65536, 54061] as const;
const COLORANTS = {
  rXYZ: [28578, 14581, 912],
  gXYZ: [25241, 46981, 6362],
  bXYZ: [9376, 3972, 46799],
} as const;

/** IEC 61966-2-1: encoded sRGB value (0–1) to linear light (0–1). */
export function srgbToLinear(encoded: number): number {
  return encoded <= 0.04045 ? encoded / 12.92 : ((encoded + 0.055) / 1.055) ** 2.4;
}

let bytes: Uint8Array | undefined;

/** The profile's bytes, built once. */
export function srgbIccProfile(): Uint8Array {
  bytes ??= buildProfile();
  return bytes;
}

/** One tag's data: its type signature, four reserved bytes, then the content. */
function tagData(type: string, content: number[]): number[] {
  return [...ascii(type), 0, 0, 0, 0, ...content];
}

function buildProfile(): Uint8Array {
  const xyz = (v: readonly number[]) => tagData("XYZ ", v.flatMap(u32));
  // textDescriptionType (ICC.1:2001-04 6.5.17): ASCII with its NUL, no Unicode or ScriptCode text.
  const desc = tagData("desc", [...u32(SRGB_DESCRIPTION.length + 1), ...ascii(SRGB_DESCRIPTION), 0, ...u32(0), ...u32(0), ...u16(0), 0, ...zeros(67)]);
  const curve: number[] = [];
  for (let i = 0; i < TRC_ENTRIES; i++) curve.push(...u16(Math.round(srgbToLinear(i / (TRC_ENTRIES - 1)) * 65535)));
  const trc = tagData("curv", [...u32(TRC_ENTRIES), ...curve]);
  const own: [string, number[]][] = [
    ["desc", desc],
    ["cprt", tagData("text", [...ascii("No copyright, use freely"), 0])],
    ["wtpt", xyz(D50)],
    ["rXYZ", xyz(COLORANTS.rXYZ)],
    ["gXYZ", xyz(COLORANTS.gXYZ)],
    ["bXYZ", xyz(COLORANTS.bXYZ)],
    ["rTRC", trc],
  ];
  // The three channels share one curve: tags may point at the same data.
  const sharing = ["gTRC", "bTRC"];
  const count = own.length + sharing.length;
  const body: number[] = [];
  const table: number[] = [];
  let at = 128 + 4 + 12 * count;
  let trcAt = 0;
  for (const [signature, data] of own) {
    table.push(...ascii(signature), ...u32(at), ...u32(data.length));
    if (signature === "rTRC") trcAt = at;
    const padded = [...data, ...zeros((4 - (data.length % 4)) % 4)];
    body.push(...padded);
    at += padded.length;
  }
  for (const signature of sharing) table.push(...ascii(signature), ...u32(trcAt), ...u32(trc.length));
  const header = [
    ...u32(at), // profile size
    ...zeros(4), // preferred CMM: none
    ...u32(0x02100000), // version 2.1
    ...ascii("mntr"), // a display profile, as the ICC's sRGB profile is
    ...ascii("RGB "),
    ...ascii("XYZ "), // profile connection space
    ...[2026, 11, 27, 0, 0, 0].flatMap(u16), // when this profile was made
    ...ascii("acsp"),
    ...zeros(4 + 4 + 4 + 4 + 8 + 4), // platform, flags, manufacturer, model, attributes, rendering intent (perceptual)
    ...D50.flatMap(u32), // the PCS illuminant
    ...zeros(4 + 16 + 28), // creator, profile ID (none in v2), reserved
  ];
  return Uint8Array.from([...header, ...u32(count), ...table, ...body]);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function u32(value: number): number[] {
  return [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
}

function u16(value: number): number[] {
  return [(value >>> 8) & 255, value & 255];
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
