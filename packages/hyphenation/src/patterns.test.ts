import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

describe("patterns/de-1996.json", () => {
  it("holds exactly the pinned hyphen package's German patterns", () => {
    const shipped = readFileSync(new URL("../patterns/de-1996.json", import.meta.url), "utf8");
    const fromHyphen = JSON.stringify(createRequire(import.meta.url)("hyphen/patterns/de-1996.js"));
    // On a new hyphen version: pnpm --filter @handreichung/hyphenation emit-patterns
    expect(shipped === fromHyphen, "patterns/de-1996.json differs from hyphen's patterns; run the emit-patterns script").toBe(true);
  });
});
