import { describe, expect, it } from "vitest";
import { hyphenateGerman, SOFT_HYPHEN } from "./index.js";

const show = (s: string) => s.replaceAll(SOFT_HYPHEN, "-");

describe("hyphenateGerman", () => {
  it("marks German break points with soft hyphens", () => {
    expect(show(hyphenateGerman("Querschnittscharakter"))).toBe("Quer-schnitts-cha-rak-ter");
    expect(show(hyphenateGerman("Integrationsarbeit ist eine Querschnittsaufgabe"))).toBe("In-te-gra-ti-ons-ar-beit ist eine Quer-schnitts-auf-ga-be");
  });

  it("leaves short words alone and never changes the letters", () => {
    const text = "Die Stadt Arnsberg hat das Ausländeramt zusammen mit dem Fachdienst „Zuwanderung und Wohnungsvermittlung“ zugeordnet.";
    expect(hyphenateGerman(text, 12).replaceAll(SOFT_HYPHEN, "")).toBe(text);
    expect(show(hyphenateGerman("Die Stadt", 12))).toBe("Die Stadt");
    expect(show(hyphenateGerman("Wohnungsvermittlung", 12))).toBe("Woh-nungs-ver-mitt-lung");
  });
});
