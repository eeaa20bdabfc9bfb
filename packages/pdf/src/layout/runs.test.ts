import { loadHyphenation } from "@handreichung/hyphenation";
import { beforeAll, describe, expect, it } from "vitest";
import { findLinks } from "../text/links.js";
import { breakLines } from "./lines.js";
import { lineRuns, NO_MARKS } from "./runs.js";

beforeAll(() => loadHyphenation());

const measure = (s: string) => Array.from(s).length;

describe("lineRuns", () => {
  it("a line without links or stand-ins is one run, drawn as before", () => {
    expect(lineRuns("Das Buch ", 0, NO_MARKS)).toEqual([{ text: "Das Buch " }]);
  });

  it("splits at a link's ends, the trailing space outside the link", () => {
    const text = "im Internet (www.mgsff.nrw.de) und dort";
    const marks = { links: findLinks(text), substitutes: new Map() };
    const runs = lineRuns("im Internet (www.mgsff.nrw.de) ", 0, marks);
    expect(runs.map((r) => [r.text, r.link ? "link" : ""])).toEqual([
      ["im Internet (", ""],
      ["www.mgsff.nrw.de", "link"],
      [") ", ""],
    ]);
  });

  it("gives each line of a wrapped link its part, under the same link", () => {
    const text = "Schreiben Sie an kommunales.integrationszentrum@hochsauerlandkreis.example bitte";
    const marks = { links: findLinks(text), substitutes: new Map() };
    const lines = breakLines(text, 40, measure);
    const parts = lines.flatMap((l) => lineRuns(l.text, l.start, marks).filter((r) => r.link));
    expect(parts.map((r) => r.text).join("")).toBe("kommunales.integrationszentrum@hochsauerlandkreis.example");
    expect(new Set(parts.map((r) => r.link)).size).toBe(1);
    expect(parts.length).toBeGreaterThan(1);
  });

  it("a stand-in character is a run of its own that carries the character it replaces", () => {
    const runs = lineRuns("Emoji □ hier", 10, { links: [], substitutes: new Map([[16, "😀"]]) });
    expect(runs).toEqual([{ text: "Emoji " }, { text: "□", actual: "😀" }, { text: " hier" }]);
  });
});

describe("breakLines offsets", () => {
  it("places every line at its offset in the text, across spaces, hyphenation and hard breaks", () => {
    const text = "Die Verwaltungsvereinfachung hilft.\nBroschürenstelle 40190 Düsseldorf";
    for (const line of breakLines(text, 16, measure)) expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
  });
});
