// Text mixing every script an integration office writes, in random order and
// with random language tags: both documents hold each paragraph in logical
// order (pdf.js's tagged text, Word's paragraph text), and a character no font
// has is named in a warning and still read as itself, never silently lost.
import { checkRequirements, readDocx, readPdf } from "@handreichung/checks";
import { parseCircular, type Circular } from "@handreichung/content";
import { renderDocx } from "@handreichung/docx";
import { renderPdf } from "@handreichung/pdf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// A fixed seed: CI runs the same cases every time; change it to explore.
const SEED = 12_2026;

/** Words of each script, with the languages that write it. */
const SCRIPTS = [
  { words: ["Beratung", "Straße", "Büro", "Integrationsamt"], langs: [undefined, "de"] },
  { words: ["Danışmanlık", "İstanbul’dan", "ücretsizdir", "Łódź", "każdej"], langs: ["tr", "pl"] },
  { words: ["συμβουλευτική", "δωρεάν", "Ελληνικά"], langs: ["el"] },
  { words: ["Консультации", "бесплатно", "Українська", "родин"], langs: ["ru", "uk"] },
  { words: ["مرحبا", "المشورة", "لـ", "أسرة", "مكتب", "قدّم", "لا"], langs: ["ar"] },
  { words: ["می‌توانید", "فارسی", "ساعت", "دفتر"], langs: ["fa"] },
  { words: ["مشاورت", "مفت", "ہے۔"], langs: ["ur"] },
  { words: ["ڕاوێژکاری", "بەخۆڕاییە"], langs: ["ckb"] },
  { words: ["הייעוץ", "ניתן", "בעברית", "שלום"], langs: ["he"] },
  { words: ["我们", "也提供", "中文咨询", "。"], langs: ["zh-Hans"] },
  { words: ["😀", "👋", "👩‍👩‍👧", "🇩🇪", "❤️"], langs: [undefined] },
  { words: ["2024", "150", "(9–12)", "12,5 %", "«Hilfe»"], langs: [undefined] },
  // No font of the chain has these: they are boxes, named in a warning, and read as themselves.
  { words: ["नमस्ते", "ሰላም"], langs: ["hi", "am"] },
] as const;

const word = fc.constantFrom(...SCRIPTS).chain((s) => fc.constantFrom(...s.words));
const lang = fc.constantFrom(...SCRIPTS.flatMap((s) => s.langs));
const paragraph = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 14 }), lang });
const input = fc.array(paragraph, { minLength: 1, maxLength: 5 });

const circularOf = (paras: { words: string[]; lang: string | undefined }[]): Circular =>
  parseCircular({
    id: "mehrsprachig",
    issuer: "Stadt Musterstadt",
    series: "Mitteilung",
    title: "Beratung in vielen Sprachen",
    date: "2026-01-15",
    body: paras.map((p) => ({ type: "paragraph", text: p.words.join(" "), ...(p.lang ? { lang: p.lang } : {}) })),
  });

// What readers leave out: white space (a direction change sets none), the joiners and marks that only steer shaping and order.
const squeeze = (s: string) => s.replace(/[\s\u200c\u200d\u200e\u200f]/g, "");
const NO_FONT = /[\u0900-\u097f\u1200-\u137f]/u;
const NO_FONT_ALL = new RegExp(NO_FONT.source, "gu");

describe("text in every script", () => {
  it("is in both documents in logical order, or named in a warning, and the PDF stays PDF/A-2a and PDF/UA-1", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (paras) => {
        const circular = circularOf(paras);
        const warnings: string[] = [];
        const options = { date: "2026-01-15", onWarning: (m: string) => warnings.push(m) };
        const pdf = await renderPdf(circular, options);
        const docx = await renderDocx(circular, options);
        const pdfText = squeeze((await readPdf(pdf, { fonts: false })).taggedText);
        const wordText = squeeze(readDocx(docx).paragraphs.map((p) => p.text).join("\n"));
        for (const p of paras) {
          const text = squeeze(p.words.join(" "));
          // pdf.js reads the box drawn for a character no font has (its /ActualText names the character for other readers).
          expect(pdfText, "PDF").toContain(text.replace(NO_FONT_ALL, "\u25a1"));
          expect(wordText, "Word").toContain(text);
        }
        // Characters no font has: named, each of them; nothing else is.
        const missing = [...new Set([...paras.flatMap((p) => p.words).join("")].filter((ch) => NO_FONT.test(ch) && /\p{L}|\p{M}/u.test(ch)))];
        const told = warnings.filter((w) => w.includes("no font has a glyph"));
        if (missing.length === 0) expect(told).toEqual([]);
        else for (const ch of missing) expect(told.join("\n"), ch).toContain(`"${ch}"`);
        const failures = (await checkRequirements(pdf)).filter((r) => r.messages.length > 0).map((r) => `${r.requirement.id}: ${r.messages.join("; ")}`);
        expect(failures).toEqual([]);
      }),
      { seed: SEED, numRuns: 12, endOnFailure: true },
    );
  }, 240_000);
});
