// What scripts/emit-fixed-parts.mjs needs at build time.
import { parseProfile, type Circular, type RenderOptions } from "@handreichung/content";
import { defaultCircular, renderDates } from "@handreichung/content/data";
import { loadHyphenation } from "@handreichung/hyphenation";
import { compileDocument } from "../compile-document.js";
import { documentInput } from "../input.js";
import { type CompiledStyleSheet, compileRecordingStyleSheet } from "../internals/packer.js";
import { TextCleaner } from "../text.js";
import { asWordTemplate } from "../word-template.js";
import { packageEntries } from "../zip.js";
import { precompress } from "../zip-writer.js";
import { DOCX_VERSION, FFLATE_VERSION, FIXED_PARTS_FORMAT, type FixedParts, fixedPartsSource, setFixedPartsEnabled, type StoredPart } from "./fixed-parts.js";

/**
 * Another circular in every word, title and model: a part that mentions
 * anything of the circular comes out differently for it, and so is not fixed.
 */
function otherCircular(circular: Circular): Circular {
  const other = (text: string) => text.replace(/\p{L}+/gu, (word) => `${word}x`);
  return {
    ...circular,
    title: other(circular.title),
    issuer: other(circular.issuer),
    category: circular.category && other(circular.category),
    models: circular.models.map((m) => ({ ...m, municipality: other(m.municipality), name: other(m.name) })),
  };
}

/** Different circulars, profiles, dates, logo and formats: what their packages share is fixed. */
const CASES: { circular: Circular; options: RenderOptions & { template?: boolean } }[] = [
  { circular: defaultCircular, options: { date: "2024-01-15" } },
  {
    circular: otherCircular(defaultCircular),
    options: {
      date: "2031-07-02",
      template: true,
      profile: parseProfile({
        name: "Neuheim an der Lahn",
        kind: "Gemeinde",
        department: "Fachbereich Zuwanderung",
        contact: { person: "Jana Beispiel", phone: "06421 555-0", email: "zuwanderung@neuheim.example", address: "Am Rathaus 3, 35000 Neuheim" },
        website: "www.neuheim.example",
        languages: [{ lang: "tr", name: "Türkçe" }],
      }),
    },
  },
];

/** The package's entries of one case as they go into the zip, by name. */
function entries({ circular, options }: (typeof CASES)[number]): Map<string, string | Uint8Array> {
  const parts = compileDocument(documentInput(circular, options, new TextCleaner()));
  return new Map(packageEntries(options.template ? asWordTemplate(parts) : parts, renderDates(circular, options).created));
}

/**
 * The fixed parts as the docx library compiles them: the style sheet taken
 * from a whole document compiled the plain way (any circular: it does not
 * depend on it), and compressed, every part whose text all cases share.
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
  const [first, ...others] = CASES.map(entries);
  const compressed: StoredPart[] = [];
  for (const [name, text] of first!) {
    if (typeof text !== "string" || !others.every((e) => e.get(name) === text)) continue;
    const part = precompress(text);
    compressed.push({ text, crc: part.crc, size: part.size, deflated: Buffer.from(part.deflated).toString("base64") });
  }
  return { meta: { format: FIXED_PARTS_FORMAT, docx: DOCX_VERSION, fflate: FFLATE_VERSION, source: fixedPartsSource() }, styleSheet, compressed };
}
