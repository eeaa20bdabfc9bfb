import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bidiLevels } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { chainFor } from "./coverage.js";
import { fontRuns } from "./itemize.js";
import { lineRuns, reverseClusters, shaperReverses } from "./line-runs.js";

const require = createRequire(import.meta.url);
const fontkit = (await import(createRequire(require.resolve("pdfkit")).resolve("fontkit"))) as {
  create(data: Uint8Array): { layout(text: string): { direction: string; glyphs: { name: string; codePoints: number[] }[] } };
};
const arabic = fontkit.create(readFileSync(require.resolve("@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf")));

/** The line's runs: [logical text, font, level, what the shaper gets]. */
function runs(text: string, base: "ltr" | "rtl", start = 0, end = text.length, cuts?: Set<number>) {
  const levels = bidiLevels(text, base);
  return lineRuns(levels, fontRuns(text, chainFor("regular")), start, end, cuts).map((r) => [r.logical, r.font, r.level, r.shaped, ...(r.reversed ? ["reversed"] : [])]);
}

describe("a line's runs in display order", () => {
  it("puts an Arabic word inside a German line where it belongs, shaped from its logical text", () => {
    expect(runs("Beratung auf العربية und Türkçe", "ltr")).toEqual([
      ["Beratung auf ", "regular", 0, "Beratung auf "],
      ["العربية", "arabic", 1, "العربية"],
      [" ", "arabic", 0, " "],
      ["und Türkçe", "regular", 0, "und Türkçe"],
    ]);
  });

  it("orders an Arabic paragraph right to left, the number and the German word inside left to right", () => {
    // Spaces at the ends of a right-to-left run are runs of their own (see peelSpaces).
    expect(runs("في عام 2024 زار Integrationsamt.", "rtl")).toEqual([
      [".", "regular", 1, "."],
      ["Integrationsamt", "regular", 2, "Integrationsamt"],
      [" ", "arabic", 1, " "],
      ["زار", "arabic", 1, "زار"],
      [" ", "arabic", 1, " "],
      ["2024", "arabic", 2, "2024"],
      [" ", "arabic", 1, " "],
      ["في عام", "arabic", 1, "في عام"],
    ]);
  });

  it("hands Arabic-Indic digits to the shaper reversed, since fontkit reverses anything in Arabic script", () => {
    const r = runs("الرقم ١٢٣ هنا", "rtl");
    expect(r[2]).toEqual(["١٢٣", "arabic", 2, "٣٢١"]);
  });

  it("mirrors brackets in right-to-left runs", () => {
    expect(runs("(مرحبا)", "rtl")).toEqual([["(مرحبا)", "arabic", 1, ")مرحبا("]]);
  });

  it("reorders each line on its own after breaking the logical text", () => {
    const text = "في عام 2024 زار Integrationsamt المدينة";
    const second = text.indexOf("Integrationsamt");
    expect(runs(text, "rtl", 0, second).map((r) => r[0])).toEqual([" ", "زار", " ", "2024", " ", "في عام"]);
    expect(runs(text, "rtl", second, text.length).map((r) => r[0])).toEqual(["المدينة", " ", "Integrationsamt"]);
  });

  it("reverses a left-to-right word forced right to left and says so, for /ActualText", () => {
    expect(runs("\u202eAmt\u202c", "ltr")).toEqual([["Amt", "regular", 1, "tmA", "reversed"]]);
  });

  it("cuts where a span or a link starts", () => {
    expect(runs("auf Türkçe und", "ltr", 0, 14, new Set([4, 10])).map((r) => r[0])).toEqual(["auf ", "Türkçe", " und"]);
  });

  it("keeps grapheme clusters whole when it reverses", () => {
    expect(reverseClusters("ab\u0301😀")).toBe("😀b\u0301a");
  });
});

describe("the shaper's direction", () => {
  it("is what fontkit itself decides, for every kind of run", () => {
    for (const text of ["مرحبا", "١٢٣", "2024", "(abc)", "abc مرحبا", "مرحبا abc", "...", "😀", "ٹڈ", " ", "Ш"]) {
      expect(shaperReverses(text), text).toBe(arabic.layout(text).direction === "rtl");
    }
  });

  it("joins Arabic letters and forms lam-alef from the logical string of a run", () => {
    const names = arabic.layout("لا سلام").glyphs.map((g) => g.name);
    // Display order: the last word first; lam-alef as the font's required ligature forms.
    expect(names).toEqual(["uni0645", "uni0627.fina.rlig.2", "uni0644.medi.rlig", "uni0633.init", "space", "uni0627.fina.rlig", "uni0644.init.rlig"]);
  });
});
