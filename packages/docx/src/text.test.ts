import { describe, expect, it } from "vitest";
import { TextCleaner } from "./text.js";

describe("TextCleaner", () => {
  it("drops bidi controls as the PDF does, and names them apart from what XML cannot hold", () => {
    const cleaner = new TextCleaner();
    expect(cleaner.clean("Amt \u202efür\u202c \u2066Integration\u2069\u0007")).toBe("Amt für Integration");
    expect(cleaner.warning()).toBe("removed 1 character(s) that a Word document cannot contain (U+0007); removed 4 bidirectional control character(s), as the PDF does (U+202E, U+202C, U+2066, U+2069)");
  });

  it("leaves ordinary text alone and warns about nothing", () => {
    const cleaner = new TextCleaner();
    expect(cleaner.clean("Köln – „Integration“ 😀")).toBe("Köln – „Integration“ 😀");
    expect(cleaner.warning()).toBeUndefined();
  });
});
