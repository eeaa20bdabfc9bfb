import { unzlibSync, zlibSync } from "fflate";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { fontData, loadFonts } from "../fonts.js";
import { PDFDocument } from "./pdfkit-build.js";

// The CLI and the web page must write the same bytes: both must run the pdfkit
// build that compresses with fflate. If this fails after a pdfkit upgrade,
// re-check patches/pdfkit@0.20.2.patch and internals/pdfkit-build.ts.
beforeAll(() => loadFonts());

describe("the pdfkit build the renderer runs", () => {
  it("compresses streams with fflate, as in a browser, not with Node's zlib", async () => {
    const doc = new PDFDocument({ compress: true, font: null as unknown as string, pdfVersion: "1.7" });
    const chunks: Uint8Array[] = [];
    doc.on("data", (c: Uint8Array) => chunks.push(c));
    const ended = new Promise<void>((resolve) => doc.on("end", resolve));
    for (let i = 0; i < 400; i++) doc.rect(i % 37, (i * 7) % 113, 10 + (i % 11), 5).fill(i % 2 ? "#336699" : "#996633");
    doc.end();
    await ended;
    const pdf = Buffer.concat(chunks).toString("latin1");
    const streams = [...pdf.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => Buffer.from(m[1]!, "latin1"));
    const page = streams.sort((a, b) => b.length - a.length)[0]!;
    const raw = unzlibSync(page);
    expect(raw.length).toBeGreaterThan(5000);
    expect(Buffer.from(deflateSync(raw)).equals(Buffer.from(zlibSync(raw))), "zlib and fflate agree on this stream: the test proves nothing").toBe(false);
    expect(Buffer.from(zlibSync(raw)).equals(page), "the content stream is not compressed as fflate compresses it: is this pdfkit's Node build?").toBe(true);
  });

  it("carries this project's patch that makes less garbage per document (same bytes)", () => {
    // patches/pdfkit@0.20.2.patch: a stream's text lines stay text until the
    // stream ends, instead of one byte array per line (with glyph ids' hex
    // codes made once, and a line's glyphs appended, not copied per word).
    // A handout allocated 3.9 instead of 4.8 MB, and 280 of them in a row took
    // 9–21 % less CPU time each.
    const doc = new PDFDocument({ compress: false, font: null as unknown as string, pdfVersion: "1.7" });
    const ref = doc.ref({}) as unknown as { write(chunk: string): void; buffer: unknown[] };
    ref.write("0 0 m");
    expect(typeof ref.buffer[0], "pdfkit turns each line into bytes again: re-apply patches/pdfkit@0.20.2.patch").toBe("string");
  });

  it("carries this project's patch that sets text without line breaks without measuring it twice more (same bytes)", () => {
    // patches/pdfkit@0.20.2.patch: _fragment measures the text only for a
    // link, underline or strike, and _line moves on by the advance the
    // fragment set: 2.6 % fewer instructions a handout (README, "Performance").
    const doc = new PDFDocument({ compress: false, font: null as unknown as string, pdfVersion: "1.7" });
    doc.registerFont("regular", fontData("regular") as Buffer);
    doc.font("regular").fontSize(11);
    const measured = doc.widthOfString("Integrationsarbeit in Kommunen");
    const widthOfString = doc.widthOfString.bind(doc);
    let measures = 0;
    doc.widthOfString = (...args: Parameters<typeof doc.widthOfString>) => {
      measures++;
      return widthOfString(...args);
    };
    doc.text("Integrationsarbeit in Kommunen", 72, 100, { lineBreak: false });
    expect(measures, "doc.text measures what it sets again: re-apply patches/pdfkit@0.20.2.patch").toBe(0);
    expect(doc.x).toBeCloseTo(72 + measured, 9);
    // A link still gets its width: the annotation's rectangle spans the text.
    doc.text("Integrationsarbeit in Kommunen", 72, 200, { lineBreak: false, link: "https://example.org/" });
    expect(measures).toBe(1);
  });
});
