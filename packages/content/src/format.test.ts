import { describe, expect, it } from "vitest";
import { circular441 } from "./data/circular-441-2004.js";
import { citationOf, formatGermanDate, quoted, selectModels, UnknownModelError } from "./format.js";

describe("selectModels", () => {
  it("selects and orders models; all of them without ids", () => {
    expect(selectModels(circular441, undefined)).toBe(circular441.models);
    expect(selectModels(circular441, ["wuppertal", "essen"]).map((m) => m.id)).toEqual(["wuppertal", "essen"]);
  });

  it.each([
    [["essen", "bochum"], "unknown", 'unknown model id "bochum"; valid: arnsberg, essen, paderborn, wuppertal'],
    [["essen", "essen"], "twice", 'model id "essen" is given twice'],
    [[], "none", "no model id given; valid: arnsberg, essen, paderborn, wuppertal"],
  ] as const)("rejects %j: %s", (ids, reason, message) => {
    const error = (() => {
      try {
        selectModels(circular441, ids);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(error).toMatchObject({ code: "E_UNKNOWN_MODEL", reason, message });
  });

  it("says when the circular has no models at all", () => {
    expect(() => selectModels({ ...circular441, models: [] }, ["essen"])).toThrow('unknown model id "essen"; valid: none (the circular has no models)');
  });
});

describe("formatting", () => {
  it("writes dates the German way and cites the circular", () => {
    expect(formatGermanDate("2004-05-26")).toBe("26.05.2004");
    expect(quoted("Handbuch Integrationsarbeit")).toBe("„Handbuch Integrationsarbeit“");
    expect(quoted("Leitfaden „Willkommen vor Ort“ erschienen")).toBe("„Leitfaden ‚Willkommen vor Ort‘ erschienen“");
    expect(citationOf(circular441)).toBe("StGB NRW-Mitteilung 441/2004 vom 26.05.2004");
    expect(citationOf({ ...circular441, number: null, date: null })).toBe("StGB NRW-Mitteilung");
  });
});
