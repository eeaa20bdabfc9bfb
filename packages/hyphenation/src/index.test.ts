import { beforeAll, describe, expect, it, vi } from "vitest";
import { hyphenateGerman, loadHyphenation, SOFT_HYPHEN } from "./index.js";

beforeAll(() => loadHyphenation());

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

describe("loadHyphenation", () => {
  it("is needed before the first use, and says so", async () => {
    vi.resetModules();
    const fresh = await import("./index.js");
    expect(() => fresh.hyphenateGerman("Querschnittscharakter")).toThrow(fresh.HyphenationNotLoadedError);
    await fresh.loadHyphenation();
    expect(show(fresh.hyphenateGerman("Querschnittscharakter"))).toBe("Quer-schnitts-cha-rak-ter");
  });

  it("loads the patterns once", () => {
    expect(loadHyphenation()).toBe(loadHyphenation());
  });
});
