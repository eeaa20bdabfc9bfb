import { describe, expect, it } from "vitest";
import { germanName, phraseText, YOUR_MUNICIPALITY, type GermanCase, type GermanNameInput } from "./name.js";

/** Every form of a name as text, to compare in one go. */
function forms(input: GermanNameInput) {
  const n = germanName(input);
  const c = (k: GermanCase) => phraseText(n.phrase(k));
  return {
    official: n.official,
    nominative: c("nominative"),
    accusative: c("accusative"),
    dative: c("dative"),
    genitive: c("genitive"),
    in: phraseText(n.after("in")),
    pronoun: n.pronoun,
  };
}

describe("germanName", () => {
  it("a Stadt: feminine, the kind put in front once", () => {
    const expected = {
      official: "Stadt Musterstadt",
      nominative: "die Stadt Musterstadt",
      accusative: "die Stadt Musterstadt",
      dative: "der Stadt Musterstadt",
      genitive: "der Stadt Musterstadt",
      in: "in der Stadt Musterstadt",
      pronoun: "sie",
    };
    expect(forms({ name: "Musterstadt", kind: "Stadt" })).toEqual(expected);
    expect(forms({ name: "Stadt Musterstadt", kind: "Stadt" })).toEqual(expected);
    expect(forms({ name: "Stadt Musterstadt" })).toEqual(expected);
  });

  it("a Gemeinde", () => {
    expect(forms({ name: "Kleinort", kind: "Gemeinde" })).toEqual({
      official: "Gemeinde Kleinort",
      nominative: "die Gemeinde Kleinort",
      accusative: "die Gemeinde Kleinort",
      dative: "der Gemeinde Kleinort",
      genitive: "der Gemeinde Kleinort",
      in: "in der Gemeinde Kleinort",
      pronoun: "sie",
    });
  });

  it("a Kreis named 'Kreis X': masculine, genitive -es on Kreis, 'im'", () => {
    const expected = {
      official: "Kreis Paderborn",
      nominative: "der Kreis Paderborn",
      accusative: "den Kreis Paderborn",
      dative: "dem Kreis Paderborn",
      genitive: "des Kreises Paderborn",
      in: "im Kreis Paderborn",
      pronoun: "er",
    };
    expect(forms({ name: "Paderborn", kind: "Kreis" })).toEqual(expected);
    expect(forms({ name: "Kreis Paderborn", kind: "Kreis" })).toEqual(expected);
  });

  it("a Kreis named 'X-kreis' never gets the kind twice", () => {
    expect(forms({ name: "Hochsauerlandkreis", kind: "Kreis" })).toEqual({
      official: "Hochsauerlandkreis",
      nominative: "der Hochsauerlandkreis",
      accusative: "den Hochsauerlandkreis",
      dative: "dem Hochsauerlandkreis",
      genitive: "des Hochsauerlandkreises",
      in: "im Hochsauerlandkreis",
      pronoun: "er",
    });
    expect(forms({ name: "Rhein-Sieg-Kreis", kind: "Kreis" })).toMatchObject({ official: "Rhein-Sieg-Kreis", genitive: "des Rhein-Sieg-Kreises", in: "im Rhein-Sieg-Kreis" });
    expect(forms({ name: "Rhein-Kreis Neuss", kind: "Kreis" })).toMatchObject({ official: "Rhein-Kreis Neuss", genitive: "des Rhein-Kreises Neuss", in: "im Rhein-Kreis Neuss" });
    // Without a kind the name still says what it is.
    expect(forms({ name: "Ennepe-Ruhr-Kreis" })).toMatchObject({ nominative: "der Ennepe-Ruhr-Kreis", pronoun: "er" });
  });

  it("declines an adjective in the name after the article", () => {
    expect(forms({ name: "Märkischer Kreis", kind: "Kreis" })).toEqual({
      official: "Märkischer Kreis",
      nominative: "der Märkische Kreis",
      accusative: "den Märkischen Kreis",
      dative: "dem Märkischen Kreis",
      genitive: "des Märkischen Kreises",
      in: "im Märkischen Kreis",
      pronoun: "er",
    });
    expect(forms({ name: "Rheinisch-Bergischer Kreis" }).genitive).toBe("des Rheinisch-Bergischen Kreises");
    // Only an inflected form differs from the name as it stands alone.
    const n = germanName({ name: "Märkischer Kreis" });
    expect(n.phrase("dative").official).toBe(false);
    expect(germanName({ name: "Kreis Soest" }).phrase("dative").official).toBe(true);
    expect(germanName({ name: "Kreis Soest" }).phrase("genitive").official).toBe(false);
  });

  it("other kinds of name: StädteRegion, Hansestadt, bare place names", () => {
    expect(forms({ name: "StädteRegion Aachen", kind: "Kreis" })).toMatchObject({ nominative: "die StädteRegion Aachen", in: "in der StädteRegion Aachen", pronoun: "sie" });
    expect(forms({ name: "Hansestadt Lemgo", kind: "Stadt" })).toMatchObject({ official: "Hansestadt Lemgo", dative: "der Hansestadt Lemgo" });
    expect(forms({ name: "Musterhausen" })).toEqual({
      official: "Musterhausen",
      nominative: "Musterhausen",
      accusative: "Musterhausen",
      dative: "Musterhausen",
      genitive: "Musterhausens",
      in: "in Musterhausen",
      pronoun: "es",
    });
    expect(forms({ name: "Neuss" }).genitive).toBe("von Neuss");
    // A name ending in "stadt" is a place name, not a kind: "Neustadt" is not "die Neustadt".
    expect(forms({ name: "Neustadt", kind: "Stadt" }).nominative).toBe("die Stadt Neustadt");
  });

  it("takes the article and explicit forms from the profile", () => {
    expect(forms({ name: "Musterstadt", kind: "Stadt", article: "ohne" })).toMatchObject({ official: "Musterstadt", in: "in Musterstadt", pronoun: "es" });
    expect(forms({ name: "Amt Musterland", article: "das" })).toMatchObject({ nominative: "das Amt Musterland", in: "im Amt Musterland", pronoun: "es" });
    const given = forms({ name: "Kreis X", cases: { genitive: "des Kreises X (Westfalen)", dative: "dem Kreis X" } });
    expect(given).toMatchObject({ genitive: "des Kreises X (Westfalen)", in: "im Kreis X" });
  });

  it("contracts a preposition with the article as German does, and takes the case it governs", () => {
    const kreis = germanName({ name: "Hochsauerlandkreis" });
    const stadt = germanName({ name: "Essen", kind: "Stadt" });
    expect(phraseText(kreis.after("von"))).toBe("vom Hochsauerlandkreis");
    expect(phraseText(kreis.after("zu"))).toBe("zum Hochsauerlandkreis");
    expect(phraseText(kreis.after("für"))).toBe("für den Hochsauerlandkreis");
    expect(phraseText(stadt.after("zu"))).toBe("zur Stadt Essen");
    expect(phraseText(stadt.after("bei"))).toBe("bei der Stadt Essen");
    expect(phraseText(germanName({ name: "Amt X", article: "das" }).after("für"))).toBe("für das Amt X");
  });

  it("addresses the reader's own municipality when no name is known", () => {
    expect(phraseText(YOUR_MUNICIPALITY.after("in"))).toBe("in Ihrer Kommune");
    expect(phraseText(YOUR_MUNICIPALITY.phrase("nominative"))).toBe("Ihre Kommune");
    expect(phraseText(YOUR_MUNICIPALITY.phrase("genitive"))).toBe("Ihrer Kommune");
    expect(YOUR_MUNICIPALITY.pronoun).toBe("sie");
    expect(YOUR_MUNICIPALITY.phrase("nominative").official).toBe(false);
  });
});
