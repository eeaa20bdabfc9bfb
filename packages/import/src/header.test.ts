import { describe, expect, it } from "vitest";
import { parseGermanDate, startsWithMonth } from "./date.js";
import { parseCategoryLine, parseNumberLine } from "./header.js";

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

describe("parseNumberLine", () => {
  it("reads number, year and date, the years apart", () => {
    expect(parseNumberLine("StGB NRW-Mitteilung 15/2005 vom 01.12.2004")).toEqual({ number: 15, year: 2005, date: "2004-12-01", warnings: [], hasDate: true });
  });

  it("reads the archive's bare N/JJJJ", () => {
    expect(parseNumberLine("87/1998")).toEqual({ number: 87, year: 1998, date: null, warnings: [], hasDate: false });
  });

  it("nulls what is impossible, with a reason", () => {
    expect(parseNumberLine("StGB NRW-Mitteilung 0/1899 vom 30.02.2004")).toEqual({
      number: null,
      year: null,
      date: null,
      warnings: ['invalid circular number "0": number is null', 'invalid year "1899": year is null', 'invalid date "30.02.2004": date is null'],
      hasDate: true,
    });
  });

  it("is no number line otherwise", () => {
    expect(parseNumberLine("Siehe StGB NRW-Mitteilung 441/2004 vom 26.05.2004.")).toBeNull();
    expect(parseNumberLine("1/2 Stelle")).toBeNull();
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
