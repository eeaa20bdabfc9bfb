import { SRGB_DESCRIPTION as SRGB, srgbIccProfile } from "../color/srgb-icc.js";
import { setCatalogEntry } from "../internals/pdfkit.js";

/**
 * The PDF/A output intent: the colours of the file (DeviceRGB text, rules and
 * tints; RGB and grey images) are sRGB, with the ICC profile embedded so they
 * print the same in years to come. The profile is built in the package
 * (color/srgb-icc.ts), so no file is read (pdfkit's own PDF/A mode reads the
 * ICC's profile from disk).
 */
export function addSrgbOutputIntent(doc: PDFKit.PDFDocument): void {
  const profile = doc.ref({ N: 3 });
  profile.end(srgbIccProfile() as Buffer);
  const intent = doc.ref({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: new String(SRGB),
    Info: new String(SRGB),
    RegistryName: new String("http://www.color.org"),
    DestOutputProfile: profile,
  });
  intent.end(undefined as never);
  setCatalogEntry(doc, "OutputIntents", [intent]);
}
