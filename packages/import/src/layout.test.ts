import { describe, expect, it } from "vitest";
import { detectLayout } from "./layout.js";
import { normalizeLines } from "./normalize.js";

const layoutOf = (text: string) => detectLayout(normalizeLines(text));

describe("detectLayout", () => {
  it("classic: header lines between blank lines", () => {
    expect(layoutOf("Mitteilungen - X\n\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\n\nTitel\n\nText")).toEqual({
      name: "classic", category: 0, numberLine: 2, title: 4, stray: [], bodyStart: 5,
    });
  });

  it("newer: single line breaks, unrelated lines first", () => {
    expect(layoutOf("Start\nMitteilungen - X\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\nTitel\nText")).toEqual({
      name: "newer", category: 1, numberLine: 2, title: 3, stray: [0], bodyStart: 4,
    });
  });

  it("lines between the header lines are stray too", () => {
    expect(layoutOf("Mitteilungen - X\nBild\nStGB NRW-Mitteilung 1/2004\nTitel\nText")).toMatchObject({ name: "classic", category: 0, numberLine: 2, title: 3, stray: [1] });
  });

  it("archive: stray word, N/JJJJ, title", () => {
    expect(layoutOf("weiss\n15/2005\nTitel\nLink kopieren\nText")).toMatchObject({ name: "archive", category: null, numberLine: 1, title: 2, stray: [] });
  });

  it("a category line without number line", () => {
    expect(layoutOf("Mitteilungen - X\n\nTitel\n\nText")).toMatchObject({ name: "classic", category: 0, numberLine: null, title: 2 });
  });

  it("a citation line without category line", () => {
    expect(layoutOf("StGB NRW-Mitteilung 1/2004\nTitel\nText")).toMatchObject({ name: "newer", category: null, numberLine: 0, title: 1 });
  });

  it("no header: a citation deep in the body is a cross-reference", () => {
    const body = Array.from({ length: 13 }, (_, i) => `Satz ${i}.`).join("\n");
    expect(layoutOf(`${body}\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004`)).toBeNull();
    expect(layoutOf("Ein Satz.\nZwei Sätze.\nDrei.\nVier.\n15/2005")).toBeNull();
  });

  it("no title when a list or the Az. follows the header", () => {
    expect(layoutOf("15/2005\n- Punkt")).toMatchObject({ title: null, bodyStart: 1 });
    expect(layoutOf("15/2005\nAz.: III")).toMatchObject({ title: null });
  });
});
