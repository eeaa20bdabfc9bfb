import { describe, expect, it } from "vitest";
import { breakNearJoint, compoundJoints } from "./joints.js";

const split = (word: string) => {
  const joints = compoundJoints(word);
  let out = "";
  [...word].forEach((c, i) => (out += (joints.includes(i) ? "|" : "") + c));
  return out;
};

describe("compoundJoints", () => {
  it("finds the joints of the compounds of administrative German", () => {
    expect(
      ["Integrationszentrum", "Verwaltungsvereinfachung", "Gemeinschaftsstelle", "Hochsauerlandkreises", "Ausländeramt", "Asylbewerberleistungen", "Flüchtlingsleistungen", "Querschnittsaufgabe", "Wohnungsvermittlung", "Landsleute", "Sprachförderung", "Verwaltungseinheiten"].map(split),
    ).toEqual([
      "Integrations|zentrum",
      "Verwaltungs|vereinfachung",
      "Gemeinschafts|stelle",
      "Hochsauer|land|kreises",
      "Ausländer|amt",
      "Asyl|bewerber|leistungen",
      "Flüchtlings|leistungen",
      "Querschnitts|aufgabe",
      "Wohnungs|vermittlung",
      "Lands|leute",
      "Sprach|förderung",
      "Verwaltungs|einheiten",
    ]);
  });

  it("leaves words that are no compounds of its parts alone", () => {
    expect(["Vorstellung", "Bestellung", "Verwaltung", "Kreis", "Migrantinnen", "Zuwanderung", "İstanbul"].map(split)).toEqual(["Vorstellung", "Bestellung", "Verwaltung", "Kreis", "Migrantinnen", "Zuwanderung", "İstanbul"]);
  });
});

describe("breakNearJoint", () => {
  it("tells a break at a joint from one within three letters of it", () => {
    expect(breakNearJoint("Integrationszentrum", 12)).toBe("joint");
    expect(breakNearJoint("Integrationszentrum", 15)).toBe("near"); // Integrationszen-trum
    expect(breakNearJoint("Integrationszentrum", 9)).toBe("near"); // Integrati-onszentrum
    expect(breakNearJoint("Integrationszentrum", 5)).toBe("clear"); // Integ-rationszentrum
  });
});
