import { describe, expect, it } from "vitest";
import { checkEntries, decodeText, InputProblem, manifestText, readProfileList } from "./index.js";

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
      { source: "line 3", errors: ["kommunen.csv: line 3: name: Required"], problems: [{ kind: "field", path: "name", message: "Required" }] },
      { source: "line 4", errors: ["kommunen.csv: line 4: contact.email: must be an e-mail address"], problems: [{ kind: "field", path: "contact.email", message: "must be an e-mail address" }] },
      { source: "line 5", errors: ['kommunen.csv: line 5: name: "..." leaves no letters or digits for a folder name'], problems: [{ kind: "no-slug", name: "..." }] },
      { source: "line 6", errors: ["kommunen.csv: line 6: logo.path: fehlt.png: not among the logo files"], problems: [{ kind: "logo", given: "fehlt.png", code: "E_LOGO_MISSING", reason: "not among the logo files" }] },
    ]);
    expect(asked).toEqual(["wappen.png", "fehlt.png"]);
  });

  it("reads a JSON array and names rows by index", async () => {
    const rows = await readProfileList("liste.json", JSON.stringify([{ name: "Essen" }, { name: "Essen", contact: { email: "x" } }, { name: "Essen" }]));
    const checked = await checkEntries("liste.json", rows, async () => null);
    expect(checked.valid.map((v) => v.slug)).toEqual(["essen", "essen-2"]);
    expect(checked.failed).toEqual([{ source: "[1]", errors: ["liste.json: [1].contact.email: must be an e-mail address"], problems: [{ kind: "field", path: "contact.email", message: "must be an e-mail address" }] }]);
  });

  it("gives one problem as data for each line of a row with several", async () => {
    const checked = await checkEntries("liste.json", await readProfileList("liste.json", JSON.stringify([{ name: "", fax: "1" }])), async () => null);
    const [row] = checked.failed;
    expect(row!.problems).toHaveLength(row!.errors.length);
    expect(row!.problems.map((p) => (p.kind === "field" ? p.path : p.kind))).toEqual(row!.errors.map((e) => /^liste\.json: \[0\]\.?([^:]*): /.exec(e)![1]));
  });
});

describe("manifestText", () => {
  it("lists a failed row by its source and lines only, not its problems as data", async () => {
    const checked = await checkEntries("liste.json", await readProfileList("liste.json", '[{"name": ""}]'), async () => null);
    const text = manifestText({ generator: "handreichung test", circular: "c", date: "2026-03-01", formats: ["pdf"], municipalities: [], failed: checked.failed });
    expect(JSON.parse(text).failed).toEqual([{ source: "[0]", errors: ["liste.json: [0].name: must not be empty"] }]);
    expect(text.endsWith("}\n")).toBe(true);
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
