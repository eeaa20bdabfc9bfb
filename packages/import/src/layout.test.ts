import { describe, expect, it } from "vitest";
import { detectLayout } from "./layout.js";
import { normalizeLines } from "./normalize.js";

const layoutOf = (text: string) => detectLayout(normalizeLines(text));

describe("detectLayout", () => {
  it("classic: header lines between blank lines", () => {
    expect(layoutOf("Mitteilungen - X\n\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\n\nTitel\n\nText")).toMatchObject({
      name: "classic", publisher: { key: "stgb-nrw" }, publisherLine: null, category: 0, numberLine: 2, title: 4, stray: [], furniture: [], bodyStart: 5,
      number: { number: 1, year: 2004, date: "2004-01-02" },
    });
  });

  it("newer: single line breaks, unrelated lines first", () => {
    expect(layoutOf("Der Verband teilt mit.\nMitteilungen - X\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\nTitel\nText")).toMatchObject({
      name: "newer", category: 1, numberLine: 2, title: 3, stray: [0], furniture: [], bodyStart: 4,
    });
  });

  it("lines between the header lines are stray too; short labels there are furniture", () => {
    expect(layoutOf("Mitteilungen - X\nBild\nStGB NRW-Mitteilung 1/2004\nTitel\nText")).toMatchObject({ name: "classic", category: 0, numberLine: 2, title: 3, stray: [], furniture: [1] });
    expect(layoutOf("Aktuelles\nVerbandsnachrichten 2023\nMitteilungen - X\nStGB NRW-Mitteilung 1/2004\nTitel\nText")).toMatchObject({ furniture: [0, 1], category: 2 });
  });

  it("other publishers: publisher line, series and number, date and Az. lines, title", () => {
    expect(layoutOf("Landkreistag Nordrhein-Westfalen\nRundschreiben Nr. 245/2023 vom 07.06.2023\nAz.: 21.10.02\nKreisumlage\nText")).toMatchObject({
      name: "newer", publisher: { key: "lkt-nrw" }, publisherLine: 0, numberLine: 1, fileReferenceLine: 2, title: 3, bodyStart: 4,
    });
    expect(layoutOf("Städtetag Nordrhein-Westfalen\n\nSchnellbrief Nr. 57/2022\n\nKöln, 14.03.2022\n\nTitel\n\nText")).toMatchObject({
      name: "classic", publisher: { key: "staedtetag-nrw" }, numberLine: 2, dateLine: 4, title: 6,
    });
    expect(layoutOf("DStGB Aktuell\nAusgabe 24/2023 vom 16.06.2023\nTitel\nText")).toMatchObject({
      publisher: { key: "dstgb" }, publisherLine: null, numberLine: 0, numberLine2: 1, title: 2, number: { number: 24, series: "DStGB Aktuell" },
    });
  });

  it("a shared series without the publisher, or a press release, is refused", () => {
    expect(layoutOf("Rundschreiben Nr. 245/2023 vom 07.06.2023\nTitel\nText")).toEqual({ kind: "no-publisher", line: "Rundschreiben Nr. 245/2023 vom 07.06.2023" });
    expect(layoutOf("Deutscher Städte- und Gemeindebund\nPressemitteilung Nr. 18/2023\nTitel\nText")).toEqual({ kind: "press", line: "Pressemitteilung Nr. 18/2023" });
    expect(layoutOf("Deutscher Städte- und Gemeindebund\nNachrichten aus Berlin\nText")).toEqual({ kind: "press", line: "Nachrichten aus Berlin" });
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
