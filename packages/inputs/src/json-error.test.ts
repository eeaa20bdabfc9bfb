import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineColumn } from "./json-error.js";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": 1}', -1],
    ["[1, 2, {\"x\": [true, false, null, -1.5e3]}]", -1],
    ['{"a":}', 5],
    ['{"a": 1,}', 8],
    ["[1,2", 4],
    ['{"a" 1}', 5],
    ['{"a": "b\nc"}', 8],
    ["", 0],
    ['{"a": 1} x', 9],
    ["[01]", 2],
  ])("%j fails at %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("handles deep nesting without overflowing the stack", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset(`${deep}]`)).toBe(400_000);
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const text of ['"\\u00e4"', '"\\x"', "tru", "1.", "-", '{"a":[]}', "[{}]", " null "]) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === -1, text).toBe(valid);
    }
  });
});

describe("lineColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd\nef", 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn("x", 0)).toEqual({ line: 1, column: 1 });
  });
});
