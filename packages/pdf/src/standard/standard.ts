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
