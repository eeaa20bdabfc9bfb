// Batch in the browser: the same 16-row list `handreichung batch` takes, with
// logos chosen beside it and some bad rows. The .zip holds the CLI's output
// folder byte for byte (manifest.json aside from its generator line), and the
// bad rows are listed in German, each over the line the CLI prints for it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { checkDocx, checkPdf, formatFindings, seedText } from "@handreichung/checks";
import { unzipSync } from "fflate";
import type { CDPSession } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserMissing, cliPath, download, foreignRequests, holdRequests, openPage, openSession, repoRoot, screenshot, TEST_DATE, type Session } from "./support/browser.js";

const missing = browserMissing();
const work = mkdtempSync(join(tmpdir(), "handreichung-web-batch-"));

/**
 * 16 rows: logos by name (one in a folder), a repeated name, and five bad
 * rows (the last one's logo is refused only as its PDF is rendered). Row i is line i + 1 of the file. (Every row is two documents the page
 * renders: more rows would only cost time, the running state is held open.)
 */
function listCsv(): string {
  const rows = ["name,kind,department,contact.email,logo,logo.alt"];
  for (let i = 1; i <= 16; i++) {
    let name = `Gemeinde Beispiel ${i}`;
    let email = `integration${i}@beispiel.example`;
    let logo = i % 10 === 3 ? "logos/logo.png" : i % 10 === 7 ? "logo.jpg" : "";
    if (i === 6) name = "Gemeinde Beispiel 5";
    if (i === 9) name = "";
    if (i === 11) email = "kaputt";
    if (i === 12) logo = "fehlt.png";
    if (i === 14) logo = "wappen.gif";
    if (i === 16) logo = "cmyk.jpg";
    rows.push(`${name},Gemeinde,Amt für Integration,${email},${logo},${logo ? `Wappen ${i}` : ""}`);
  }
  return `${rows.join("\n")}\n`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split("\\").join("/"))
    .sort();
}

