import { describe, expect, it, vi } from "vitest";
import { enableCompileCache } from "./compile-cache.js";

describe("the compile cache", () => {
  it("is enabled where Node has module.enableCompileCache", () => {
    const api = { enableCompileCache: vi.fn() };
    expect(enableCompileCache(api, {})).toBe(true);
    expect(api.enableCompileCache).toHaveBeenCalledOnce();
  });

  it("does nothing on a Node without it (Node 20), when the user turned it off, or when it fails", () => {
    expect(enableCompileCache({}, {})).toBe(false);
    const api = { enableCompileCache: vi.fn() };
    expect(enableCompileCache(api, { NODE_DISABLE_COMPILE_CACHE: "1" })).toBe(false);
    expect(api.enableCompileCache).not.toHaveBeenCalled();
    expect(enableCompileCache({ enableCompileCache: () => { throw new Error("EACCES"); } }, {})).toBe(false);
  });
});
