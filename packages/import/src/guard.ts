import { ImportError } from "./errors.js";

// C0 and C1 controls other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f]/g;

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
  const controls = text.match(CONTROL)?.length ?? 0;
  const replacements = text.match(/\ufffd/g)?.length ?? 0;
  if (controls + replacements > Math.max(8, text.length * 0.01)) {
    throw new ImportError(
      "E_IMPORT_BINARY",
      `the text contains ${controls + replacements} control or undecodable characters: a binary file, not the text of a circular`,
      fileName,
    );
  }
}
