import { describe, expect, it } from "vitest";
import { stripTags } from "./html.js";
import { normalizeLines } from "./normalize.js";

const texts = (text: string) => normalizeLines(text).map((line) => line.text);

describe("normalizeLines", () => {
  it("drops the BOM, unifies line ends, trims and collapses spaces", () => {
    expect(texts("\ufeffA  \r\nB\u00a0\u00a0C\t\rD\u202fE\n\n  F  ")).toEqual(["A", "B C", "D E", "", "F"]);
  });

  it("removes zero-width characters but keeps soft hyphens", () => {
    expect(texts("Ge\u200bmein\u00adde")).toEqual(["Gemein\u00adde"]);
  });

  it("blanks page furniture exactly as text_coverage.py's NOISE does", () => {
    expect(texts("ICON/icon_verband icon-search\nicon-mail\nLink kopieren\nweiss\nEindrücke vom\nHauptausschuss 2019\nweisses Papier\nLink kopieren und senden")).toEqual([
      "", "", "", "", "", "", "weisses Papier", "Link kopieren und senden",
    ]);
  });
});

describe("stripTags", () => {
  it("strips HTML and Word tags, keeps angle brackets that are text", () => {
    expect(stripTags(['<p class=MsoNormal>Text<o:p></o:p></p>', "a < b und c > d", "Mail <info@example.org>", "A<br>B", "<br/>C"]).map((l) => l.text)).toEqual([
      "Text", "a < b und c > d", "Mail <info@example.org>", "A B", "C",
    ]);
  });

  it("marks lines inside a closed <DIR> or <blockquote>, nested or not", () => {
    const lines = stripTags(["vor", "<DIR>", "a", "<dir><DIR>b</DIR></dir>", "</DIR>", "nach", "<blockquote>c</blockquote>"]);
    expect(lines.map((l) => l.quoted)).toEqual([false, true, true, true, true, false, true]);
  });

  it("an unclosed <DIR> marks nothing", () => {
    expect(stripTags(["<DIR>", "a", "b"]).some((l) => l.quoted)).toBe(false);
  });
});
