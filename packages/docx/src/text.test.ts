import { describe, expect, it } from "vitest";
import { TextCleaner } from "./text.js";

describe("TextCleaner", () => {
  it("keeps bidi controls, which the PDF applies too, and drops what XML cannot hold", () => {
    const cleaner = new TextCleaner();
    expect(cleaner.clean("Amt \u202efür\u202c \u2066Integration\u2069\u200e\u0007")).toBe("Amt \u202efür\u202c \u2066Integration\u2069\u200e");
    expect(cleaner.warning()).toBe("removed 1 character(s) that a Word document cannot contain (U+0007)");
  });

  it("leaves ordinary text alone and warns about nothing", () => {
    const cleaner = new TextCleaner();
    expect(cleaner.clean("Köln – „Integration“ 😀")).toBe("Köln – „Integration“ 😀");
    expect(cleaner.warning()).toBeUndefined();
  });
});
