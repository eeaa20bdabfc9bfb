import { readFileSync } from "node:fs";
import { circular441 } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { importCircular } from "./import.js";
import { SEED } from "./testing/fixtures.js";

describe("the real 441/2004 page", () => {
  const { circular, warnings, layout } = importCircular(readFileSync(SEED, "utf8"), { strict: true });

  it("reads the classic header exactly", () => {
    expect(layout).toBe("classic");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^dropped page furniture: "ICON\/icon_verband ICON\/icon_staedtebau .*…"$/);
    expect(circular).toMatchObject({
      id: "stgb-nrw-441-2004",
      category: "Recht, Personal, Organisation",
      number: 441,
      year: 2004,
      date: "2004-05-26",
      title: "Handbuch Integrationsarbeit",
      fileReference: "I/1 800",
      source: { citation: "StGB NRW-Mitteilung 441/2004 vom 26.05.2004", url: null },
      models: [],
      publication: null,
    });
  });

  it("agrees with the built-in circular on every shared field", () => {
    for (const key of ["id", "issuer", "series", "category", "number", "year", "date", "title", "fileReference"] as const) {
      expect(circular[key], key).toEqual(circular441[key]);
    }
  });

  it("makes the four models a list whose first item lost its dash, all text kept", () => {
    expect(circular.body.map((b) => b.type)).toEqual(["paragraph", "paragraph", "list", "paragraph", "list", "paragraph"]);
    const models = circular.body[4];
    expect(models?.type === "list" && models.items.map((item) => item.split(" ").slice(0, 4).join(" "))).toEqual([
      "Die Stadt Arnsberg hat",
      "Das Modell der Stadt",
      "Der Kreis Paderborn setzt",
      "Auch in Wuppertal wird",
    ]);
    expect(circular.body[3]).toEqual({ type: "paragraph", text: "Beispielhaft werden vier Lösungen „vor Ort“ dargestellt:" });
  });
});
