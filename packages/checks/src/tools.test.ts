import { afterEach, describe, expect, it, vi } from "vitest";
import { hasTool, missingToolsLine, needTools, underCi } from "./tools.js";

describe("outside tools", () => {
  const path = process.env.PATH;
  const ci = process.env.CI;
  afterEach(() => {
    process.env.PATH = path;
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
    vi.restoreAllMocks();
  });

  it("names what is not checked and how to install it, in one line", () => {
    expect(missingToolsLine(["pdfinfo", "pdftotext", "qpdf"])).toBe("not checked: pdfinfo, pdftotext, qpdf not installed (apt-get install poppler-utils qpdf; .ci/run installs it)");
  });

  it("without a tool: one warning line and a skip note; under CI a failure", () => {
    process.env.PATH = "/nonexistent";
    expect(hasTool("qpdf")).toBe(false);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const skip = vi.fn();
    delete process.env.CI;
    needTools({ skip }, "qpdf");
    expect(warn.mock.calls).toEqual([[missingToolsLine(["qpdf"])]]);
    expect(skip).toHaveBeenCalledWith(missingToolsLine(["qpdf"]));
    process.env.CI = "true";
    expect(() => needTools({ skip }, "qpdf")).toThrow(`${missingToolsLine(["qpdf"])}: CI must have it`);
  });

  it("reads CI as CI systems set it", () => {
    expect([{ CI: "true" }, { CI: "1" }, { CI: "" }, { CI: "0" }, { CI: "false" }, {}].map((env) => underCi(env))).toEqual([true, true, false, false, false, false]);
  });
});
