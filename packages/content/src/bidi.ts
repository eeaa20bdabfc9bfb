/**
 * Bidirectional marks and embedding, override and isolate controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Until the renderers lay out
 * right-to-left text, both drop them with a warning: kept in one document and
 * not in the other, an override would reorder the Word text ("Amt" read as
 * "tmA") while the PDF shows it plain.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
