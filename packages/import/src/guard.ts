import { ImportError } from "./errors.js";

/** C0 and C1 controls other than tab, line feed, vertical tab, form feed and carriage return, and U+FFFD. */
function countSuspicious(text: string): { controls: number; replacements: number } {
  let controls = 0;
  let replacements = 0;
  // A loop, not text.match(/…/g): ten million matches would be ten million strings.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) controls++;
    else if (c === 0xfffd) replacements++;
  }
  return { controls, replacements };
}

/**
 * Rejects what is not text worth parsing: nothing at all, or bytes of a binary
 * file decoded as text. A stray control character in a real page is tolerated.
 */
export function assertText(text: string, fileName?: string): void {
  if (text.replace(/^\ufeff/, "").trim() === "") {
    throw new ImportError("E_IMPORT_EMPTY", "the text is empty", fileName);
  }
  if (text.includes("\u0000")) {
    throw new ImportError("E_IMPORT_BINARY", "the text contains NUL characters: a binary file, not the text of a circular", fileName);
  }
  const { controls, replacements } = countSuspicious(text);
  if (controls + replacements > Math.max(8, text.length * 0.01)) {
    throw new ImportError(
      "E_IMPORT_BINARY",
      `the text contains ${controls + replacements} control or undecodable characters: a binary file, not the text of a circular`,
      fileName,
    );
  }
}
