// A line that is only "Az.: X" (also "Az: X", "AZ.: X"). Inline mentions such as
// "Urteil vom 12.03.2003, Az.: 7 K 1234/01" are part of a sentence, not a match.
const STANDALONE = /^A[zZ]\.?\s*:\s*(\S.*)$|^A[zZ]\.\s+(\S.*)$/;

/** The file reference of a standalone "Az.: X" line, else null. */
export function parseFileReferenceLine(line: string): string | null {
  const m = STANDALONE.exec(line);
  const value = (m?.[1] ?? m?.[2])?.trim();
  if (!value) return null;
  // Formats vary ("III", "II ke-ko", "17.0.6.6.3-002"), but a reference is short
  // and not a sentence: "Az.: 7 K 1/01. Das Gericht …" is body text.
  if (value.length > 60 || /[.!?]\s+\p{Lu}/u.test(value)) return null;
  return value;
}

/**
 * Index of the circular's own file reference: the last standalone "Az.:" line
 * outside quotations (a quoted ministry letter carries its own Az.), or -1.
 */
export function findFileReference(lines: readonly { text: string }[], quoted: readonly boolean[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!quoted[i] && parseFileReferenceLine(lines[i]!.text) !== null) return i;
  }
  return -1;
}
