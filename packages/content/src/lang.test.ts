import { describe, expect, it } from "vitest";
import { ContentError } from "./errors.js";
import { canonicalLang, isEastAsianLang, isOtherLanguage, isRtlLang, langOf, langProblem, textOf } from "./lang.js";
import { parseCircular, parseProfile } from "./parse.js";

function issues(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof ContentError) return error.lines();
    throw error;
  }
  return [];
}

const circular = (body: unknown[], extra: Record<string, unknown> = {}) => ({ id: "x", issuer: "Landkreistag Nordrhein-Westfalen", title: "Titel", body, ...extra });

describe("language tags", () => {
  it("accepts well-formed BCP 47 tags and keeps them in canonical case", () => {
    expect(canonicalLang("AR")).toBe("ar");
    expect(canonicalLang("zh-hans")).toBe("zh-Hans");
    expect(canonicalLang("sr-latn-rs")).toBe("sr-Latn-RS");
    for (const tag of ["tr", "ckb", "fa-IR", "uk", "he", "zh-Hant-TW", "de-CH-1996"]) expect(langProblem(tag)).toBeNull();
  });

  it("rejects what is no tag", () => {
    for (const tag of ["", "en_US", "ar-", "123", "x-foo", "i-klingon", "deutsch!", "a".repeat(65), "de DE", "arabic", "deut"]) expect(langProblem(tag), tag).not.toBeNull();
    expect(langProblem("und")).toMatch(/leave lang out/);
  });

  it("knows which languages run right to left and which are East Asian", () => {
    for (const tag of ["ar", "fa", "ur", "ckb", "he", "ps", "yi", "ar-EG"]) expect(isRtlLang(tag), tag).toBe(true);
    for (const tag of ["tr", "ru", "uk", "pl", "el", "ku", "zh", "de"]) expect(isRtlLang(tag), tag).toBe(false);
    expect(isEastAsianLang("zh-Hans")).toBe(true);
    expect(isEastAsianLang("ja")).toBe(true);
    expect(isEastAsianLang("ar")).toBe(false);
  });

  it("German in any region is no change of language", () => {
    expect(isOtherLanguage("de")).toBe(false);
    expect(isOtherLanguage("de-AT")).toBe(false);
    expect(isOtherLanguage("tr")).toBe(true);
    expect(isOtherLanguage(undefined)).toBe(false);
  });
});

describe("lang on content", () => {
  it("is optional on every block, a quote's blocks and a model", () => {
    const body = [
      { type: "paragraph", text: "مرحبا", lang: "AR" },
      { type: "heading", level: 2, text: "Başlık", lang: "tr" },
      { type: "list", items: ["один"], lang: "ru" },
      { type: "quote", blocks: [{ type: "paragraph", text: "שלום", lang: "he" }], lang: "he" },
      { type: "table", rows: [["你好"]], lang: "zh-hans" },
      { type: "paragraph", text: "Deutsch" },
    ];
    const parsed = parseCircular(circular(body));
    expect(parsed.body.map((b) => ("lang" in b ? b.lang : undefined))).toEqual(["ar", "tr", "ru", "he", "zh-Hans", undefined]);
    const model = { id: "m", municipality: "Stadt A", name: "A", kind: "Stadt", text: ["Merhaba dünya."], keyPoints: ["dünya"], lang: "tr" };
    expect(parseCircular(circular([{ type: "paragraph", text: "x" }], { models: [model] })).models[0]!.lang).toBe("tr");
  });

  it("names a malformed tag by its path", () => {
    expect(issues(() => parseCircular(circular([{ type: "paragraph", text: "x", lang: "arabisch" }])))).toEqual([
      'body[0].lang: must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"',
    ]);
    expect(issues(() => parseCircular(circular([{ type: "paragraph", text: "x", lang: "ar_EG" }])))).toEqual([
      'body[0].lang: must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"',
    ]);
    expect(issues(() => parseCircular(circular([{ type: "quote", blocks: [{ type: "list", items: ["a"], lang: "" }] }])))).toEqual([
      'body[0].blocks[0].lang: must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"',
    ]);
    expect(issues(() => parseCircular(circular([{ type: "paragraph", text: "x", lang: 7 }])))).toEqual(["body[0].lang: Expected string, received number"]);
  });
});

describe("languages in a profile", () => {
  it("lists counselling languages, each named in its own language", () => {
    const languages = [
      { lang: "tr", name: "Türkçe" },
      { lang: "ar", name: "العربية" },
      { lang: "ru", name: "Русский" },
      { lang: "uk", name: "Українська" },
      { lang: "fa", name: "فارسی" },
    ];
    expect(parseProfile({ name: "Stadt Musterstadt", languages }).languages).toEqual(languages);
  });

  it("rejects a bad tag, a missing name and a language listed twice", () => {
    expect(issues(() => parseProfile({ name: "A", languages: [{ lang: "tr", name: "Türkçe" }, { lang: "TR", name: "Türkçe" }, { lang: "??", name: "x" }, { lang: "ar" }] }))).toEqual([
      'languages[2].lang: must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"',
      "languages[3].name: Required",
    ]);
    expect(issues(() => parseProfile({ name: "A", languages: [{ lang: "tr", name: "Türkçe" }, { lang: "TR", name: "Türkçe" }] }))).toEqual(['languages[1].lang: "tr" is listed twice']);
  });

  it("takes free text as a string or as { text, lang }", () => {
    const profile = parseProfile({
      name: "Stadt Musterstadt",
      department: "Amt für Integration",
      contact: { person: { text: "Дмитрий Ковальчук", lang: "ru" }, address: { text: "Rathausplatz 1", lang: "de" } },
    });
    expect(textOf(profile.contact!.person!)).toBe("Дмитрий Ковальчук");
    expect(langOf(profile.contact!.person)).toBe("ru");
    expect(langOf(profile.department)).toBeUndefined();
    expect(issues(() => parseProfile({ name: "A", contact: { person: { text: "Ayşe Yılmaz", lang: "türkisch!" } } }))).toEqual([
      'contact.person.lang: must be a BCP 47 language tag such as "tr", "ar", "uk" or "zh-Hans"',
    ]);
    expect(issues(() => parseProfile({ name: "A", contact: { person: { text: "Ayşe Yılmaz" } } }))).toEqual(["contact.person.lang: Required"]);
    expect(issues(() => parseProfile({ name: "A", department: { text: "x", lang: "tr", extra: 1 } }))).toEqual(["department.extra: Unknown field"]);
    expect(issues(() => parseProfile({ name: "A", department: 5 }))).toEqual(["department: Invalid input"]);
  });
});

describe("the counselling languages line", () => {
  it("gives each name its language and keeps two Arabic-script names apart with a mark", async () => {
    const { counselLanguagePieces } = await import("./counsel.js");
    expect(counselLanguagePieces([{ lang: "tr", name: "Türkçe" }, { lang: "ar", name: "العربية" }, { lang: "fa", name: "فارسی" }, { lang: "ru", name: "Русский" }])).toEqual([
      { text: "Türkçe", lang: "tr" },
      { text: ", " },
      { text: "العربية", lang: "ar" },
      { text: "\u200e, " },
      { text: "فارسی", lang: "fa" },
      { text: "\u200e, " },
      { text: "Русский", lang: "ru" },
    ]);
  });
});
