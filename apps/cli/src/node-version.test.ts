import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MINIMUM_NODE, nodeVersionProblem } from "./node-version.js";

describe("the Node floor", () => {
  it("accepts 20.15 and newer", () => {
    for (const v of ["20.15.0", "20.15.1", "20.20.2", "21.0.0", "22.11.0", "v24.1.0"]) expect(nodeVersionProblem(v), v).toBeNull();
  });

  it("refuses older versions in one line", () => {
    expect(nodeVersionProblem("20.14.0")).toBe("needs Node 20.15.0 or newer; this is Node 20.14.0");
    expect(nodeVersionProblem("v18.19.1")).toBe("needs Node 20.15.0 or newer; this is Node 18.19.1");
  });

  it("is what every package.json's engines field says", () => {
    for (const file of ["../package.json", "../../../package.json", "../../../packages/docx/package.json"]) {
      const pkg = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as { engines?: { node?: string } };
      expect(pkg.engines?.node, file).toBe(`>=${MINIMUM_NODE}`);
    }
  });
});
