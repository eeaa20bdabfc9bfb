/**
 * Bidirectional marks and embedding, override and isolate controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Both documents keep them and
 * the Unicode Bidirectional Algorithm applies them (bidi-js in the PDF, Word
 * and LibreOffice in the .docx), so an override reorders both alike; the PDF
 * draws none of them.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
