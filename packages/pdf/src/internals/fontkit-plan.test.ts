import * as fontkit from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { fontData, loadFonts } from "../fonts.js";
import { coverageGlyphs, type PlanFont, scriptPlan } from "./fontkit-plan.js";

beforeAll(() => loadFonts());

describe("fontkit's shaping plan, as the table builder reads it", () => {
  it("has the engine, the plan of the default shaper and the lookups this code was written against", () => {
    const font = fontkit.create(fontData("regular")) as PlanFont;
    const plan = scriptPlan(font, "latn");
    expect(plan, "the Latin plan has a stage that is code: fontkit's default shaper changed").not.toBeNull();
    expect(plan!.gsubScript).toBe("latn");
    const gsub = plan!.gsub.flat();
    const gpos = plan!.gpos.flat();
    expect(gsub.map((l) => l.feature)).toContain("liga");
    expect(gpos.map((l) => l.feature)).toContain("kern");
    // Lookups in the order fontkit applies them: by lookup index.
    expect(gsub.map((l) => l.index)).toEqual([...gsub.map((l) => l.index)].sort((a, b) => a - b));
    for (const l of [...gsub, ...gpos]) {
      expect(typeof l.lookupType).toBe("number");
      expect(l.subtables.length).toBeGreaterThan(0);
      expect(typeof l.flags.flags.ignoreMarks).toBe("boolean");
    }
    const liga = gsub.find((l) => l.feature === "liga")!;
    expect(coverageGlyphs(liga.subtables[0]!.coverage).length).toBeGreaterThan(0);
  });

  it("says what changed when the engine is not there", () => {
    expect(() => scriptPlan({ ...({} as PlanFont), glyphForCodePoint: () => ({ id: 3, codePoints: [32] }) } as PlanFont, "latn")).toThrow(/fontkit internals changed/);
  });
});
