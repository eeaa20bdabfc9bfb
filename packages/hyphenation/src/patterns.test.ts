import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { GERMAN_PATTERNS_BYTES } from "./index.js";

describe("patterns/de-1996.json", () => {
  it("holds exactly the pinned hyphen package's German patterns", () => {
    const shipped = readFileSync(new URL("../patterns/de-1996.json", import.meta.url), "utf8");
    const fromHyphen = JSON.stringify(createRequire(import.meta.url)("hyphen/patterns/de-1996.js"));
    // On a new hyphen version: pnpm --filter @handreichung/hyphenation emit-patterns
    expect(shipped === fromHyphen, "patterns/de-1996.json differs from hyphen's patterns; run the emit-patterns script").toBe(true);
  });

  it("has the length GERMAN_PATTERNS_BYTES gives, by which a packed trie is known to fit", () => {
    const bytes = readFileSync(new URL("../patterns/de-1996.json", import.meta.url)).byteLength;
    expect(bytes, "set GERMAN_PATTERNS_BYTES in src/index.ts to the length of patterns/de-1996.json").toBe(GERMAN_PATTERNS_BYTES);
  });
});
