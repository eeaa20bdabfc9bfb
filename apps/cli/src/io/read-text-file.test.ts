import { describe, expect, it } from "vitest";
import { readBytes } from "./read-text-file.js";

describe("readBytes", () => {
  // /proc's files say they are empty and are not: the limit holds for the bytes read, not the size stat reports.
  it.skipIf(process.platform !== "linux")("stops at the limit whatever size the file system reports", async () => {
    const whole = await readBytes("/proc/self/status");
    expect(new TextDecoder().decode(whole)).toMatch(/^Name:/);
    const refused = await readBytes("/proc/self/status", 16).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "E_INPUT_TOO_LARGE" });
  });
});
