import { multilingualSample } from "@handreichung/checks";
import { unseenProfile } from "@handreichung/checks/unseen-text";
import { loadAsset } from "@handreichung/assets";
import { describe, expect, it, vi } from "vitest";
import { fullProfile, tinyPng } from "../testing/fixtures.js";
import { DOCX_VERSION, FIXED_PARTS_ASSET, fixedPartsFor, fixedPartsSource } from "./fixed-parts.js";

const DATE = "2026-01-15";

/** Renders `cases` in a fresh module graph (no template cache, parts loaded anew), with or without the fixed parts. */
async function renderAll(cases: { circular?: unknown; options: object }[], fixed: boolean): Promise<{ bytes: Uint8Array[]; used: boolean }> {
  vi.resetModules();
  const parts = await import("./fixed-parts.js");
  const { renderDocx } = await import("../index.js");
  const { parseCircular } = await import("@handreichung/content");
  const { defaultCircular } = await import("@handreichung/content/data");
  parts.setFixedPartsEnabled(fixed);
  const bytes: Uint8Array[] = [];
  for (const c of cases) bytes.push(await renderDocx(c.circular ? parseCircular(c.circular) : defaultCircular, { date: DATE, onWarning: () => undefined, ...c.options }));
  return { bytes, used: parts.fixedParts() !== null };
}

describe("the precompiled fixed parts", () => {
  it("give the bytes the docx library gives, for any circular, profile, logo and format", { timeout: 120_000 }, async () => {
    const sample = multilingualSample();
    const cases = [
      { options: {} },
      { options: { profile: unseenProfile(31, DATE) } },
      { options: { profile: fullProfile, logo: tinyPng, template: true } },
      { options: { models: ["paderborn", "essen"] } },
      { circular: sample.circular, options: { profile: sample.profile } },
    ];
    const plain = await renderAll(cases, false);
    const fast = await renderAll(cases, true);
    expect(plain.used).toBe(false);
    expect(fast.used, "dist/fixed-parts.json missing or stale: run pnpm build").toBe(true);
    fast.bytes.forEach((bytes, i) => expect(Buffer.compare(bytes, plain.bytes[i]!), `case ${i}`).toBe(0));
  });

  it("made from other style definitions or another docx are not used: docx compiles them, to the same result", async () => {
    const json = await loadAsset(FIXED_PARTS_ASSET, import.meta.url);
    expect(fixedPartsFor(json)).not.toBeNull();
    expect(fixedPartsFor(json, "9.15.3")).toBeNull();
    expect(fixedPartsFor(json, DOCX_VERSION, `${fixedPartsSource()}x`)).toBeNull();
    const file = JSON.parse(new TextDecoder().decode(json));
    delete file.styleSheet.xml;
    expect(fixedPartsFor(new TextEncoder().encode(JSON.stringify(file)))).toBeNull();
    expect(fixedPartsFor(new TextEncoder().encode("{"))).toBeNull();
    expect(fixedPartsFor(null)).toBeNull();
  });
});
