// The Kreis the PDF/A and PDF/UA tests render: named "…kreis", with contact
// details, links and a logo with an alpha channel (PDF/A-2 allows it as a soft mask).
import { makePng } from "./png.js";

export const KREIS_PROFILE = {
  name: "Hochsauerlandkreis",
  kind: "Kreis" as const,
  department: "Kommunales Integrationszentrum",
  contact: { person: "Erika Mustermann", phone: "0291 94-1234", email: "integration@hochsauerlandkreis.example", address: "Steinstraße 27, 59872 Meschede" },
  website: "www.hochsauerlandkreis.example/integration",
};

export const KREIS_LOGO = { data: makePng(90, 130, { alpha: true }), format: "png" as const, width: 90, height: 130, alt: "Wappen des Hochsauerlandkreises" };
