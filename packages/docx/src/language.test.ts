import { parseCircular, parseProfile, type Circular, type Profile } from "@handreichung/content";
import { checkDocx, convertWithLibreOffice, displayOrder, formatFindings, multilingualSample, needTools, pdftotext, popplerDisplayOrder } from "@handreichung/checks";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "./index.js";
import { languageSpans, runLanguage } from "./language.js";
import { paragraphs, textOf, unzipDocx } from "./testing/unzip.js";

const sample = multilingualSample();
const circular: Circular = parseCircular(sample.circular);
const profile: Profile = parseProfile(sample.profile);
const paragraphText = (lang: string) => (circular.body.find((b) => b.type === "paragraph" && b.lang === lang) as { text: string }).text;

let xml: string;
let bytes: Uint8Array;
let warnings: string[];
beforeAll(async () => {
  warnings = [];
  bytes = await renderDocx(circular, { profile, date: "2026-01-15", onWarning: (w) => warnings.push(w) });
  xml = (await unzipDocx(bytes))["word/document.xml"]!;
});

/** The paragraph of document.xml whose text is `text`. */
const paragraphOf = (text: string) => paragraphs(xml).find((p) => textOf(p).trim() === text);

describe("runs in another language", () => {
  it("split where the direction changes, numbers and a German word left to right inside Arabic", () => {
    const text = "في عام 2024 زار Integrationsamt";
    expect(languageSpans(text, "ar").map((s) => [s.text, s.props.rightToLeft === true])).toEqual([
      ["في عام ", true],
      ["2024", false],
      [" زار ", true],
      ["Integrationsamt", false],
    ]);
    expect(languageSpans("Amt für Integration", undefined)).toEqual([{ text: "Amt für Integration", props: {} }]);
  });

  it("name the language in the slot of its script and a font that has its glyphs", () => {
    expect(runLanguage("مرحبا", "ar", true)).toEqual({ language: { bidirectional: "ar" }, rightToLeft: true, font: { cs: "Noto Sans Arabic" } });
    expect(runLanguage("שלום", "he", true)).toEqual({ language: { bidirectional: "he" }, rightToLeft: true, font: { cs: "Noto Sans Hebrew" } });
    expect(runLanguage("你好", "zh-Hans", false)).toEqual({ language: { eastAsia: "zh-Hans" }, font: { eastAsia: "Noto Sans SC", hint: "eastAsia" } });
    expect(runLanguage("Türkçe", "tr", false)).toEqual({ language: { value: "tr" } });
    // German needs nothing: the document's language is de-DE.
    expect(runLanguage("Amt", "de-AT", false)).toEqual({});
  });
});

