import { circular441 } from "@handreichung/content/data";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../index.js";
import { claimsOf, isPdfStandard, jpegComponents, logoStandardProblem, PDF_STANDARDS } from "./standard.js";

/** The start of a JPEG up to its frame header, with `components` components (enough for jpegComponents). */
const jpegHead = (components: number) =>
  Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 8 + 3 * components, 8, 0, 16, 0, 16, components, ...Array.from({ length: 3 * components }, () => 1)]);

describe("PDF standards", () => {
  it("names three, each claiming what it says", () => {
    expect(PDF_STANDARDS).toEqual(["both", "ua-1", "a-2a"]);
    expect(PDF_STANDARDS.map(claimsOf)).toEqual([{ pdfa: true, pdfua: true }, { pdfa: false, pdfua: true }, { pdfa: true, pdfua: false }]);
    expect([isPdfStandard("both"), isPdfStandard("PDF/A-2a"), isPdfStandard(undefined)]).toEqual([true, false, false]);
  });

  it("reads a JPEG's component count from its frame header", () => {
    expect([1, 3, 4].map((n) => jpegComponents(jpegHead(n)))).toEqual([1, 3, 4]);
    expect(jpegComponents(new Uint8Array([0xff, 0xd8, 0x00]))).toBeNull();
  });

  it("refuses a CMYK JPEG logo for PDF/A (its colours need a CMYK output intent), not for PDF/UA alone", async () => {
    const cmyk = { data: jpegHead(4), format: "jpeg" as const, width: 16, height: 16, alt: "Wappen" };
    expect(logoStandardProblem(cmyk, "ua-1")).toBeNull();
    expect(logoStandardProblem({ ...cmyk, data: jpegHead(3) }, "both")).toBeNull();
    await expect(renderPdf(circular441, { logo: cmyk, profile: { name: "Musterstadt" } })).rejects.toMatchObject({
      code: "E_BAD_LOGO",
      message: "logo: a CMYK JPEG cannot go into a PDF/A file (its colours would need a CMYK output intent); save the logo as RGB, or use --pdf-standard ua-1",
    });
  });

  it("the RGB JPEG of the tests renders under every standard", async () => {
    const data = new Uint8Array(readFileSync(new URL("../../../../tests/fixtures/logo.jpg", import.meta.url)));
    expect(jpegComponents(data)).toBe(3);
    for (const pdfStandard of PDF_STANDARDS) {
      const bytes = await renderPdf(circular441, { date: "2026-01-15", pdfStandard, profile: { name: "Musterstadt" }, logo: { data, format: "jpeg", width: 96, height: 48, alt: "Wappen" } });
      expect(bytes.length).toBeGreaterThan(1000);
    }
  });
});
