import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COVERAGE } from "./coverage-data.js";
import { chainFor, covers } from "./coverage.js";
import { FALLBACK_FACES } from "./faces.js";

const require = createRequire(import.meta.url);
// fontkit as pdfkit has it, the one the renderer parses fonts with.
const fontkit = (await import(createRequire(require.resolve("pdfkit")).resolve("fontkit"))) as { create(data: Uint8Array): { characterSet: number[] } };

function rangesOf(codePoints: number[]): number[] {
  const out: number[] = [];
  for (const cp of [...new Set(codePoints)].sort((a, b) => a - b)) {
    if (out.length && out[out.length - 1] === cp - 1) out[out.length - 1] = cp;
    else out.push(cp, cp);
  }
  return out;
}

const SOURCE = "@expo-google-fonts/source-sans-3";
const PRIMARY = {
  regular: `${SOURCE}/400Regular/SourceSans3_400Regular.ttf`,
  italic: `${SOURCE}/400Regular_Italic/SourceSans3_400Regular_Italic.ttf`,
  semibold: `${SOURCE}/600SemiBold/SourceSans3_600SemiBold.ttf`,
  bold: `${SOURCE}/700Bold/SourceSans3_700Bold.ttf`,
};

describe("the coverage table", () => {
  it("says exactly what each Source Sans 3 cut has (run scripts/emit-coverage.mjs after a font update)", () => {
    for (const [role, file] of Object.entries(PRIMARY)) {
      const font = fontkit.create(readFileSync(require.resolve(file)));
      expect(COVERAGE[role as keyof typeof PRIMARY], role).toEqual(rangesOf(font.characterSet));
    }
  });

  it("says exactly what every cut of every fallback font has", { timeout: 60_000 }, () => {
    for (const face of FALLBACK_FACES) {
      for (const file of new Set(Object.values(face.files))) {
        const font = fontkit.create(readFileSync(require.resolve(file)));
        expect(COVERAGE[face.id], file).toEqual(rangesOf(font.characterSet));
      }
    }
  });

  it("answers by binary search", () => {
    expect(covers("regular", 0x41)).toBe(true);
    expect(covers("regular", 0x627)).toBe(false);
    expect(covers("arabic", 0x627)).toBe(true);
    expect(covers("hebrew", 0x5d0)).toBe(true);
    expect(covers("chinese", 0x4e2d)).toBe(true);
    expect(covers("emoji", 0x1f600)).toBe(true);
    expect(covers("emoji", 0x10ffff)).toBe(false);
    expect(chainFor("bold")).toEqual(["bold", "arabic", "hebrew", "chinese", "emoji"]);
  });

  it("covers every script the issue names", () => {
    const has = (text: string) => [...text].every((ch) => chainFor("regular").some((f) => covers(f, ch.codePointAt(0)!)));
    // Turkish and Polish, Greek, Cyrillic in Source Sans 3 itself.
    for (const text of ["İıŞşĞğÇçÖöÜü", "ĄąĆćĘęŁłŃńÓóŚśŹźŻż", "ΑαΒβΓγΔδΩωάέή", "АаБбЖжЯяЁёІіЇїЄєҐґ"]) {
      expect([...text].every((ch) => covers("regular", ch.codePointAt(0)!)), text).toBe(true);
      expect([...text].every((ch) => covers("bold", ch.codePointAt(0)!)), text).toBe(true);
    }
    // Arabic, Persian, Urdu, Sorani Kurdish; Hebrew; simplified Chinese; emoji.
    for (const text of ["مرحبا", "پچژگی", "ٹڈڑںےۓھ", "ڕێۆڵەڤ", "שלום", "我们也提供中文咨询", "😀👋🇩🇪❤"]) expect(has(text), text).toBe(true);
  });
});
