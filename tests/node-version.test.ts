import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliPath } from "./support/paths.js";

// Pretends to be an older Node before the CLI starts.
const olderNode = (version: string) => `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;

describe("the Node floor", () => {
  it("an older Node gets one line and exit 2, before anything loads", () => {
    const r = spawnSync(process.execPath, ["--import", olderNode("18.19.1"), cliPath, "build", "-o", "never"], { encoding: "utf8" });
    expect({ code: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 2, stderr: "handreichung: needs Node 20.0.0 or newer; this is Node 18.19.1\n", stdout: "" });
  });

  it("Node 20 and newer run it", () => {
    const r = spawnSync(process.execPath, ["--import", olderNode("20.0.0"), cliPath, "list"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });
});
