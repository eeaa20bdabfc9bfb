import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bidiLevels } from "@handreichung/content/data";
import { displayOrder, needTools, pdftotext, popplerDisplayOrder, readPdf } from "@handreichung/checks";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { exactGlyphCodePoints } from "../internals/fontkit.js";
import { currentParsedFont } from "../internals/pdfkit.js";
import { chainFor } from "./coverage.js";
import { drawRuns, fontName } from "./draw-runs.js";
import { FALLBACK_FACES } from "./faces.js";
import { fontRuns } from "./itemize.js";
import { lineRuns } from "./line-runs.js";

const require = createRequire(import.meta.url);
const file = (path: string) => readFileSync(require.resolve(path));

/** A tagged page with one P per line, each line set by the script modules; "rtl" lines have a right-to-left base. */
async function page(lines: readonly { text: string; base: "ltr" | "rtl" }[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", tagged: true, lang: "de-DE", compress: false, font: null as unknown as string });
  doc.registerFont("regular", file("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"));
  for (const face of FALLBACK_FACES) {
    doc.registerFont(fontName(face.id, "regular"), file(face.files.regular));
    exactGlyphCodePoints(currentParsedFont(doc.font(fontName(face.id, "regular"))));
  }
  const root = doc.struct("Document");
  doc.addStructure(root);
  let baseline = 80;
  for (const { text, base } of lines) {
    const p = doc.struct("P");
    root.add(p);
    const runs = lineRuns(bidiLevels(text, base), fontRuns(text, chainFor("regular")), 0, text.length);
    p.add(doc.markStructureContent("P"));
    drawRuns(doc, runs, 72, baseline, { role: "regular", size: 13 });
    doc.endMarkedContent();
    p.end();
    baseline += 24;
  }
  root.end();
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const GERMAN = "Das Amt für Integration berät in den Sprachen der Menschen, die in der Stadt leben und arbeiten.";
/** Lines of one direction: every reader gives them back exactly. */
const PLAIN = [
  { text: "Beratung auf Türkçe, العربية, Русский, Українська, فارسی.", base: "ltr" },
  { text: "مرحبا بالعالم", base: "rtl" },
  { text: "مشاورت مفت ہے۔", base: "rtl" },
  { text: "ڕاوێژکاری بەخۆڕاییە.", base: "rtl" },
  { text: "הייעוץ ניתן גם בעברית.", base: "rtl" },
  { text: "我们也提供中文咨询。", base: "ltr" },
  { text: "Willkommen 👋 – wir freuen uns! 😀 👩‍👩‍👧 🇩🇪", base: "ltr" },
  { text: "Ayşe Yılmaz, Дмитрий Ковальчук, Ελληνικά, Łódź", base: "ltr" },
] as const;
/** Right-to-left lines with numbers or a German word inside. */
const MIXED = [
  { text: "في عام 2024 قدّم مكتب Integrationsamt المشورة لـ 150 أسرة في المدينة.", base: "rtl" },
  { text: "شما می‌توانید از ساعت 9 تا 12 به دفتر ما بیایید.", base: "rtl" },
  { text: "الرقم (١٢٣) هنا", base: "rtl" },
] as const;
// A handout's page is mostly German: poppler orders a page by its main direction.
const LINES = [...Array.from({ length: 8 }, () => ({ text: GERMAN, base: "ltr" as const })), ...PLAIN, ...MIXED];

let pdf: Promise<Uint8Array> | undefined;
const sample = () => (pdf ??= page(LINES));
// pdf.js and poppler leave out the zero-width non-joiner: it shapes the Persian word, it is no letter.
const read = (text: string) => text.replace(/\u200c/g, "");

describe("the text layer of script runs", () => {
  it("reads back in logical order with pdf.js, letter for letter, in the structure tree", async () => {
    const doc = await readPdf(await sample(), { fonts: false });
    const ps = doc.pages[0]!.tree!.children[0]!.children.map((p) => p.text.replace(/\s+/g, " "));
    expect(ps.slice(8, 8 + PLAIN.length)).toEqual(PLAIN.map((l) => read(l.text)));
    // Inside a right-to-left line pdf.js follows the content, which is in reading order; it sets no space where the direction changes.
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    expect(ps.slice(8 + PLAIN.length).map(squeeze)).toEqual(MIXED.map((l) => squeeze(read(l.text))));
  });

  it("reads back with pdftotext: left-to-right lines as written, every letter right", async (ctx) => {
    needTools(ctx, "pdftotext");
    // poppler marks right-to-left parts with embedding controls, and may cut a line where a font's height changes (emoji).
    const all = pdftotext(await sample()).replace(/[\u202a-\u202c]/g, "").replace(/\s+/g, " ");
    for (const l of PLAIN.filter((l) => l.base === "ltr")) expect(all, l.text).toContain(read(l.text));
    // A right-to-left line without neutral characters at its ends reads back exactly.
    for (const text of ["مرحبا بالعالم", "مشاورت مفت ہے۔"]) expect(all).toContain(text);
  });

  it("puts every right-to-left line on the page in the bidi algorithm's order, as pdftotext shows it", async (ctx) => {
    needTools(ctx, "pdftotext");
    // poppler writes a line in page order, each right-to-left part turned to reading order: on a mostly
    // German page it puts the parts of a right-to-left line (a number, a German word, a final full stop) left to right.
    const lines = pdftotext(await sample()).split("\n").map(popplerDisplayOrder);
    for (const l of [...PLAIN, ...MIXED].filter((l) => l.base === "rtl")) expect(lines, l.text).toContain(displayOrder(l.text, "rtl"));
  });
});
