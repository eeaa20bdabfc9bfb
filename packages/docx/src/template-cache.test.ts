import type { Profile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { describe, expect, it } from "vitest";
import { compileDocument } from "./compile-document.js";
import { renderDocx } from "./index.js";
import { documentInput } from "./input.js";
import { TextCleaner } from "./text.js";
import { normalizePackage } from "./zip.js";

/** The document compiled from scratch, without the template cache. */
function direct(profile: Profile | undefined, date: string, models?: string[]) {
  const cleaner = new TextCleaner();
  const input = documentInput(circular441, { date, ...(profile ? { profile } : {}), ...(models ? { models } : {}) }, cleaner);
  return { bytes: normalizePackage(compileDocument(input), date), warning: cleaner.warning() };
}

const profiles: (Profile | undefined)[] = [
  undefined,
  { name: "Musterstadt", kind: "Stadt" },
  { name: "Gemeinde A & B <Süd>", department: 'Amt "Integration" & \'Vielfalt\'', contact: { person: "Erika\tMuster\nFrau", email: "a@b.de", phone: "0211 1", address: "Platz 1" }, website: "https://x.example/?a=1&b=2", date: "2026-02-28" },
  { name: "Kreis ]]> Test\u0007", kind: "Kreis", contact: { person: "\u0001Ü" } },
  // Names that decline differently: the inflected forms belong to the compiled template.
  { name: "Hochsauerlandkreis", kind: "Kreis", department: "Fachdienst 1" },
  { name: "Märkischer Kreis", kind: "Kreis", department: "Fachdienst 1" },
  { name: "Lippe", kind: "Kreis", department: "Fachdienst 1", cases: { genitive: "des Kreises Lippe (Detmold)" } },
  { name: "Neuss", article: "ohne" },
  { name: "Musterhausen" },
  { name: "Beispielheim", contact: { email: "a@b.de" } },
];

describe("the template cache", () => {
  it("gives byte for byte what compiling each profile from scratch gives", async () => {
    for (const profile of [...profiles, ...profiles]) {
      const warnings: string[] = [];
      const cached = await renderDocx(circular441, { date: "2026-01-15", onWarning: (w) => warnings.push(w), ...(profile ? { profile } : {}) });
      const fresh = direct(profile, "2026-01-15");
      expect(Buffer.from(cached).equals(Buffer.from(fresh.bytes)), profile?.name ?? "no profile").toBe(true);
      expect(warnings).toEqual(fresh.warning ? [fresh.warning] : []);
    }
  });

  it("keeps model selections apart", async () => {
    const a = await renderDocx(circular441, { date: "2026-01-15", models: ["essen"], profile: { name: "X" } });
    const b = await renderDocx(circular441, { date: "2026-01-15", models: ["wuppertal"], profile: { name: "X" } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(direct({ name: "X" }, "2026-01-15", ["essen"]).bytes))).toBe(true);
  });
});
