import { describe, expect, it } from "vitest";
import { findLinks } from "./links.js";

const shown = (text: string) => findLinks(text).map((l) => text.slice(l.start, l.end));

describe("findLinks", () => {
  it("finds web and e-mail addresses without the punctuation around them", () => {
    const text = "im Internet (www.mgsff.nrw.de) und per E-Mail an „integration@musterstadt.de“. Siehe https://example.org/a?b=1#c, dann http://x.example.";
    expect(shown(text)).toEqual(["www.mgsff.nrw.de", "integration@musterstadt.de", "https://example.org/a?b=1#c", "http://x.example"]);
    expect(findLinks(text).map((l) => l.uri)).toEqual(["https://www.mgsff.nrw.de/", "mailto:integration@musterstadt.de", "https://example.org/a?b=1#c", "http://x.example/"]);
  });

  it("says where a link leads, in German, for the annotation's /Contents", () => {
    expect(findLinks("www.stadt.de info@stadt.de").map((l) => l.description)).toEqual(["Internetseite www.stadt.de öffnen", "E-Mail an info@stadt.de schreiben"]);
  });

  it("keeps a closing parenthesis that the address opened", () => {
    expect(shown("(siehe https://de.wikipedia.org/wiki/Kreis_(Deutschland))")).toEqual(["https://de.wikipedia.org/wiki/Kreis_(Deutschland)"]);
  });

  it("leaves alone what only looks like an address", () => {
    expect(findLinks("z.B. Az.: I/1 800, StGB NRW-Mitteilung 441/2004, 1.2.3, a@b, www.x, @stadt.de, info@, a@@b.de, www.-x.de")).toEqual([]);
  });

  it("gives the target in ASCII: punycode hosts, percent-encoded paths", () => {
    expect(findLinks("www.münster.de/bürger").map((l) => l.uri)).toEqual(["https://www.xn--mnster-3ya.de/b%C3%BCrger"]);
    expect(findLinks("müller@köln.de").map((l) => l.uri)).toEqual(["mailto:m%C3%BCller@k%C3%B6ln.de"]);
  });

  it("reads a long hostile text in one pass", () => {
    const hostile = "a@".repeat(200_000) + " " + "www.".repeat(100_000) + " " + "(".repeat(100_000);
    expect(findLinks(hostile)).toEqual([]);
  });
});
