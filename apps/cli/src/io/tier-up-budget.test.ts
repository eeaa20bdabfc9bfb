import { describe, expect, it, vi } from "vitest";
import { raiseTierUpBudget, TIER_UP_BUDGET } from "./tier-up-budget.js";

describe("the tier-up budget", () => {
  it("is raised on V8 11 (Node 20), where it was measured", () => {
    const set = vi.fn();
    expect(raiseTierUpBudget("11.3.244.8-node.33", set)).toBe(true);
    expect(set).toHaveBeenCalledWith(`--interrupt-budget=${TIER_UP_BUDGET}`);
  });

  it("is left alone on another V8, which may not know the flag", () => {
    const set = vi.fn();
    expect(raiseTierUpBudget("12.4.254.21-node.33", set)).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });
});
