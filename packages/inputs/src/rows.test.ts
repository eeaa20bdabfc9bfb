import { describe, expect, it } from "vitest";
import { checkEntries, decodeText, InputProblem, readProfileList } from "./index.js";

const csv = "name,kind,contact.email,logo\nMusterstadt,Stadt,info@musterstadt.example,wappen.png\n,Stadt,,\nKöln,Stadt,kein-mail,\n...,Gemeinde,,\nMusterstadt,Stadt,,fehlt.png\n";

describe("a list of profiles, as the CLI and the web page read it", () => {
  it("reads CSV rows with dotted columns, a bare logo column and a default alt text", async () => {
    const rows = await readProfileList("kommunen.csv", csv);
    expect(rows.map((r) => r.where)).toEqual(["line 2", "line 3", "line 4", "line 5", "line 6"]);
    expect(JSON.parse(JSON.stringify(rows[0]!.data))).toEqual({ name: "Musterstadt", kind: "Stadt", contact: { email: "info@musterstadt.example" }, logo: { path: "wappen.png", alt: "Logo: Musterstadt" } });
  });

  it("checks every row, names the bad ones as the CLI does and numbers repeated slugs", async () => {
    const asked: string[] = [];
    const checked = await checkEntries("kommunen.csv", await readProfileList("kommunen.csv", csv), async (given) => {
      asked.push(given);
      return given === "fehlt.png" ? { code: "E_LOGO_MISSING", reason: "not among the logo files" } : null;
    });
    expect(checked.valid.map((v) => [v.source, v.slug])).toEqual([["line 2", "musterstadt"]]);
    expect(checked.failed).toEqual([
      { source: "line 3", errors: ["kommunen.csv: line 3: name: Required"] },
      { source: "line 4", errors: ["kommunen.csv: line 4: contact.email: must be an e-mail address"] },
      { source: "line 5", errors: ['kommunen.csv: line 5: name: "..." leaves no letters or digits for a folder name'] },
      { source: "line 6", errors: ["kommunen.csv: line 6: logo.path: fehlt.png: not among the logo files"] },
    ]);
    expect(asked).toEqual(["wappen.png", "fehlt.png"]);
  });

  it("reads a JSON array and names rows by index", async () => {
    const rows = await readProfileList("liste.json", JSON.stringify([{ name: "Essen" }, { name: "Essen", contact: { email: "x" } }, { name: "Essen" }]));
    const checked = await checkEntries("liste.json", rows, async () => null);
    expect(checked.valid.map((v) => v.slug)).toEqual(["essen", "essen-2"]);
    expect(checked.failed).toEqual([{ source: "[1]", errors: ["liste.json: [1].contact.email: must be an e-mail address"] }]);
  });

  it("refuses what is no list, with one line naming the file", async () => {
    await expect(readProfileList("liste.yaml", "name: Essen\n")).rejects.toThrow(InputProblem);
    await expect(readProfileList("liste.yaml", "name: Essen\n")).rejects.toThrow("liste.yaml: expected a list of profiles (a JSON or YAML array), or a .csv file");
    await expect(readProfileList("liste.yaml", "- name: [\n")).rejects.toThrow(/^liste\.yaml:\d+:\d+: invalid YAML: /);
  });
});

describe("decodeText", () => {
  it("drops a BOM, turns CRLF into LF and refuses UTF-16, binary and empty files", () => {
    expect(decodeText("a.yaml", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]))).toBe("a\nb");
    expect(() => decodeText("a.yaml", new Uint8Array([0xff, 0xfe, 0x61, 0]))).toThrow("a.yaml: encoded as UTF-16, not UTF-8; save it as UTF-8");
    expect(() => decodeText("a.yaml", new Uint8Array([0x61, 0, 0x62]))).toThrow("a.yaml: not a text file (it contains NUL bytes)");
    expect(() => decodeText("a.yaml", new Uint8Array([0x61, 0xe4, 0x62]))).toThrow("a.yaml: not valid UTF-8 (byte 1); save it as UTF-8");
    expect(() => decodeText("a.yaml", new Uint8Array([0x20, 0x0a]))).toThrow("a.yaml: the file is empty");
  });
});
