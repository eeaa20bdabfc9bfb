// The multilingual sample (fixtures/multilingual): a paragraph in each script
// an integration office writes, a contact person whose name is Turkish and the
// counselling languages each in its own language — checked sentence by
// sentence in what pdf.js and poppler read, tagged with its language, and
// meeting PDF/A-2a and PDF/UA-1 with the fallback fonts embedded.
import { parseCircular, parseProfile, type Block, type Circular, type Profile } from "@handreichung/content";
import { checkRequirements, displayOrder, flattenPdfNodes, needTools, pdftotext, popplerDisplayOrder, popplerFonts, readPdf, multilingualSample, type PdfDocument, type PdfNode } from "@handreichung/checks";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "./index.js";

const sample = multilingualSample();
const circular: Circular = parseCircular(sample.circular);
const profile: Profile = parseProfile(sample.profile);
const DATE = "2026-01-15";
const paragraphs = circular.body.filter((b): b is Extract<Block, { type: "paragraph" }> => b.type === "paragraph");

let bytes: Uint8Array;
let warnings: string[];
let doc: PdfDocument;
let elements: PdfNode[];
beforeAll(async () => {
  warnings = [];
  bytes = await renderPdf(circular, { profile, date: DATE, onWarning: (w) => warnings.push(w) });
  doc = await readPdf(bytes);
  elements = doc.pages.flatMap((p) => (p.tree ? flattenPdfNodes(p.tree) : []));
});

