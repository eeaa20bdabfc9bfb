import type { Circular, Profile } from "@handreichung/content";
import fc from "fast-check";

/** Text that breaks naive renderers: scripts, marks, invisible and XML-special characters. */
const HOSTILE = [
  "ä", "ö", "ü", "ß", "Ä", "ẞ", "e\u0301", "a\u0308\u0323", "👩‍👩‍👧", "🇩🇪", "😀", "漢字", "日本語の文", "한국어",
  "שלום עולם", "مرحبا بالعالم", "\u200b", "\u200d", "\u200e", "\u202e", "\u2060", "\ufeff", "\u0007", "\u001f", "\u007f", "\t",
  "<", ">", "&", "&amp;", "]]>", "<w:t>", '"', "'", "{{kommune}}", "\\", "%PDF", "(", ")",
  "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
  `https://www.example.org/${"verwaltung/".repeat(12)}?a=1&b=<2>`,
];

const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Integration", "Kommune", "Stadt", "und", "für", "Straße", "Öffnung") },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) },
);

/** Text as TextSchema accepts it: not only white space. */
export const hostileText = (maxWords = 12) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((w) => w.join(" ")).filter((s) => s.trim().length > 0);

const block = fc.oneof(
  fc.record({ type: fc.constant("paragraph" as const), text: hostileText(40) }),
  fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(2 as const, 3 as const), text: hostileText(6) }),
  fc.record({ type: fc.constant("list" as const), ordered: fc.boolean(), items: fc.array(hostileText(8), { minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant("quote" as const), text: hostileText(20) }),
);

const model = (id: string) =>
  fc.record({ municipality: hostileText(3), name: hostileText(4), kind: fc.constantFrom("Stadt" as const, "Gemeinde" as const, "Kreis" as const), text: fc.array(hostileText(20), { minLength: 1, maxLength: 3 }) }).map(
    // A key point must be quoted from the text: take a slice of the first paragraph.
    (m) => ({ id, ...m, keyPoints: m.text[0]!.trim() ? [m.text[0]!.trim()] : [] }),
  );

/** A circular that parseCircular accepts, with hostile text everywhere and optional parts left out. */
export const hostileCircular: fc.Arbitrary<Circular> = fc
  .record({
    issuer: hostileText(5),
    title: hostileText(8),
    category: fc.option(hostileText(3), { nil: null }),
    number: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
    year: fc.option(fc.integer({ min: 1900, max: 2999 }), { nil: null }),
    date: fc.option(fc.constantFrom("2004-05-26", "2024-02-29", "1999-12-31"), { nil: null }),
    fileReference: fc.option(hostileText(2), { nil: null }),
    body: fc.array(block, { minLength: 1, maxLength: 6 }),
    models: fc.array(model("m"), { maxLength: 2 }).map((ms) => ms.map((m, i) => ({ ...m, id: `m${i}` }))),
    publication: fc.option(fc.record({ title: hostileText(4), subtitles: fc.array(hostileText(4), { maxLength: 2 }), author: fc.constant(null), free: fc.constant(null), orderAddress: fc.array(hostileText(4), { maxLength: 3 }), url: fc.constant(null), download: fc.boolean(), text: hostileText(15) }), { nil: null }),
  })
  .map((c) => ({ id: "prop-test", series: "StGB NRW-Mitteilung", source: null, ...c }) as Circular);

/** A profile with hostile text; every optional part may be missing. */
export const hostileProfile: fc.Arbitrary<Profile> = fc.record(
  {
    name: hostileText(4),
    kind: fc.constantFrom("Stadt" as const, "Gemeinde" as const, "Kreis" as const),
    department: hostileText(4),
    contact: fc.record({ person: hostileText(3), phone: fc.constant("0211 123-45"), address: hostileText(5) }, { requiredKeys: [] }),
    website: hostileText(1),
  },
  { requiredKeys: ["name"] },
);

/** Every string a circular and profile hold, for "is it in the output" checks. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (["id", "type", "kind", "date", "series"].includes(k) ? [] : stringsOf(v)));
  return [];
}
