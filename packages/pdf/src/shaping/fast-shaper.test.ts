import { seededRandom } from "@handreichung/checks/unseen-text";
import * as fontkit from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { FONT_ROLES, fontData, loadFonts, shapingTable } from "../fonts.js";
import { exactGlyphCodePoints } from "../internals/fontkit.js";
import type { FontRole } from "../theme.js";
import { FastShaper, type GlyphFont, trailingSpaceIsInert } from "./fast-shaper.js";
import type { ShapingTable } from "./table.js";

beforeAll(() => loadFonts());

interface LayoutFont extends GlyphFont {
  layout(text: string): { glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]; positions: object[] };
}

/** A parsed cut of its own, patched as the renderer patches it. */
function parsed(role: FontRole): LayoutFont {
  const font = fontkit.create(fontData(role)) as LayoutFont;
  exactGlyphCodePoints(font);
  return font;
}

/** The table `pnpm build` made for the cut (dist/shaping/), as the renderer loads it. */
const tableOf = (role: FontRole): ShapingTable => {
  const table = shapingTable(role);
  if (!table) throw new Error(`no shaping table for ${role}: dist/shaping/*.json missing or stale, run pnpm build`);
  return table;
};

const GERMAN = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜẞffiflft";
const PUNCT = " .,;:!?-–—„“”‚‘’'\"()[]/&%§0123456789€@*+=<>°\u00a0\u202f\u00ad…";
const OTHER = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻçğıİöşüÇĞŞæøåÆØÅéèêëàâîïôûùÿœŒ";
const GREEK = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
const CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґ";
// Text the table must leave to fontkit: combining marks, the fraction slash, other scripts.
const FOREIGN = "\u0301\u0308\u2044مرحبا中文שלום\u200d\ufe0f";

function word(next: () => number): string {
  const pools = [GERMAN, GERMAN, GERMAN, PUNCT, OTHER, GREEK, CYRILLIC, next() < 0.05 ? FOREIGN : GERMAN];
  const pool = pools[Math.floor(next() * pools.length)]!;
  const chars = [...pool];
  let s = "";
  const n = 1 + Math.floor(next() * 12);
  for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)];
  return next() < 0.3 ? `${s} ` : s;
}

describe("the fast shaper gives fontkit's glyphs and positions", () => {
  for (const role of FONT_ROLES) {
    it(`for random text in ${role}, or leaves it to fontkit`, () => {
      const table = tableOf(role);
      const fastFont = parsed(role);
      const plainFont = parsed(role);
      const shaper = new FastShaper(table, fastFont);
      const next = seededRandom(role.length * 7919);
      let fast = 0;
      let total = 0;
      for (let i = 0; i < 2500; i++) {
        const text = Array.from({ length: 1 + Math.floor(next() * 3) }, () => word(next)).join("");
        const run = shaper.layout(text);
        const plain = plainFont.layout(text);
        total++;
        if (run === null) {
          fastFont.layout(text); // what the renderer does then: the same glyph requests fontkit makes
          continue;
        }
        fast++;
        const key = (g: { id: number; codePoints: number[]; advanceWidth: number }) => `${g.id}/${g.codePoints.join(",")}/${g.advanceWidth}`;
        expect(run.glyphs.map(key), text).toEqual(plain.glyphs.map(key));
        expect(run.positions.map((p) => ({ ...p })), text).toEqual(plain.positions.map((p) => ({ ...p })));
      }
      // Most of this text is the table's: the fast path must actually carry it.
      expect(fast / total).toBeGreaterThan(0.6);
    });
  }

  it("shapes the words of a German circular without fontkit", () => {
    const shaper = new FastShaper(tableOf("regular"), parsed("regular"));
    const words = "Die Kommunen in Nordrhein-Westfalen (§ 12 Abs. 3) beraten Geflüchtete – „Integration“ gelingt, wenn Ämter, Schulen und Vereine zusammenarbeiten: 1.250,00 € für 2024/2025.".split(/(?<= )/);
    for (const w of words) expect(shaper.layout(w), w).not.toBeNull();
  });

  for (const role of FONT_ROLES) {
    it(`builds "word " from the word shaped before, as fontkit shapes it whole, in ${role}`, () => {
      const table = tableOf(role);
      // The cuts' rules never touch a space at the end of a run: the shortcut is in use.
      expect(trailingSpaceIsInert(table)).toBe(true);
      const shaper = new FastShaper(table, parsed(role));
      const plainFont = parsed(role);
      const next = seededRandom(role.length * 104_729);
      const key = (g: { id: number; codePoints: number[]; advanceWidth: number }) => `${g.id}/${g.codePoints.join(",")}/${g.advanceWidth}`;
      // pdfkit scales the positions it is given in place: the kept word must not change with them.
      const scaled = (run: ReturnType<FastShaper["layout"]>) => {
        for (const p of run?.positions ?? []) for (const k of Object.keys(p) as (keyof typeof p)[]) p[k] *= 0.012;
        return run;
      };
      let composed = 0;
      for (let i = 0; i < 600; i++) {
        const w = word(next).trimEnd().replaceAll(" ", "");
        if (!w || !scaled(shaper.layout(w))) continue;
        const run = shaper.layout(`${w} `)!;
        const plain = plainFont.layout(`${w} `);
        expect(run.glyphs.map(key), w).toEqual(plain.glyphs.map(key));
        expect(run.positions.map((p) => ({ ...p })), w).toEqual(plain.positions.map((p) => ({ ...p })));
        scaled(run);
        composed++;
      }
      expect(composed).toBeGreaterThan(300);
    });
  }

  it("shapes \"word \" whole when a rule of the font touches the space", () => {
    const table = tableOf("regular");
    // The character map holds triples: code point, glyph, script.
    const glyphOf = (cp: number) => table.cmap[table.cmap.findIndex((v, i) => i % 3 === 0 && v === cp) + 1]!;
    const space = glyphOf(0x20);
    const letter = glyphOf(0x41);
    const kerned: ShapingTable = { ...table, ops: [...table.ops, { pair: [{ format: 1, fields1: ["xAdvance"], fields2: [], sets: { [letter]: [space, -50] } }] }] };
    expect(trailingSpaceIsInert(kerned)).toBe(false);
    expect(trailingSpaceIsInert({ ...table, ops: [...table.ops, { single: [[space, letter]] }] })).toBe(false);
    expect(trailingSpaceIsInert({ ...table, ops: [...table.ops, { guard: [space] }] })).toBe(false);
    expect(trailingSpaceIsInert({ ...table, ops: [...table.ops, { ligature: [{ [letter]: [[letter, space]] }] }] })).toBe(false);
  });

  it("leaves combining marks, the fraction slash and other scripts to fontkit", () => {
    const shaper = new FastShaper(tableOf("regular"), parsed("regular"));
    for (const text of ["e\u0301", "1\u20442", "مرحبا", "中文", "a\u200db"]) expect(shaper.layout(text), text).toBeNull();
  });
});