// pdf.js leaves out the zero-width non-joiner (it shapes the Persian word, it is no letter) and the left-to-right mark.
const read = (text: string) => text.replace(/[\u200c\u200e]/g, "").replace(/\s+/g, " ").trim();
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the multilingual sample as a PDF", () => {
  it("has a glyph for every character: no warning, no box", () => {
    expect(warnings).toEqual([]);
    expect(doc.taggedText).not.toContain("\u25a1");
  });

  it("reads every paragraph back in logical order, in a P tagged with its language", () => {
    for (const p of paragraphs) {
      const el = elements.find((e) => e.role === "P" && squeeze(read(e.text)) === squeeze(read(p.text)));
      expect(el, p.text).toBeDefined();
      expect(el!.lang, p.text).toBe(p.lang);
    }
    // Words keep their spaces where the direction does not change.
    expect(elements.some((e) => read(e.text) === "Консультации проводятся бесплатно.")).toBe(true);
    expect(elements.some((e) => read(e.text) === "הייעוץ ניתן גם בעברית.")).toBe(true);
  });

  it("tags the Arabic heading H2 with /Lang ar, and leaves German untagged", () => {
    const heading = elements.find((e) => e.role === "H2" && read(e.text) === "العربية");
    expect(heading?.lang).toBe("ar");
    const german = elements.find((e) => e.role === "P" && read(e.text).startsWith("Das Amt für Integration berät"));
    expect(german?.lang).toBeUndefined();
    expect(doc.lang).toBe("de-DE");
  });

  it("names the counselling languages in the contact box, each a Span with its /Lang", () => {
    const row = elements.find((e) => e.role === "P" && read(e.text).startsWith("Beratungssprachen"))!;
    expect(squeeze(read(row.text))).toBe(squeeze("Beratungssprachen Türkçe, العربية, Русский, Українська, فارسی, עברית, 中文"));
    const spans = row.children.filter((c) => c.role === "Span").map((c) => [c.lang, read(c.text)]);
    expect(spans).toEqual([
      ["tr", "Türkçe"],
      ["ar", "العربية"],
      ["ru", "Русский"],
      ["uk", "Українська"],
      ["fa", "فارسی"],
      ["he", "עברית"],
      ["zh-Hans", "中文"],
    ]);
    const person = elements.find((e) => e.role === "P" && read(e.text).startsWith("Ansprechperson"))!;
    expect(person.children.find((c) => c.role === "Span")).toMatchObject({ lang: "tr", text: expect.stringContaining("Ayşe Yılmaz") });
  });

  it("embeds only the cuts it uses, as subsets with a ToUnicode map, and meets PDF/A-2a and PDF/UA-1", async (ctx) => {
    const failures = (await checkRequirements(bytes)).filter((r) => r.messages.length > 0).map((r) => `${r.requirement.id}: ${r.messages.join("; ")}`);
    expect(failures).toEqual([]);
    needTools(ctx, "pdffonts");
    const fonts = popplerFonts(bytes);
    const families = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort();
    expect(families).toEqual(
      ["NotoEmoji-Regular", "NotoSansArabic-Regular", "NotoSansArabic-SemiBold", "NotoSansHebrew-Regular", "NotoSansSC-Regular", "SourceSans3-Bold", "SourceSans3-Regular", "SourceSans3-SemiBold"].sort(),
    );
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it("gives poppler every right-to-left line in the order the bidi algorithm shows it", (ctx) => {
    needTools(ctx, "pdftotext");
    const lines = pdftotext(bytes).split("\n").map(popplerDisplayOrder);
    for (const p of paragraphs.filter((b) => ["ar", "fa", "ur", "ckb", "he"].includes(b.lang ?? ""))) expect(lines, p.lang).toContain(displayOrder(p.text, "rtl"));
    for (const p of paragraphs.filter((b) => ["tr", "pl", "ru", "uk", "el", "zh-Hans"].includes(b.lang ?? ""))) expect(lines, p.lang).toContain(displayOrder(p.text, "ltr"));
  });

  it("is the same file again, also after other documents loaded and parsed the fonts", async () => {
    await renderPdf({ ...circular, body: [{ type: "paragraph", text: "中文 עברית 😀 العربية" }] }, { date: DATE });
    expect(Buffer.from(await renderPdf(circular, { profile, date: DATE })).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("long right-to-left text", () => {
  const arabic = "في عام 2024 قدّم مكتب Integrationsamt المشورة لـ 150 أسرة في المدينة، وساعد الأسر في تعلم اللغة الألمانية (دورات مسائية) والعثور على عمل ومسكن. ".repeat(4).trim();
  let text: PdfDocument;
  beforeAll(async () => {
    const long = { ...circular, body: [{ type: "paragraph" as const, lang: "ar", text: arabic }, { type: "list" as const, ordered: false, lang: "ar", items: ["الاستشارة مجانية", "المواعيد من 9 إلى 12"] }] };
    text = await readPdf(await renderPdf(long, { date: DATE }), { fonts: false, pages: [1] });
  });

  it("breaks into lines that stay inside the margins, each set from the right margin, without hyphens", () => {
    const runs = text.pages[0]!.runs.filter((r) => /[\u0600-\u06ff]/.test(r.str));
    expect(runs.length).toBeGreaterThan(8);
    const left = 108;
    const right = 595.28 - 108;
    for (const r of runs) {
      expect(r.x, r.str).toBeGreaterThanOrEqual(left - 0.5);
      expect(r.x + r.width, r.str).toBeLessThanOrEqual(right + 0.5);
    }
    // Every line ends at the right margin: the rightmost run of each line touches it.
    const lines = new Map<number, number>();
    const rows = new Set(runs.map((r) => Math.round(r.y)));
    for (const r of text.pages[0]!.runs.filter((r) => rows.has(Math.round(r.y)) && r.str.trim() !== "")) lines.set(Math.round(r.y), Math.max(lines.get(Math.round(r.y)) ?? 0, r.x + r.width));
    // (the list's lines end before its bullets, at the right margin too)
    for (const [y, end] of lines) expect(end, String(y)).toBeGreaterThan(right - 2.5);
    // The Arabic text has no hyphen of its own: none may appear on its lines (a German hyphenation of
    // "Integrationsamt" would break it "Integrations-" or "In-te-gra-…").
    expect(arabic).not.toMatch(/[-\u2010\u00ad]/);
    const onRows = text.pages[0]!.runs.filter((r) => rows.has(Math.round(r.y))).map((r) => r.str);
    expect(onRows.filter((s) => /[-\u2010\u00ad]/.test(s))).toEqual([]);
  });

  it("reads back as written, in logical order", () => {
    const all = flattenPdfNodes(text.pages[0]!.tree!);
    const body = all.find((e) => e.role === "P" && e.lang === "ar")!;
    expect(squeeze(read(body.text))).toBe(squeeze(arabic));
    const list = all.find((e) => e.role === "L")!;
    expect(list.lang).toBe("ar");
    expect(squeeze(read(list.text))).toBe(squeeze("•الاستشارة مجانية•المواعيد من 9 إلى 12"));
  });
});
