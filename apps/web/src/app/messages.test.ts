import { ContentError, parseProfile } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { germanMessage, logoMessage } from "./messages.js";

/** Every message the profile schema gives for a wrong value in each field. */
function schemaMessages(): string[] {
  const long = "x".repeat(301);
  const inputs: unknown[] = [
    {},
    { name: "" },
    { name: long },
    { name: 3 },
    { name: "A", kind: "Dorf" },
    { name: "A", article: "den" },
    { name: "A", cases: { genitive: "" } },
    { name: "A", contact: { email: "keine-mail" } },
    { name: "A", contact: { email: `${long}@x.de` } },
    { name: "A", contact: { phone: long } },
    { name: "A", logo: { path: "a.png" } },
    { name: "A", logo: { path: "a.png", alt: " " } },
    { name: "A", date: "2024-02-30" },
    { name: "A", date: "1899-12-31" },
    { name: "A", fax: "1" },
    { name: "A", contact: "x" },
    { name: "A", languages: [{ lang: "x1", name: "Unbekannt" }] },
    { name: "A", languages: [{ lang: "und", name: "Unbekannt" }] },
    { name: "A", languages: [{ lang: "tr", name: "Türkçe" }, { lang: "tr", name: "Türkçe" }] },
    { name: "A", languages: Array.from({ length: 41 }, (_, i) => ({ lang: `x-${i}`, name: "x" })) },
  ];
  const messages = new Set<string>();
  for (const input of inputs) {
    try {
      parseProfile(input);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const issue of error.issues) messages.add(issue.message);
    }
  }
  return [...messages];
}

describe("the form's German for the schema's messages", () => {
  it("has German for every message the profile schema gives", () => {
    const messages = schemaMessages();
    expect(messages.length).toBeGreaterThan(8);
    for (const message of messages) expect(germanMessage(message), message).not.toBe(message);
  });

  it("keeps the numbers and values of the message", () => {
    expect(germanMessage("must be at most 300 characters")).toBe("Höchstens 300 Zeichen.");
    expect(germanMessage('Expected one of "Stadt", "Gemeinde", "Kreis"')).toBe("Erlaubt sind: Stadt, Gemeinde, Kreis.");
    expect(germanMessage("Expected string, received number")).toBe("Hier gehört Text hin, nicht Zahl.");
  });

  it("says why a logo cannot be used, in German", () => {
    expect(logoMessage("wappen.gif", "E_LOGO_FORMAT", "not a readable PNG or JPEG image")).toBe("„wappen.gif“ ist kein PNG- oder JPEG-Bild. Bitte wählen Sie ein Logo im Format PNG oder JPEG.");
    expect(logoMessage("w.png", "E_LOGO_PIXELS", "8000×8000 pixels (64.0 megapixels); the limit is 40 megapixels")).toBe("„w.png“ hat zu viele Bildpunkte (8000 × 8000, 64 Megapixel); höchstens 40 Megapixel.");
    expect(logoMessage("w.png", "E_LOGO_PIXELS", "7000×6000 pixels (42.5 megapixels); the limit is 40 megapixels")).toBe("„w.png“ hat zu viele Bildpunkte (7000 × 6000, 42,5 Megapixel); höchstens 40 Megapixel.");
    expect(logoMessage("fehlt.png", "E_LOGO_NOT_CHOSEN", 'cannot read: no logo file named "fehlt.png" was chosen on the page')).toBe("„fehlt.png“ ist nicht unter den gewählten Logo-Dateien. Bitte wählen Sie die Datei bei „Logo-Dateien“ mit aus.");
    expect(logoMessage("c.jpg", "E_BAD_LOGO", "a CMYK JPEG cannot go into a PDF/A file (its colours would need a CMYK output intent); save the logo as RGB, or use --pdf-standard ua-1")).toMatch(/^„c\.jpg“ ist ein JPEG in CMYK-Farben/);
  });
});
