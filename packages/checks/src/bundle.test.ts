import { describe, expect, it } from "vitest";
import { longestBase64Run } from "./bundle.js";

describe("longestBase64Run", () => {
  it("finds the longest run across texts, however it is split by other characters", () => {
    expect(longestBase64Run([])).toBe(0);
    expect(longestBase64Run(['a="QUJD";', `b="${"x".repeat(70_000)}"`, "c=1"])).toBe(70_000);
    expect(longestBase64Run(["ab-cd+/e.f"])).toBe(5);
  });
});
