// The /ActualText of marked content: what a reader (a screen reader, copy and
// paste) takes in place of the glyphs drawn inside it, as a right-to-left run
// drawn in display order carries its logical text.
import { PDFHexString } from "pdf-lib";
import { bytesOf, dictOf } from "./content-stream.js";
import { PdfFile } from "./objects.js";

/** A PDF text string's bytes decoded (UTF-16 with its byte order mark, else PDFDocEncoding), by pdf-lib. */
function textString(bytes: Uint8Array): string {
  return PDFHexString.of(Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")).decodeText();
}

/** The /ActualText of every marked-content sequence with inline properties (BDC), page by page in content order. */
export async function actualTexts(pdf: Uint8Array): Promise<string[]> {
  const file = await PdfFile.read(pdf);
  const out: string[] = [];
  for (const page of file.pages) {
    for (const op of page.operations) {
      if (op.operator !== "BDC") continue;
      const actual = bytesOf(dictOf(op.operands[1])?.get("ActualText"));
      if (actual) out.push(textString(actual));
    }
  }
  return out;
}
