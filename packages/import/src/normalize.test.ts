import { describe, expect, it } from "vitest";
import { stripTags } from "./html.js";
import { normalizeLines } from "./normalize.js";

const texts = (text: string) => normalizeLines(text).map((line) => line.text);

describe("normalizeLines", () => {
  it("drops the BOM, unifies line ends, trims and collapses spaces", () => {
    expect(texts("\ufeffA  \r\nB\u00a0\u00a0C\t\rD\u202fE\n\n  F  ")).toEqual(["A", "B C", "D E", "", "F"]);
  });

  it("keeps lone surrogates and everything else it does not clean", () => {
    expect(texts("a\ud800  b\u00a0\u00a0c")).toEqual(["a\ud800 b c"]);
  });

  it("removes zero-width characters but keeps soft hyphens", () => {
    expect(texts("Ge\u200bmein\u00adde")).toEqual(["Gemein\u00adde"]);
  });

  it("blanks icon rows, button rows and event banners, and records them", () => {
    const text = "ICON/icon_verband icon-search\nicon-mail\nLink kopieren\nDrucken | Teilen | E-Mail\nweiss\nEindrücke vom\nHauptausschuss 2019\nImpressionen von der\nLandkreisversammlung 2023\nweisses Papier\nLink kopieren und senden";
    expect(texts(text)).toEqual(["", "", "", "", "weiss", "", "", "", "", "weisses Papier", "Link kopieren und senden"]);
    expect(normalizeLines(text).flatMap((l) => (l.dropped === null ? [] : [l.dropped]))).toEqual([
      "ICON/icon_verband icon-search", "icon-mail", "Link kopieren", "Drucken | Teilen | E-Mail",
      "Eindrücke vom", "Hauptausschuss 2019", "Impressionen von der", "Landkreisversammlung 2023",
    ]);
  });

  it("keeps a line's column spacing apart from its clean text", () => {
    expect(normalizeLines("Jahr\t\tBetrag\n  2019    12,5  ").map((l) => [l.text, l.spaced])).toEqual([
      ["Jahr Betrag", "Jahr\t\tBetrag"],
      ["2019 12,5", "  2019    12,5"],
    ]);
  });
});

describe("stripTags", () => {
  it("strips HTML and Word tags, keeps angle brackets that are text", () => {
    expect(stripTags(['<p class=MsoNormal>Text<o:p></o:p></p>', "a < b und c > d", "Mail <info@example.org>", "A<br>B", "<br/>C"]).texts).toEqual([
      "Text", "a < b und c > d", "Mail <info@example.org>", "A B", "C",
    ]);
  });

  it("groups the lines inside each outermost closed <DIR> or <blockquote>", () => {
    const lines = stripTags(["vor", "<DIR>", "a", "<dir><DIR>b</DIR></dir>", "</DIR>", "nach", "<blockquote>c</blockquote>"]);
    expect(lines.indents).toEqual([null, 1, 1, 1, 1, null, 2]);
  });

  it("an unclosed <DIR> groups nothing", () => {
    expect(stripTags(["<DIR>", "a", "b"]).indents.some((indent) => indent !== null)).toBe(false);
  });

  it("table cell ends become column breaks", () => {
    expect(stripTags(["<tr><td>2019</td><td>12,5</td></tr>"]).texts).toEqual(["2019\t12,5\t"]);
  });
});
