// The browser tests' Chromium gets one --disable-features switch holding
// Playwright's features and the tests' own (support/chromium-features.ts):
// Chromium reads only the last such switch, and a second one had switched
// Playwright's all back on.
import { describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "./support/browser.js";
import { disableFeaturesSwitch, playwrightDisabledFeatures } from "./support/chromium-features.js";

describe("the features the tests' Chromium turns off", () => {
  it("are read from the installed Playwright's own list", () => {
    const features = playwrightDisabledFeatures();
    // Two that Playwright 1.65 turns off: a paint held back until load, and a media router looking for screens.
    expect(features).toEqual(expect.arrayContaining(["PaintHolding", "MediaRouter"]));
    expect(features.every((f) => /^[A-Za-z0-9]+$/.test(f))).toBe(true);
  });

  it("fail loudly, naming this project's module, when Playwright's bundle changes shape", () => {
    expect(() => playwrightDisabledFeatures("var x = 1;")).toThrow(/chromium-features\.ts/);
    expect(() => playwrightDisabledFeatures('disabledFeatures = [\n  "A",\n  process.env.X ? "B" : ""\n].filter(Boolean);')).toThrow(/no longer lists/);
    expect(playwrightDisabledFeatures('disabledFeatures = [\n  // why\n  "A",\n  // https://example.org/a//b\n  "B"\n].filter(Boolean);')).toEqual(["A", "B"]);
  });

  it("go into one switch with Playwright's, once each", () => {
    expect(disableFeaturesSwitch(["C", "A"], ["A", "B"])).toBe("--disable-features=A,B,C");
    const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith("--disable-features="));
    expect(switches).toHaveLength(1);
    const features = switches[0]!.slice("--disable-features=".length).split(",");
    expect(features).toEqual(expect.arrayContaining([...playwrightDisabledFeatures(), "WebUIOmniboxPopup"]));
  });
});
