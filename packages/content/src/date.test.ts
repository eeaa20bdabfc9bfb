import { describe, expect, it } from "vitest";
import { circularJsonSchema, profileJsonSchema } from "./json-schema.js";
import { DateError, isoDateProblem, renderDates, todayInGermany } from "./date.js";
import { parseProfile } from "./parse.js";
import { ContentError } from "./errors.js";

describe("the date rule", () => {
  it("accepts real ISO dates from 1900 to 9999", () => {
    expect(["1900-01-01", "2004-05-26", "2024-02-29", "2000-02-29", "9999-12-31"].map(isoDateProblem)).toEqual([null, null, null, null, null]);
  });

  it("rejects dates that do not exist, other notations and what is no string", () => {
    for (const value of ["2024-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-1-1", "20230101", "26.05.2004", "<x>&", "", " 2024-01-01", "2024-01-01T00:00", "10000-01-01", "+02024-01-01", 20240101, null]) {
      expect(isoDateProblem(value), String(value)).toBe("not-a-date");
    }
  });

  it("rejects years before 1900", () => {
    expect(["1899-12-31", "0001-01-01", "0000-01-01"].map(isoDateProblem)).toEqual(["out-of-range", "out-of-range", "out-of-range"]);
  });

  it("is what the schemas apply, with the same words", () => {
    expect(() => parseProfile({ name: "A", date: "2024-02-30" })).toThrow(ContentError);
    const refused = (() => {
      try {
        parseProfile({ name: "A", date: "1850-01-01" });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(ContentError);
    expect((refused as ContentError).lines()).toEqual(["date: must be a date from 1900-01-01 to 9999-12-31"]);
    expect(parseProfile({ name: "A", date: "2024-02-29" }).date).toBe("2024-02-29");
    const props = (s: unknown) => (s as { properties: Record<string, { format?: string; anyOf?: { format?: string }[] }> }).properties;
    expect(props(profileJsonSchema()).date!.format).toBe("date");
    expect(props(circularJsonSchema()).date!.anyOf?.some((a) => a.format === "date")).toBe(true);
  });
});

describe("renderDates", () => {
  it("takes the creation date from the options, else the circular; Stand from the profile, else the options", () => {
    expect(renderDates({ date: "2004-05-26" }, {})).toEqual({ created: "2004-05-26", stand: null });
    expect(renderDates({ date: null }, {})).toEqual({ created: "1970-01-01", stand: null });
    expect(renderDates({ date: "2004-05-26" }, { date: "2026-01-15" })).toEqual({ created: "2026-01-15", stand: "2026-01-15" });
    expect(renderDates({ date: null }, { date: "2026-01-15", profile: { date: "2025-02-14" } })).toEqual({ created: "2026-01-15", stand: "2025-02-14" });
  });

  it("throws a DateError naming the field", () => {
    const error = (() => {
      try {
        renderDates({ date: null }, { date: "<x>&" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DateError);
    expect(error).toMatchObject({ code: "E_BAD_DATE", field: "date", message: 'date: "<x>&" is not a real date as YYYY-MM-DD' });
    expect(() => renderDates({ date: null }, { profile: { date: "2024-02-30" } })).toThrow('profile.date: "2024-02-30" is not a real date as YYYY-MM-DD');
    expect(() => renderDates({ date: "1066-10-14" }, {})).toThrow('circular.date: "1066-10-14" is not a date from 1900-01-01 to 9999-12-31');
  });
});

describe("todayInGermany", () => {
  it("is the date in Berlin, whatever the machine's time zone", () => {
    expect(todayInGermany(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-15"); // 00:30 in Berlin (CET)
    expect(todayInGermany(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14"); // 23:59 in Berlin (CEST)
    expect(todayInGermany(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("agrees with the time zone data of Intl around every change of the clocks from 1996 to 2099, and at random instants", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });
    const instants: number[] = [];
    const HOUR = 3_600_000;
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [2, 9]) {
        // Every day of the last week of March and October, at the hours where the date turns in Berlin (22:00 and 23:00 UTC) and the clocks change (01:00 UTC).
        for (let day = 22; day <= 31; day++) {
          for (const at of [-1, 0, 1].flatMap((ms) => [22 * HOUR + ms, 23 * HOUR + ms, HOUR + ms])) instants.push(Date.UTC(year, month, day) + at);
        }
      }
      instants.push(Date.UTC(year, 0, 1) - HOUR - 1, Date.UTC(year, 0, 1) - HOUR);
    }
    let seed = 1996;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) instants.push(Date.UTC(1996, 0, 1) + Math.floor(random() * (Date.UTC(2100, 0, 1) - Date.UTC(1996, 0, 1))));
    const differing = instants.filter((t) => todayInGermany(new Date(t)) !== intl.format(new Date(t))).map((t) => new Date(t).toISOString());
    expect(differing).toEqual([]);
  });

  it("asks Intl outside the years the rule is checked for", () => {
    expect(todayInGermany(new Date("1990-07-14T22:30:00Z"))).toBe("1990-07-15");
    expect(todayInGermany(new Date("2150-12-31T23:30:00Z"))).toBe("2151-01-01");
  });
});
