import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MINIMUM_NODE, nodeVersionProblem } from "./node-version.js";

describe("the Node floor", () => {
  it("accepts 20 and newer", () => {
    for (const v of ["20.0.0", "20.11.1", "20.20.2", "21.0.0", "22.11.0", "v24.1.0"]) expect(nodeVersionProblem(v), v).toBeNull();
  });

  it("refuses older versions in one line", () => {
    expect(nodeVersionProblem("19.9.0")).toBe("needs Node 20.0.0 or newer; this is Node 19.9.0");
    expect(nodeVersionProblem("v18.19.1")).toBe("needs Node 20.0.0 or newer; this is Node 18.19.1");
  });

  it("is what the CLI's package.json says, and the repository (which builds the web page with Vite) needs at least as much", () => {
    const engines = (file: string) => (JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as { engines?: { node?: string } }).engines?.node;
    expect(engines("../package.json")).toBe(`>=${MINIMUM_NODE}`);
    const repo = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines("../../../package.json") ?? "");
    expect(repo, "the root package.json names a Node floor as >=X.Y.Z").not.toBeNull();
    expect(nodeVersionProblem(`${repo![1]}.${repo![2]}.${repo![3]}`)).toBeNull();
  });
});
