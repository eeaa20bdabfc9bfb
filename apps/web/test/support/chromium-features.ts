// Chromium reads only the last --disable-features switch on its command line,
// and Playwright passes one of its own: the features it turns off so that
// pages behave alike in every run (paint holding, HTTPS upgrades, the media
// router, optimization hints, …). A second switch from the tests switched all
// of those back on. So the tests' features go into one switch together with
// Playwright's list, read here from Playwright's bundle, which does not export
// it: this module is the one place that reads it, and its test fails with
// this file's name when the bundle changes shape.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const START = "disabledFeatures = [";
const END = "].filter(Boolean);";
const NAME = /"([A-Za-z0-9]+)"/g;

function playwrightBundle(): string {
  return readFileSync(createRequire(import.meta.url).resolve("playwright-core/lib/coreBundle"), "utf8");
}

/** The features Playwright's own --disable-features switch turns off, in its order. */
export function playwrightDisabledFeatures(bundle: string = playwrightBundle()): string[] {
  const start = bundle.indexOf(START);
  const end = start < 0 ? -1 : bundle.indexOf(END, start);
  const shape = `playwright-core's bundle no longer lists the features it disables as ${START}"Name", …${END} (apps/web/test/support/chromium-features.ts)`;
  if (start < 0 || end < 0) throw new Error(shape);
  const list = bundle.slice(start + START.length, end).replace(/\/\/[^\n]*/g, "");
  const names = [...list.matchAll(NAME)].map((m) => m[1]!);
  // Only quoted names, commas and white space: anything else (a condition, a variable) is a list made differently now.
  if (names.length === 0 || list.replace(NAME, "").replace(/[\s,]/g, "") !== "") throw new Error(shape);
  return names;
}

/** One --disable-features switch that turns off Playwright's features and `ours`. */
export function disableFeaturesSwitch(ours: readonly string[], playwrights: readonly string[] = playwrightDisabledFeatures()): string {
  return `--disable-features=${[...new Set([...playwrights, ...ours])].join(",")}`;
}
