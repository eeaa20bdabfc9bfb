// What scripts/emit-fixed-parts.mjs needs at build time.
import { defaultCircular } from "@handreichung/content/data";
import { loadHyphenation } from "@handreichung/hyphenation";
import { compileDocument } from "../compile-document.js";
import { documentInput } from "../input.js";
import { type CompiledStyleSheet, compileRecordingStyleSheet } from "../internals/packer.js";
import { TextCleaner } from "../text.js";
import { DOCX_VERSION, FIXED_PARTS_FORMAT, type FixedParts, fixedPartsSource, setFixedPartsEnabled } from "./fixed-parts.js";

/**
 * The fixed parts as the docx library compiles them, taken from a whole
 * document compiled the plain way (any circular: they do not depend on it).
 */
export async function compileFixedParts(): Promise<FixedParts> {
  setFixedPartsEnabled(false);
  await loadHyphenation();
  let styleSheet: CompiledStyleSheet | undefined;
  compileDocument(documentInput(defaultCircular, {}, new TextCleaner()), (doc) => {
    const compiled = compileRecordingStyleSheet(doc);
    styleSheet = compiled.styleSheet;
    return compiled.parts;
  });
  if (!styleSheet) throw new Error("the document was not compiled");
  return { meta: { format: FIXED_PARTS_FORMAT, docx: DOCX_VERSION, source: fixedPartsSource() }, styleSheet };
}
