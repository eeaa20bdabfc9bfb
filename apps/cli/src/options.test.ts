import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { resolveDate, resolveModels } from "./options.js";

describe("resolveDate", () => {
  it("prefers --date, then SOURCE_DATE_EPOCH, then today in Germany", () => {
    expect(resolveDate("2024-02-29", { SOURCE_DATE_EPOCH: "0" })).toBe("2024-02-29");
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: "1700000000" })).toBe("2023-11-14");
    // 23:30 UTC on New Year's Eve is already New Year's Day in Germany.
    expect(resolveDate(undefined, {}, new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });

  it("rejects impossible dates and a malformed epoch as usage errors", () => {
    expect(() => resolveDate("2024-02-30")).toThrow('--date: "2024-02-30" is not a real date as YYYY-MM-DD');
    expect(() => resolveDate(undefined, { SOURCE_DATE_EPOCH: "yesterday" })).toThrow("SOURCE_DATE_EPOCH");
  });

  it("knows the calendar, and allows 1900 to 9999 only", () => {
    for (const date of ["2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31"]) expect(resolveDate(date)).toBe(date);
    for (const date of ["2023-02-29", "1900-02-29", "2023-13-01", "2023-1-1", "20230101", "10000-01-01"]) expect(() => resolveDate(date)).toThrow(`--date: "${date}" is not a real date as YYYY-MM-DD`);
    expect(() => resolveDate("1899-12-31")).toThrow('--date: "1899-12-31" is not a date from 1900-01-01 to 9999-12-31');
  });

  it("takes SOURCE_DATE_EPOCH up to the last second of 9999, a usage error beyond", () => {
    expect(resolveDate(undefined, { SOURCE_DATE_EPOCH: "253402300799" })).toBe("9999-12-31");
    for (const epoch of ["253402300800", "300000000000", "999999999999999"]) {
      expect(() => resolveDate(undefined, { SOURCE_DATE_EPOCH: epoch })).toThrow(`SOURCE_DATE_EPOCH: "${epoch}" is after 9999-12-31`);
    }
    expect(() => resolveDate(undefined, { SOURCE_DATE_EPOCH: "-1" })).toThrow("is not a whole number of seconds");
  });
});

describe("resolveModels", () => {
  it("selects and orders models", () => {
    expect(resolveModels(undefined, circular441)).toBeUndefined();
    expect(resolveModels("essen, arnsberg", circular441)).toEqual(["essen", "arnsberg"]);
  });

  it("names the valid ids when one is unknown", () => {
    expect(() => resolveModels("essen,bochum", circular441)).toThrow('--models: unknown model id "bochum"; valid: arnsberg, essen, paderborn, wuppertal');
    expect(() => resolveModels(",", circular441)).toThrow("no model id given");
    expect(() => resolveModels("essen,essen", circular441)).toThrow('model id "essen" is given twice');
  });
});
