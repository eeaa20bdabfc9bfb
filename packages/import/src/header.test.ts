import { describe, expect, it } from "vitest";
import { parseGermanDate, startsWithMonth } from "./date.js";
import { isPressLine, parseCategoryLine, parseCitationLine, parseDateLine, parseNumberOnlyLine, parseSeriesOnlyLine } from "./header.js";

describe("parseCategoryLine", () => {
  it.each([
    ["Mitteilungen - Recht, Personal, Organisation", "Recht, Personal, Organisation"],
    ["Mitteilungen – Umwelt, Abfall, Abwasser", "Umwelt, Abfall, Abwasser"],
    ["Mitteilungen -Verband Intern", "Verband Intern"],
    ["Mitteilungen des Verbandes", null],
    ["Die Mitteilungen - siehe oben", null],
  ])("%s", (line, category) => {
    expect(parseCategoryLine(line)).toBe(category);
  });
});

const stgb = expect.objectContaining({ key: "stgb-nrw" });

describe("parseCitationLine", () => {
  it("reads series, number, year and date, the years apart", () => {
    expect(parseCitationLine("StGB NRW-Mitteilung 15/2005 vom 01.12.2004")).toEqual({
      series: "StGB NRW-Mitteilung", publisher: stgb, shared: false, number: 15, year: 2005, date: "2004-12-01", warnings: [], hasDate: true,
    });
  });

  it("reads other publishers' series, with 'Nr.' and spacing as written", () => {
    expect(parseCitationLine("Rundschreiben Nr. 245/2023 vom 07.06.2023")).toMatchObject({ series: "Rundschreiben", shared: true, number: 245, year: 2023, date: "2023-06-07" });
    expect(parseCitationLine("DStGB Aktuell 24/2023 vom 16. Juni 2023")).toMatchObject({ series: "DStGB Aktuell", shared: false, publisher: { key: "dstgb" }, date: "2023-06-16" });
    expect(parseCitationLine("GStB-Nachrichten Nr. 0142/2023")).toMatchObject({ publisher: { key: "gstb-rlp" }, number: 142, year: 2023, hasDate: false });
    expect(parseCitationLine("StGB NRW Mitteilung 441/2004, 26.05.2004")).toMatchObject({ number: 441, date: "2004-05-26" });
  });

  it("nulls what is impossible, with a reason", () => {
    expect(parseCitationLine("StGB NRW-Mitteilung 0/1899 vom 30.02.2004")).toMatchObject({
      number: null,
      year: null,
      date: null,
      warnings: [
        { code: "invalid-number", value: "0" },
        { code: "invalid-year", value: "1899" },
        { code: "invalid-date", value: "30.02.2004" },
      ],
      hasDate: true,
    });
  });

  it("is no citation line otherwise", () => {
    expect(parseCitationLine("Siehe StGB NRW-Mitteilung 441/2004 vom 26.05.2004.")).toBeNull();
    expect(parseCitationLine("Rundschreibentext 1/2004")).toBeNull();
    expect(parseCitationLine("1/2 Stelle")).toBeNull();
    expect(parseCitationLine("Pressemitteilung Nr. 18/2023 vom 12.05.2023")).toBeNull();
  });
});

describe("number-only, series-only and date lines", () => {
  it("reads the archive's bare N/JJJJ and a labelled number below a series line", () => {
    expect(parseNumberOnlyLine("87/1998", false)).toMatchObject({ series: null, number: 87, year: 1998, date: null, hasDate: false });
    expect(parseNumberOnlyLine("Ausgabe 24/2023 vom 16.06.2023", true)).toMatchObject({ number: 24, year: 2023, date: "2023-06-16" });
    expect(parseNumberOnlyLine("24/2023", true)).toBeNull();
  });

  it("knows a series name standing alone", () => {
    expect(parseSeriesOnlyLine("DStGB Aktuell")).toMatchObject({ name: "DStGB Aktuell", publisher: { key: "dstgb" } });
    expect(parseSeriesOnlyLine("DStGB Aktuell spezial")).toBeNull();
  });

  it.each([
    ["Köln, 14.03.2022", { iso: "2022-03-14" }],
    ["Düsseldorf, den 7. Juni 2023", { iso: "2023-06-07" }],
    ["Mülheim an der Ruhr, 01.02.2023", { iso: "2023-02-01" }],
    ["Datum: 30.02.2023", { invalid: "30.02.2023" }],
    ["14.03.2022", { iso: "2022-03-14" }],
    ["Am 14.03.2022 tagte der Vorstand.", null],
  ])("date line %s", (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it("knows a press release by its first word", () => {
    expect(isPressLine("Pressemitteilung Nr. 18/2023")).toBe(true);
    expect(isPressLine("Presseinformation")).toBe(true);
    expect(isPressLine("Pressestelle des Landes")).toBe(false);
  });
});

describe("parseGermanDate", () => {
  it.each([
    ["26.05.2004", { iso: "2004-05-26" }],
    ["1.2.2004", { iso: "2004-02-01" }],
    ["29.02.2004", { iso: "2004-02-29" }],
    ["29.02.2005", { invalid: "29.02.2005" }],
    ["30.02.2004", { invalid: "30.02.2004" }],
    ["31.13.2004", { invalid: "31.13.2004" }],
    ["26. Mai 2004", { iso: "2004-05-26" }],
    ["3. März 2010", { iso: "2010-03-03" }],
    ["26. Maerz 2004", null],
    ["gestern", null],
  ])("%s", (text, expected) => {
    expect(parseGermanDate(text)).toEqual(expected);
  });

  it("knows month names", () => {
    expect(startsWithMonth("Januar 2005 tritt")).toBe(true);
    expect(startsWithMonth("Ausgangslage")).toBe(false);
  });
});