describe("the multilingual sample in Word", () => {
  it("is a sound document and warns about nothing", async () => {
    expect(warnings).toEqual([]);
    expect(formatFindings(checkDocx(bytes).findings)).toBe("");
  });

  it("sets an Arabic paragraph right to left: w:bidi, w:rtl runs with w:lang w:bidi and the complex-script font", () => {
    const p = paragraphOf(paragraphText("ar"))!;
    expect(p).toContain("<w:pPr><w:bidi/></w:pPr>");
    expect(p).toContain('<w:r><w:rPr><w:rFonts w:cs="Noto Sans Arabic"/><w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">في عام </w:t></w:r>');
    // The number keeps its language but is no right-to-left run.
    expect(p).toContain('<w:r><w:rPr><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">2024</w:t></w:r>');
    expect(p).toContain('<w:r><w:rPr><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">Integrationsamt</w:t></w:r>');
    expect(paragraphOf(paragraphText("he"))).toContain('<w:rFonts w:cs="Noto Sans Hebrew"/><w:rtl/><w:lang w:bidi="he"/>');
    expect(paragraphOf(paragraphText("ckb"))).toContain('<w:lang w:bidi="ckb"/>');
  });

  it("tags Turkish, Cyrillic, Greek and Chinese by language, and keeps the Persian zero-width non-joiner", () => {
    expect(paragraphOf(paragraphText("tr"))).toContain('<w:rPr><w:lang w:val="tr"/></w:rPr>');
    expect(paragraphOf(paragraphText("uk"))).toContain('<w:rPr><w:lang w:val="uk"/></w:rPr>');
    expect(paragraphOf(paragraphText("el"))).toContain('<w:rPr><w:lang w:val="el"/></w:rPr>');
    expect(paragraphOf(paragraphText("zh-Hans"))).toContain('<w:rFonts w:eastAsia="Noto Sans SC" w:hint="eastAsia"/><w:lang w:eastAsia="zh-Hans"/>');
    expect(paragraphOf(paragraphText("fa"))).toContain("می\u200cتوانید");
    // Untagged German text is plain, as before.
    expect(paragraphOf("Das Amt für Integration berät in den Sprachen der Menschen, die in der Stadt leben.")).not.toContain("w:lang");
  });

  it("lists the counselling languages in the contact section, each in its own language", () => {
    const line = paragraphs(xml).find((p) => textOf(p).startsWith("Beratungssprachen: "))!;
    expect(textOf(line).trim()).toBe("Beratungssprachen: Türkçe, العربية\u200e, Русский, Українська, فارسی\u200e, עברית\u200e, 中文");
    expect(line).toContain('<w:rPr><w:lang w:val="tr"/></w:rPr><w:t xml:space="preserve">Türkçe</w:t>');
    expect(line).toContain('<w:rPr><w:rFonts w:cs="Noto Sans Arabic"/><w:rtl/><w:lang w:bidi="fa"/></w:rPr><w:t xml:space="preserve">فارسی</w:t>');
  });

  it("tags a contact person whose name is in another language, wherever the field shows it", () => {
    const fields = xml.match(/<w:tag w:val="ansprechperson"\/>[\s\S]*?<\/w:sdt>/g)!;
    expect(fields.length).toBeGreaterThan(1);
    for (const f of fields) expect(f).toContain('<w:rPr><w:lang w:val="tr"/></w:rPr><w:t xml:space="preserve">Ayşe Yılmaz</w:t>');
  });

  it("tags a Cyrillic name, and a right-to-left field value runs right to left", async () => {
    const cyrillic = parseProfile(sample.cyrillicProfile);
    const doc = (await unzipDocx(await renderDocx(circular, { profile: cyrillic, date: "2026-01-15" })))["word/document.xml"]!;
    expect(doc).toContain('<w:rPr><w:lang w:val="ru"/></w:rPr><w:t xml:space="preserve">Дмитрий Ковальчук</w:t>');
    const arabic = parseProfile({ name: "Stadt A", department: { text: "مكتب الاندماج", lang: "ar" } });
    const withArabic = (await unzipDocx(await renderDocx(circular, { profile: arabic, date: "2026-01-15" })))["word/document.xml"]!;
    expect(withArabic).toContain('<w:rPr><w:rFonts w:cs="Noto Sans Arabic"/><w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">مكتب الاندماج</w:t>');
  });
});

describe("LibreOffice", () => {
  it("shows every right-to-left sentence in the order the bidi algorithm gives, and the other scripts as written", (ctx) => {
    needTools(ctx, "soffice", "pdftotext");
    const [converted] = convertWithLibreOffice([bytes]);
    if (!converted || !("pdf" in converted)) throw new Error(formatFindings([converted!.finding]));
    // pdftotext writes each line in display order, right-to-left parts wrapped in embedding marks.
    const lines = pdftotext(converted.pdf).split("\n").map(popplerDisplayOrder);
    for (const lang of ["ar", "fa", "ur", "ckb", "he"]) expect(lines, lang).toContain(displayOrder(paragraphText(lang), "rtl"));
    expect(lines).toContain(displayOrder("Beratungssprachen: Türkçe, العربية\u200e, Русский, Українська, فارسی\u200e, עברית\u200e, 中文", "ltr"));
    // Chinese and emoji need a CJK and an emoji font installed for LibreOffice; this machine's fonts are Latin, Arabic and Hebrew only.
    for (const lang of ["tr", "pl", "ru", "uk", "el"]) expect(lines, lang).toContain(displayOrder(paragraphText(lang), "ltr"));
  });
});
