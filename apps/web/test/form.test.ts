// A clerk's whole flow in real Chromium, by keyboard alone: fill in the
// profile, choose a logo, reorder and deselect models, download both
// documents and the profile file. The documents pass the project's checks and
// are byte for byte what the CLI writes from the saved profile and the same date.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { checkDocx, checkPdf, formatFindings, readPdf, seedText } from "@handreichung/checks";
import { describe, expect, it } from "vitest";
import {
  axeViolations,
  browserMissing,
  chooseFiles,
  cliPath,
  distDir,
  download,
  foreignRequests,
  pageForFile,
  previewCount,
  repoRoot,
  screenshot,
  tabTo,
  tabToSelector,
  TEST_DATE,
  typeDate,
  waitForPreview,
} from "./support/browser.js";

const missing = browserMissing();
const LOGO = join(repoRoot, "tests/fixtures/logo.png");

describe.skipIf(missing !== null)("the page for one municipality, in Chromium", () => {
  const work = mkdtempSync(join(tmpdir(), "handreichung-web-form-"));
  const documents: Record<string, Uint8Array> = {};
  const s = pageForFile([work]);

  it("is German, titled, ready to type, and has no accessibility violations when empty", async () => {
    const page = s.page;
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.title()).toBe("Handreichung Integrationsarbeit für Ihre Kommune");
    expect(await page.locator("#seite-laedt").isHidden()).toBe(true);
    expect(await page.locator("#browser-hinweis").isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "leer-1280");
  });

  it("audits the page's own markup: a field without a label in the form is a violation", async () => {
    const page = s.page;
    await page.evaluate(() => document.querySelector("form")!.append(Object.assign(document.createElement("input"), { id: "ohne-beschriftung" })));
    try {
      expect((await axeViolations(page)).filter((line) => line.includes("#ohne-beschriftung"))).not.toEqual([]);
    } finally {
      await page.evaluate(() => document.getElementById("ohne-beschriftung")?.remove());
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it("loads at most 700 KB of JavaScript (gzip) before the first preview, fonts only in the render worker, and the Word renderer, batch and import code not at all", () => {
    const scripts = [...new Set(s.beforeFirstPreview.filter((url) => url.startsWith(s.origin) && url.endsWith(".js")))];
    const files = scripts.map((url) => readFileSync(join(distDir, new URL(url).pathname)));
    const gzip = files.reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
    expect(gzip / 1024).toBeLessThanOrEqual(700);
    // Markers of the code that must load only when used: the Word renderer, the importer, batch (and its CSV parser).
    const lazy = { docx: "wordprocessingml.document.main+xml", import: "E_IMPORT_NOT_A_CIRCULAR", batch: "stapel-balken", csv: "CSV_QUOTE_NOT_CLOSED" };
    for (const [what, marker] of Object.entries(lazy)) {
      expect(files.filter((text) => text.includes(marker)).length, `${what} code was loaded before the first preview`).toBe(0);
      expect(readdirSync(join(distDir, "assets")).some((f) => readFileSync(join(distDir, "assets", f), "utf8").includes(marker)), `no built file holds the ${what} marker`).toBe(true);
    }
    expect(s.beforeFirstPreview.filter((url) => url.endsWith(".ttf")).length).toBe(4);
    // Hyphenation from the packed trie alone: the patterns' JSON (400 KB) is only for a page without the trie.
    expect(s.beforeFirstPreview.filter((url) => url.includes("/hyphenation/")).map((url) => url.slice(url.lastIndexOf("/") + 1))).toEqual(["de-1996.trie.bin"]);
  });

  it("fills in the profile by keyboard alone, with a logo, and shows how the documents name the municipality", async () => {
    const page = s.page;
    const before = await previewCount(page);
    await tabTo(page, "f-name");
    await page.keyboard.type("Musterstadt");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Stadt"); // the select takes the option by its first letters
    await tabTo(page, "f-department");
    await page.keyboard.type("Amt für Integration und Vielfalt");
    await page.keyboard.press("Tab");
    // The file field opens the file chooser with the space bar.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-logo");
    await chooseFiles(page, LOGO);
    await page.locator("#logo-bild").waitFor({ state: "visible" });
    await tabTo(page, "f-logo-alt");
    await page.keyboard.type("Wappen der Stadt Musterstadt");
    await tabTo(page, "f-contact-person");
    await page.keyboard.type("Erika Mustermann");
    await page.keyboard.press("Tab");
    await page.keyboard.type("02345 678-90");
    await page.keyboard.press("Tab");
    await page.keyboard.type("integration@musterstadt.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Rathausplatz 1, 12345 Musterstadt");
    await page.keyboard.press("Tab");
    await page.keyboard.type("www.musterstadt.example");
    await page.keyboard.press("Tab");
    await typeDate(page, "2026-01-10");
    expect(await page.inputValue("#f-date")).toBe("2026-01-10");
    expect(await page.inputValue("#f-kind")).toBe("Stadt");
    expect(await page.locator("#namensformen li").allTextContents()).toEqual(["Stadt Musterstadt (in Kopfzeilen)", "in der Stadt Musterstadt", "Angebote der Stadt Musterstadt", "So erreichen Sie die Stadt Musterstadt"]);
    await waitForPreview(page, before + 1);
    expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
  });

  it("reorders and deselects models with the keyboard, and says where a model went", async () => {
    const page = s.page;
    await tabToSelector(page, 'button[aria-label="Nach unten: Stadt Arnsberg"]');
    await page.keyboard.press("Enter");
    expect(await page.textContent("#modell-meldung")).toBe("Stadt Arnsberg steht jetzt an Stelle 2 von 4.");
    // The focus stays on the button that moved, so the clerk can go on moving it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Nach unten: Stadt Arnsberg");
    await tabTo(page, "modell-wuppertal");
    // Counted before the change: the preview it brings may be shown before the next line runs.
    const shown = await previewCount(page);
    await page.keyboard.press("Space");
    const order = await page.locator("#modell-liste li").evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.id}${(li.querySelector("input") as HTMLInputElement).checked ? "" : " (aus)"}`));
    expect(order).toEqual(["essen", "arnsberg", "paderborn", "wuppertal (aus)"]);
    await waitForPreview(page, shown + 1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "ausgefuellt-1280");
    await screenshot(page, "ausgefuellt-modelle-1280", "#modelle");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "ausgefuellt-390");
    await screenshot(page, "ausgefuellt-modelle-390", "#modelle");
    await screenshot(page, "ausgefuellt-vorschau-390", ".preview");
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("downloads the PDF and the Word template, named after the municipality, and both pass the project's checks", async () => {
    const page = s.page;
    await tabToSelector(page, 'button[value="pdf"]');
    const pdf = await download(page, () => page.keyboard.press("Enter"));
    expect(pdf.name).toBe("handreichung-musterstadt.pdf");
    await tabToSelector(page, 'button[value="docx"]');
    const docx = await download(page, () => page.keyboard.press("Enter"));
    expect(docx.name).toBe("vorlage-musterstadt.docx");
    await tabToSelector(page, 'button[value="dotx"]');
    const dotx = await download(page, () => page.keyboard.press("Enter"));
    expect(dotx.name).toBe("vorlage-musterstadt.dotx");
    documents.pdf = pdf.bytes;
    documents.docx = docx.bytes;
    documents.dotx = dotx.bytes;
    // The source without Wuppertal's model: the handout shows what the clerk chose.
    const checked = await checkPdf(pdf.bytes, { pages: { min: 2, max: 4 } });
    expect(formatFindings(checked.findings)).toBe("");
    const read = await readPdf(pdf.bytes);
    const text = read.taggedText;
    expect(text).toContain("Stadt Musterstadt");
    expect(text).toContain("Erika Mustermann");
    // Wuppertal, deselected, is named nowhere (its section's heading would name it); Essen's and Arnsberg's
    // models are there, in the order chosen.
    expect(text).not.toContain("Wuppertal");
    const essen = text.indexOf("Das Modell der Stadt Essen");
    expect(essen).toBeGreaterThanOrEqual(0);
    expect(essen).toBeLessThan(text.indexOf("Die Stadt Arnsberg hat das Ausländeramt"));
    expect(JSON.stringify(read.pages.map((p) => p.tree))).toContain("Wappen der Stadt Musterstadt");
    const word = checkDocx(docx.bytes, { source: seedText(), filled: true });
    expect(formatFindings(word.findings)).toBe("");
    await page.locator("#download-meldung").filter({ hasText: "Heruntergeladen: vorlage-musterstadt.dotx" }).waitFor();
  });

  it("saves the profile as the CLI's file, and the CLI writes the same bytes from it", async () => {
    const page = s.page;
    await tabTo(page, "profil-yaml");
    const saved = await download(page, () => page.keyboard.press("Enter"));
    expect(saved.name).toBe("musterstadt.yaml");
    const yaml = new TextDecoder().decode(saved.bytes);
    expect(yaml).toContain("name: Musterstadt\nkind: Stadt\n");
    expect(yaml).toContain("logo:\n  path: logo.png\n  alt: Wappen der Stadt Musterstadt\n");
    writeFileSync(join(work, saved.name), saved.bytes);
    copyFileSync(LOGO, join(work, "logo.png"));
    const cli = (format: string) => {
      const out = join(work, `cli.${format}`);
      const command = format === "pdf" ? "pdf" : "docx";
      const run = spawnSync(process.execPath, [cliPath, command, "--profile", join(work, saved.name), "--models", "essen,arnsberg,paderborn", "--date", TEST_DATE, "-o", out], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      return new Uint8Array(readFileSync(out));
    };
    expect(Buffer.from(documents.pdf!).equals(Buffer.from(cli("pdf"))), "the page's PDF differs from the CLI's").toBe(true);
    expect(Buffer.from(documents.docx!).equals(Buffer.from(cli("docx"))), "the page's .docx differs from the CLI's").toBe(true);
    expect(Buffer.from(documents.dotx!).equals(Buffer.from(cli("dotx"))), "the page's .dotx differs from the CLI's").toBe(true);
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(s.requests.some((url) => url.includes("/vendor/@expo-google-fonts/"))).toBe(true);
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