describe.skipIf(missing !== null)("a list of municipalities, in Chromium", () => {
  let s: Session;
  let cdp: CDPSession;
  let zip: Record<string, Uint8Array>;
  let shownLines: string[];
  let shownTexts: string[];
  const listFile = join(work, "kommunen.csv");
  const cliOut = join(work, "cli");
  let cliStderr: string[];

  beforeAll(async () => {
    writeFileSync(listFile, listCsv());
    mkdirSync(join(work, "logos"));
    copyFileSync(join(repoRoot, "tests/fixtures/logo.png"), join(work, "logos/logo.png"));
    copyFileSync(join(repoRoot, "tests/fixtures/logo.jpg"), join(work, "logo.jpg"));
    copyFileSync(join(repoRoot, "tests/fixtures/bad/logo-gif/wappen.gif"), join(work, "wappen.gif"));
    copyFileSync(join(repoRoot, "tests/fixtures/bad/logo-cmyk-pdfa/wappen.jpg"), join(work, "cmyk.jpg"));
    const run = spawnSync(process.execPath, [cliPath, "batch", "kommunen.csv", "-o", "cli", "--date", TEST_DATE, "--jobs", "2", "--quiet"], { cwd: work, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(1); // some rows are bad
    cliStderr = run.stderr.trimEnd().split("\n");
    s = await openSession();
    await openPage(s);
    cdp = await s.context.newCDPSession(s.page);
  }, 180_000);

  afterAll(async () => {
    await s?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("makes one .zip of the list, with a progress bar, and is accessible while it runs", async () => {
    const page = s.page;
    await page.locator("#stapel-liste").setInputFiles(listFile);
    await page.locator("#stapel-logos").setInputFiles([join(work, "logos/logo.png"), join(work, "logo.jpg"), join(work, "wappen.gif"), join(work, "cmyk.jpg")]);
    // The running state lasts as long as the test looks at it: the batch's
    // workers cannot write a Word file before they have the Word template's
    // stored parts, which are held back until then.
    const held = await holdRequests(s, "**/fixed-parts.json");
    const result = download(page, async () => {
      await page.locator("#stapel-start").press("Enter");
      await page.locator("#stapel-fortschritt").waitFor({ state: "visible" });
      expect(await page.evaluate(() => document.documentElement.dataset.stapel)).toBe("läuft");
      expect(await page.locator("#stapel-abbrechen").isVisible()).toBe(true);
      // The start button is off while it runs: the keyboard focus moves on to "Abbrechen", not to the page.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("stapel-abbrechen");
      await screenshot(page, "stapel-laeuft-1280", "#stapel");
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.getAttribute("#stapel-balken", "value")).toBe("0");
      expect(await held.release()).toBeGreaterThan(0);
    });
    const { name, bytes } = await result;
    expect(name).toBe("handreichungen-kommunen.zip");
    zip = unzipSync(bytes);
    await page.waitForFunction(() => document.documentElement.dataset.stapel === "fertig");
    expect(await page.textContent("#stapel-status")).toMatch(/^Fertig: 11 von 16 Kommunen in handreichungen-kommunen\.zip \([\d,]+ s\)\. 5 Zeilen übersprungen, siehe unten\.$/);
    // Full: the bar counts the 12 rows that passed the checks, the one the renderer refused included.
    expect(await page.getAttribute("#stapel-balken", "value")).toBe("12");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stapel-start");
    expect(await page.textContent("#stapel-fehler-titel")).toBe("Übersprungene Zeilen");
    shownLines = await page.locator("#stapel-fehler-liste li .problem-line").allTextContents();
    shownTexts = await page.locator("#stapel-fehler-liste li .problem-text").allTextContents();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "stapel-fertig-1280", "#stapel");
  });

  it("lists the bad rows in German, each over the line the CLI prints for it", () => {
    // The CLI reads a missing logo from the disk; the page from the files the clerk chose.
    const missingLogo = 'kommunen.csv: line 13: logo.path: fehlt.png: cannot read: no logo file named "fehlt.png" was chosen on the page';
    expect(shownLines).toContain(missingLogo);
    expect(cliStderr.filter((l) => !l.includes("fehlt.png") && !l.startsWith("batch:"))).toEqual(shownLines.filter((l) => l !== missingLogo));
    expect(shownLines).toEqual([
      "kommunen.csv: line 10: name: Required",
      "kommunen.csv: line 12: contact.email: must be an e-mail address",
      missingLogo,
      "kommunen.csv: line 15: logo.path: wappen.gif: not a readable PNG or JPEG image",
      "kommunen.csv: line 17: logo.path: cmyk.jpg: a CMYK JPEG cannot go into a PDF/A file (its colours would need a CMYK output intent); save the logo as RGB, or use --pdf-standard ua-1",
    ]);
    expect(shownTexts).toEqual([
      "Zeile 10, Name der Kommune: Bitte ausfüllen.",
      "Zeile 12, E-Mail-Adresse: Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.",
      "Zeile 13: „fehlt.png“ ist nicht unter den gewählten Logo-Dateien. Bitte wählen Sie die Datei bei „Logo-Dateien“ mit aus.",
      "Zeile 15: „wappen.gif“ ist kein PNG- oder JPEG-Bild. Bitte wählen Sie ein Logo im Format PNG oder JPEG.",
      "Zeile 17: „cmyk.jpg“ ist ein JPEG in CMYK-Farben, das eine archivierbare PDF-Datei (PDF/A) nicht aufnehmen kann. Bitte speichern Sie das Logo in RGB-Farben.",
    ]);
  });

  it("holds what the CLI writes into its folder, byte for byte, and a manifest of it", () => {
    const cliFiles = filesUnder(cliOut);
    expect(Object.keys(zip).sort()).toEqual(cliFiles);
    expect(cliFiles.filter((f) => f.endsWith("/handreichung.pdf"))).toHaveLength(11);
    expect(cliFiles).toContain("gemeinde-beispiel-5-2/vorlage.docx");
    for (const file of cliFiles.filter((f) => f !== "manifest.json")) {
      expect(Buffer.from(zip[file]!).equals(readFileSync(join(cliOut, file))), `${file} differs from the CLI's`).toBe(true);
    }
    const ours = JSON.parse(new TextDecoder().decode(zip["manifest.json"]!)) as { generator: string; failed: { source: string; errors: string[] }[] };
    const theirs = JSON.parse(readFileSync(join(cliOut, "manifest.json"), "utf8")) as typeof ours;
    expect(ours.generator).toBe("handreichung 0.1.0 (web)");
    const comparable = (m: typeof ours) => ({ ...m, generator: undefined, failed: m.failed.map((f) => ({ ...f, errors: f.errors.map((e) => (e.includes("fehlt.png") ? "missing logo" : e)) })) });
    expect(comparable(ours)).toEqual(comparable(theirs));
  });

  it("writes documents that pass the project's checks, logos included", async () => {
    const pdf = await checkPdf(zip["gemeinde-beispiel-3/handreichung.pdf"]!, { source: seedText(), pages: { min: 2, max: 4 } });
    expect(formatFindings(pdf.findings)).toBe("");
    const docx = checkDocx(zip["gemeinde-beispiel-7/vorlage.docx"]!, { source: seedText() });
    expect(formatFindings(docx.findings)).toBe("");
  });

  it("stops when asked, and offers no .zip then", async () => {
    const page = s.page;
    await page.locator("#stapel-liste").setInputFiles(listFile);
    let downloads = 0;
    const count = () => downloads++;
    page.on("download", count);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
    await page.locator("#stapel-start").press("Enter");
    await page.locator("#stapel-abbrechen").waitFor({ state: "visible" });
    await page.locator("#stapel-abbrechen").press("Enter");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await page.waitForFunction(() => document.documentElement.dataset.stapel === "abgebrochen");
    expect(await page.textContent("#stapel-status")).toBe("Abgebrochen: Es wurde keine ZIP-Datei erstellt.");
    expect(await page.locator("#stapel-abbrechen").isHidden()).toBe(true);
    expect(await page.locator("#stapel-start").isDisabled()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stapel-start");
    await page.waitForTimeout(500);
    page.off("download", count);
    expect(downloads).toBe(0);
  });

  it("says what is wrong with a list that cannot be read, as the CLI does", async () => {
    const page = s.page;
    const broken = join(work, "kaputt.csv");
    writeFileSync(broken, "name,name\nA,B\n");
    await page.locator("#stapel-liste").setInputFiles(broken);
    await page.locator("#stapel-start").press("Enter");
    await page.locator("#stapel-status", { hasText: "Die Liste „kaputt.csv“ kann nicht gelesen werden:" }).waitFor();
    // No bar left over from the run before.
    expect(await page.locator("#stapel-fortschritt").isHidden()).toBe(true);
    const cli = spawnSync(process.execPath, [cliPath, "batch", "kaputt.csv", "-o", "x", "--date", TEST_DATE], { cwd: work, encoding: "utf8" });
    expect(await page.locator("#stapel-fehler-liste li .problem-line").allTextContents()).toEqual(cli.stderr.trimEnd().split("\n"));
    expect(await page.locator("#stapel-fehler-liste li .problem-text").allTextContents()).toEqual(["Die Spalte „name“ steht zweimal in der Kopfzeile."]);
    expect(await page.textContent("#stapel-fehler-titel")).toBe("Was an der Liste nicht stimmt");
    expect(await page.locator("#stapel-fehler-hinweis").isHidden()).toBe(true);
    // Choosing another list clears what was said about this one.
    await page.locator("#stapel-liste").setInputFiles(listFile);
    await page.locator("#stapel-fehler").waitFor({ state: "hidden" });
    expect(await page.textContent("#stapel-status")).toBe("");
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
