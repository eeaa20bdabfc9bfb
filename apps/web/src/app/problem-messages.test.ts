import { checkEntries, readProfileList } from "@handreichung/inputs";
import { describe, expect, it } from "vitest";
import { fieldProblem, fileProblem, germanRenderFailure, germanRowProblem, germanSource } from "./problem-messages.js";

const LABELS: Record<string, string> = { name: "Name der Kommune", "contact.email": "E-Mail-Adresse", languages: "Beratungssprachen" };
const labelOf = (path: string) => LABELS[path];

/** The German sentences for every problem of a list's bad rows, as the page shows them. */
async function sentences(file: string, text: string, logoReason: { code: string; reason: string } | null = null): Promise<string[]> {
  const checked = await checkEntries(file, await readProfileList(file, text), async () => logoReason);
  return checked.failed.flatMap((row) => row.problems.map((p) => germanRowProblem(row.source, p, labelOf)));
}

describe("the batch's problems in German", () => {
  it("names a row by its CSV line or its place in a JSON or YAML list, counted from 1", () => {
    expect(germanSource("line 10")).toBe("Zeile 10");
    expect(germanSource("[0]")).toBe("Eintrag 1");
    expect(germanSource("[12]")).toBe("Eintrag 13");
  });

  it("says what is wrong with each field by its label on the page, in German", async () => {
    const csv = "name,kind,contact.email,fax\n,Gemeinde,kaputt,1\nEssen,Dorf,,\n";
    expect(await sentences("kommunen.csv", csv)).toEqual([
      "Zeile 2, Name der Kommune: Bitte ausfüllen.",
      "Zeile 2, E-Mail-Adresse: Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.",
      "Zeile 2, Spalte „fax“: Diese Spalte kennt ein Profil nicht. Die Spalten heißen wie die Felder eines Profils, etwa name, kind, department, contact.email.",
      "Zeile 3, Feld „kind“: Erlaubt sind: Stadt, Gemeinde, Kreis.",
    ]);
  });

  it("names a CSV column no profile has, and the field a capitalised one likely means", async () => {
    expect(await sentences("kommunen.csv", "Name,kind\nEssen,Stadt\n")).toEqual(["Zeile 2, Name der Kommune: Bitte ausfüllen.", "Zeile 2, Spalte „Name“: Diese Spalte kennt ein Profil nicht. Meinten Sie „name“?"]);
    // In a JSON or YAML list it is a field, as in a profile file.
    expect(await sentences("liste.json", JSON.stringify([{ name: "Essen", fax: "1" }]))).toEqual(["Eintrag 1, Feld „fax“: Dieses Feld kennt ein Profil nicht."]);
  });

  it("names a counselling language by its place in the field, and a row that is no profile at all", async () => {
    const list = JSON.stringify([{ name: "Essen", languages: [{ tag: "tr" }, { tag: "" }] }, 7]);
    const said = await sentences("liste.json", list);
    expect(said.some((s) => s.startsWith("Eintrag 1, Beratungssprachen, Sprache 2: "))).toBe(true);
    expect(said).toContain("Eintrag 2: Hier gehört Gruppe von Feldern hin, nicht Zahl.");
  });

  it("says why a name gives no folder name, and why a logo cannot be used", async () => {
    expect(await sentences("kommunen.csv", "name\nМосква\n")).toEqual(["Zeile 2: Aus dem Namen „Москва“ lässt sich kein Ordnername bilden; er braucht mindestens einen lateinischen Buchstaben (a–z) oder eine Ziffer."]);
    expect(await sentences("kommunen.csv", "name,logo\nEssen,logos/wappen.gif\n", { code: "E_LOGO_FORMAT", reason: "not a readable PNG or JPEG image" })).toEqual(["Zeile 2: „wappen.gif“ ist kein PNG- oder JPEG-Bild. Bitte wählen Sie ein Logo im Format PNG oder JPEG."]);
  });

  it("leaves no English word of the CLI's lines in a sentence the page knows", async () => {
    const csv = "name,contact.email,date\n,x,gestern\nМосква,,\n";
    for (const sentence of await sentences("kommunen.csv", csv)) expect(sentence).not.toMatch(/\b(must|Required|line|field|expected|received)\b/i);
  });

  it("says why a file cannot be read, by the problem's code and, for a CSV header, by the column it names", () => {
    expect(fileProblem("E_INPUT_ENCODING", "a.csv: not valid UTF-8 (byte 3); save it as UTF-8", 50)).toMatch(/^Die Datei ist nicht als UTF-8 gespeichert\./);
    expect(fileProblem("E_INPUT_TOO_LARGE", "a.csv: too large (51.0 MB; the limit is 50.0 MB)", 50)).toBe("Die Datei ist zu groß; sie darf höchstens 50 MB haben.");
    expect(fileProblem("E_INPUT_SYNTAX", 'kommunen.csv:1: invalid CSV: column "name" appears twice', 50)).toBe("Die Spalte „name“ steht zweimal in der Kopfzeile.");
    expect(fileProblem("E_INPUT_SYNTAX", 'k.csv:1: invalid CSV: column "contact" clashes with "contact.email"; give the fields of contact as dotted columns only', 50)).toBe(
      "Die Spalten „contact“ und „contact.email“ beschreiben dasselbe Feld; geben Sie es nur in Spalten mit Punkt an (wie „contact.email“).",
    );
    expect(fileProblem("E_INPUT_SYNTAX", "p.yaml:3:1: invalid YAML: bad indentation", 1)).toBe("Der Aufbau der Datei ist fehlerhaft; die Meldung darunter nennt die Stelle.");
    for (const code of ["E_INPUT_EMPTY", "E_INPUT_BINARY", "E_INPUT_SHAPE"]) expect(fileProblem(code, "", 50)).not.toBe(fileProblem("E_SOMETHING_ELSE", "", 50));
    expect(germanRenderFailure("line 4", "out of memory")).toBe("Zeile 4: Die Dokumente konnten nicht erstellt werden (out of memory).");
  });

  it("says a profile file's field problem by the field's label, or its path where the page has no field", () => {
    expect(fieldProblem("contact.email", "must be an e-mail address", labelOf)).toBe("E-Mail-Adresse: Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.");
    expect(fieldProblem("contact.telefon", "Unknown field", labelOf)).toBe("Feld „contact.telefon“: Dieses Feld kennt ein Profil nicht.");
  });
});
