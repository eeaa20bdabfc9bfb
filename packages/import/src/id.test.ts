import { describe, expect, it } from "vitest";
import { circularId } from "./id.js";

describe("circularId", () => {
  it("prefers number and year, then title, then file name, then 'circular'", () => {
    expect(circularId({ number: 441, year: 2004, title: "Handbuch" })).toBe("stgb-nrw-441-2004");
    expect(circularId({ number: 441, year: null, title: "Handbuch Integration" })).toBe("handbuch-integration");
    expect(circularId({ number: null, year: null, title: null, fileName: "texte/Mitteilung 12.txt" })).toBe("mitteilung-12");
    expect(circularId({ number: null, year: null, title: "…", fileName: "" })).toBe("circular");
  });
});
