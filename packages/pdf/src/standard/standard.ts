/**
 * Which PDF standards a handout claims and meets: PDF/UA-1 (ISO 14289-1, accessible),
 * PDF/A-2a (ISO 19005-2 level A, archivable and tagged), or both at once (the default).
 */
export const PDF_STANDARDS = ["both", "ua-1", "a-2a"] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];

export const DEFAULT_PDF_STANDARD: PdfStandard = "both";

/** What a standard asks of the file: the PDF/A parts (output intent, pdfaid) and the PDF/UA identification. */
export interface StandardClaims {
  pdfa: boolean;
  pdfua: boolean;
}

export function isPdfStandard(value: unknown): value is PdfStandard {
  return typeof value === "string" && (PDF_STANDARDS as readonly string[]).includes(value);
}

export function claimsOf(standard: PdfStandard): StandardClaims {
  return { pdfa: standard !== "ua-1", pdfua: standard !== "a-2a" };
}

/** "PDF/A-2a und PDF/UA-1", as a reader would name it. */
export function standardLabel(standard: PdfStandard): string {
  return { both: "PDF/A-2a + PDF/UA-1", "ua-1": "PDF/UA-1", "a-2a": "PDF/A-2a" }[standard];
}

/** The number of colour components of a JPEG (1 grey, 3 YCbCr/RGB, 4 CMYK), from its frame header; null when there is none. */
export function jpegComponents(data: Uint8Array): number | null {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the component count.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return data[at + 9]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    at += 2 + ((data[at + 2]! << 8) | data[at + 3]!);
  }
  return null;
}

/**
 * Why a logo cannot go into a file of `standard`, or null. A CMYK JPEG keeps
 * its colours as DeviceCMYK, which PDF/A allows only with a CMYK output intent;
 * the handout's is sRGB, and the renderer does not decode JPEG to convert it.
 */
export function logoStandardProblem(logo: { format: string; data: Uint8Array }, standard: PdfStandard): string | null {
  if (!claimsOf(standard).pdfa || logo.format !== "jpeg" || jpegComponents(logo.data) !== 4) return null;
  return "a CMYK JPEG cannot go into a PDF/A file (its colours would need a CMYK output intent); save the logo as RGB, or use --pdf-standard ua-1";
}
