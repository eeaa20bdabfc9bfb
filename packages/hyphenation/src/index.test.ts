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

  /** A fresh copy of this package whose assets come through `serve`; returns it and the paths it asked for. */
  async function withAssets(serve: (path: string, load: () => Promise<Uint8Array>) => Promise<Uint8Array>) {
    const asked: string[] = [];
    vi.resetModules();
    vi.doMock("@handreichung/assets", async (importOriginal) => {
      const real = await importOriginal<typeof import("@handreichung/assets")>();
      return { ...real, loadAsset: (path: string, from: string) => (asked.push(path), serve(path, () => real.loadAsset(path, from))) };
    });
    const fresh = await import("./index.js");
    vi.doUnmock("@handreichung/assets");
    await fresh.loadHyphenation();
    return { fresh, asked };
  }

  it("loads only the packed trie when it fits the patterns, else the JSON, with the same hyphens", async () => {
    const packed = await withAssets((_, load) => load());
    expect(packed.asked).toEqual([packed.fresh.GERMAN_PACKED_TRIE]);
    const plain = await withAssets((path, load) => (path.endsWith(".trie.bin") ? Promise.reject(new Error("HTTP 404")) : load()));
    expect(plain.asked).toEqual([plain.fresh.GERMAN_PACKED_TRIE, plain.fresh.GERMAN_PATTERNS]);
    // A capital İ lowers to two letters: such words take the plain path, which the packed trie serves too (unpacked).
    const text = "Querschnittscharakter İntegrationsbeauftragte İstanbuler Zuwanderungsgeschichte";
    expect(show(packed.fresh.hyphenateGerman(text))).toBe(show(plain.fresh.hyphenateGerman(text)));
    expect(show(packed.fresh.hyphenateGerman(text))).toMatch(/^Quer-schnitts-cha-rak-ter İ\S+-\S+ /);
  });
});
