import { describe, expect, it } from "vitest";
import { languageLines, parseLanguageLines } from "./languages-field.js";

describe("the counselling languages field", () => {
  it("reads one language per line: its tag, then its name in that language", () => {
    expect(parseLanguageLines("tr Türkçe\n\n ar  العربية \nzh-Hans 中文")).toEqual([
      { lang: "tr", name: "Türkçe" },
      { lang: "ar", name: "العربية" },
      { lang: "zh-Hans", name: "中文" },
    ]);
  });

  it("keeps a line without a name, so validation can say what is missing", () => {
    expect(parseLanguageLines("uk")).toEqual([{ lang: "uk", name: "" }]);
  });

  it("writes a profile's languages back as lines, and nothing for a value that is no list", () => {
    expect(languageLines([{ lang: "fa", name: "فارسی" }, { lang: "ru", name: "Русский" }])).toBe("fa فارسی\nru Русский");
    expect(parseLanguageLines(languageLines([{ lang: "fa", name: "فارسی" }]))).toEqual([{ lang: "fa", name: "فارسی" }]);
    expect(languageLines("Türkçe")).toBe("");
  });
});
