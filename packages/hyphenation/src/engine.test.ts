import { seededRandom, unseenProfile, unseenPublishedText, wordMaker } from "@handreichung/checks/unseen-text";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packedHyphenator, plainHyphenator } from "./engine.js";
import { packedTrieFor, SOFT_HYPHEN } from "./index.js";
import { packTrie, readPackedTrie, unpackTrie } from "./packed-trie.js";

const jsonBytes = readFileSync(new URL("../patterns/de-1996.json", import.meta.url));
const json = jsonBytes.toString("utf8");
const hyphenVersion: string = createRequire(import.meta.url)("hyphen/package.json").version;
const packed = packTrie(json, hyphenVersion);
const trie = readPackedTrie(packed)!;
const fixture = readFileSync(new URL("../../../fixtures/stgb-nrw-441-2004.txt", import.meta.url), "utf8");

/** Text no pattern author saw: random German-like words, a profile, a published circular. */
function randomText(seed: number): string {
  const m = wordMaker(seededRandom(seed));
  const words = Array.from({ length: 400 }, () => (m.random() < 0.5 ? m.noun() : m.word()));
  return [words.join(" "), JSON.stringify(unseenProfile(seed)), unseenPublishedText(seed + 1)].join("\n");
}

describe("the packed trie", () => {
  it("hyphenates exactly as hyphen's own engine on the patterns JSON, for the circular and for random text", () => {
    for (const minWordLength of [5, 12]) {
      const options = { hyphenChar: SOFT_HYPHEN, minWordLength };
      const plain = plainHyphenator(JSON.parse(json), options);
      const fast = packedHyphenator(trie, options);
      const texts = [fixture, ...Array.from({ length: 20 }, (_, i) => randomText(1000 + i))];
      // Edge cases of hyphen's text reader: HTML-like text, words already hyphenated, capitals, letters beyond German.
      texts.push("<b>Integrationsbeauftragte</b> Zuwanderungs\u00adsteuerung STRASSENVERKEHRSORDNUNG Ärztekammer Übergangswohnheim Çağdaş Ñandúñandú 1234567890123 Straßenbahnhaltestelle");
      let hyphens = 0;
      for (const text of texts) {
        const expected = plain(text);
        expect(fast(text)).toBe(expected);
        hyphens += expected.split(SOFT_HYPHEN).length - 1;
      }
      // The comparison means something only if the patterns broke words.
      expect(hyphens).toBeGreaterThan(500);
    }
  });

  it("is used only when made from these patterns for this hyphen version; else the JSON is parsed", () => {
    expect(packedTrieFor(packed, hyphenVersion, jsonBytes.byteLength)).not.toBeNull();
    expect(packedTrieFor(packTrie(json, "0.0.1"), hyphenVersion, jsonBytes.byteLength)).toBeNull();
    expect(packedTrieFor(packed, hyphenVersion, jsonBytes.byteLength - 1)).toBeNull();
    expect(packedTrieFor(null, hyphenVersion, jsonBytes.byteLength)).toBeNull();
    expect(packedTrieFor(new Uint8Array(64), hyphenVersion, jsonBytes.byteLength)).toBeNull();
  });

  it("gives hyphen's engine the patterns back exactly, for words the packed path cannot take", () => {
    expect(unpackTrie(trie)).toEqual(JSON.parse(json));
    // A capital İ lowers to two letters: such words take the plain path, on the unpacked patterns.
    const options = { hyphenChar: SOFT_HYPHEN, minWordLength: 5 };
    const text = "İntegrationsbeauftragte İstanbuler Zuwanderungsgeschichte";
    expect(plainHyphenator(unpackTrie(trie), options)(text)).toBe(plainHyphenator(JSON.parse(json), options)(text));
  });

  it("refuses patterns it cannot hold exactly, so the build fails instead", () => {
    const [levels, patterns] = JSON.parse(json) as unknown[];
    expect(() => packTrie(JSON.stringify([levels, patterns, { ausnahme: [3] }]), hyphenVersion)).toThrow(/exceptions/);
  });
});
