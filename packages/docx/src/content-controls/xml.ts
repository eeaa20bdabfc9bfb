// Escaped as docx escapes text and attribute values alike, so a part written
// here and a value filled into a cached template give the same bytes.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or an attribute value for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** 32 bits of FNV-1a over the text, from a seed. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A GUID-shaped id derived from `text`: the same text always gives the same id,
 * so the package stays byte-for-byte reproducible (Word only needs ids that differ).
 */
export function stableGuid(text: string): string {
  const hex = [1, 2, 3, 4].map((seed) => fnv1a(text, seed).toString(16).toUpperCase().padStart(8, "0")).join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}
