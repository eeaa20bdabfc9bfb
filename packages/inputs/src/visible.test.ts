import { describe, expect, it } from "vitest";
import { quote, visible } from "./visible.js";

describe("visible", () => {
  it("escapes what a terminal would act on, and keeps line feeds and ordinary text", () => {
    expect(visible("Stadt \u001b]0;Titel\u0007 \u001b[2J\r")).toBe("Stadt \\x1b]0;Titel\\x07 \\x1b[2J\\r");
    expect(visible("a\u009bb\u007f")).toBe("a\\x9bb\\x7f");
    expect(visible("Amt \u202efür\u2069")).toBe("Amt \\u202efür\\u2069");
    expect(visible("Köln 😀\nzweite Zeile\ttab")).toBe("Köln 😀\nzweite Zeile\\ttab");
  });

  it("quotes a value on one line", () => {
    expect(quote('Stadt "A"\nB\u001b')).toBe('"Stadt "A"\\nB\\x1b"');
  });
});
