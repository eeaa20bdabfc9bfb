// Import in the browser: a circular's published text, pasted, read by the
// same importer as `handreichung import`; what was recognised is shown, the
// page renders it like 441/2004, and the bytes are the CLI's. A text that is
// no circular gets one clear sentence.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPdf, formatFindings } from "@handreichung/checks";
import { importCircular, warningText } from "@handreichung/import";
import { describe, expect, it } from "vitest";
import { axeViolations, browserMissing, cliPath, download, foreignRequests, pageForFile, previewCount, repoRoot, screenshot, tabTo, TEST_DATE, waitForPreview } from "./support/browser.js";

const missing = browserMissing();
const CIRCULAR = join(repoRoot, "packages/import/fixtures/classic.txt");

describe.skipIf(missing !== null)("importing another circular, in Chromium", () => {
  const work = mkdtempSync(join(tmpdir(), "handreichung-web-import-"));
  const text = readFileSync(CIRCULAR, "utf8");
  const s = pageForFile([work]);

  it("says in one sentence when the pasted text is no circular", async () => {
    const page = s.page;
    await tabTo(page, "import-text");
    await page.keyboard.insertText("Hallo Welt, das ist kein Rundschreiben.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const problem = page.locator("#import-fehler");
    await problem.waitFor({ state: "visible" });
    // The importer's own words, as `handreichung import` prints them for the same text.
    writeFileSync(join(work, "hallo.txt"), "Hallo Welt, das ist kein Rundschreiben.");
    const cli = spawnSync(process.execPath, [cliPath, "import", "hallo.txt"], { cwd: work, encoding: "utf8" });
    expect(cli.status).toBe(1);
    const reason = cli.stderr.trim().replace(/^hallo\.txt: /, "");
    expect(await problem.textContent()).toBe(
      `Der eingefügte Text ist keine erkennbare Mitteilung. Bitte fügen Sie den ganzen Text ein, mit Kopf („StGB NRW-Mitteilung N/JJJJ vom …“) und Aktenzeichen („Az.: …“). (Meldung wie bei handreichung import: ${reason})`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator("#import-ergebnis").isHidden()).toBe(true);
  });

  it("shows what it recognised in a pasted circular, as the CLI imports it", async () => {
    const page = s.page;
    await page.locator("#import-text").fill("");
    await tabTo(page, "import-text");
    await page.keyboard.insertText(text);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("#import-ergebnis").waitFor({ state: "visible" });
    expect(await page.locator("#import-fehler").isHidden()).toBe(true);
    const facts = await page.locator("#import-felder").evaluate((dl) => {
      const out: Record<string, string> = {};
      for (const dt of dl.querySelectorAll("dt")) out[dt.textContent!] = dt.nextElementSibling!.textContent!;
      return out;
    });
    expect(facts).toMatchObject({
      Herausgeber: "Städte- und Gemeindebund Nordrhein-Westfalen",
      Kategorie: "Finanzen und Kommunalwirtschaft",
      Nummer: "212/2011",
      Datum: "14.04.2011",
      Titel: "Leitfaden zur Gebührenkalkulation in kleinen Gemeinden",
      Aktenzeichen: "G/3-1 800-09",
      Modelle: "keine",
    });
    // The importer's warnings, in German: the same ones the CLI writes in English, in the same order.
    const hints = await page.locator("#import-hinweis-liste li").allTextContents();
    const { warningDetails } = importCircular(text, { fileName: "mitteilung.txt" });
    expect(hints).toEqual(warningDetails.map((w) => warningText(w, "de")));
    expect(hints[0]).toMatch(/^Als Seitenelement weggelassen \(kein Text der Mitteilung\): „ICON/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "import-erkannt-1280", "#import");
    // The content saved from the page is the file `handreichung import` writes.
    const saved = await download(page, () => page.locator("#import-json").press("Enter"));
    writeFileSync(join(work, "mitteilung.txt"), text);
    const cli = spawnSync(process.execPath, [cliPath, "import", "mitteilung.txt", "-o", "cli.json"], { cwd: work, encoding: "utf8" });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr.split("\n").filter((line) => line.startsWith("warning: "))).toHaveLength(hints.length);
    expect(new TextDecoder().decode(saved.bytes)).toBe(readFileSync(join(work, "cli.json"), "utf8"));
    writeFileSync(join(work, saved.name), saved.bytes);
  });

  it("renders the imported circular like 441/2004: preview, and the same PDF as the CLI", async () => {
    const page = s.page;
    const before = await previewCount(page);
    await page.locator("#import-verwenden").press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("profil-titel");
    expect(await page.textContent("#grundlage-titel")).toBe("StGB NRW-Mitteilung 212/2011 vom 14.04.2011 „Leitfaden zur Gebührenkalkulation in kleinen Gemeinden“");
    expect(await page.locator("#modelle").isHidden()).toBe(true);
    await waitForPreview(page, before + 1);
    const pdf = await download(page, () => page.locator('button[value="pdf"]').press("Enter"));
    const checked = await checkPdf(pdf.bytes, { source: text, pages: { min: 1, max: 4 } });
    expect(formatFindings(checked.findings)).toBe("");
    const cli = spawnSync(process.execPath, [cliPath, "pdf", "--content", "cli.json", "--date", TEST_DATE, "-o", "cli.pdf"], { cwd: work, encoding: "utf8" });
    expect(cli.status, cli.stderr).toBe(0);
    expect(Buffer.from(pdf.bytes).equals(readFileSync(join(work, "cli.pdf"))), "the page's PDF of the imported circular differs from the CLI's").toBe(true);
    // And back to 441/2004.
    await page.locator("#grundlage-zuruecksetzen").press("Enter");
    expect(await page.textContent("#grundlage-titel")).toBe("StGB NRW-Mitteilung 441/2004 vom 26.05.2004 „Handbuch Integrationsarbeit“");
    expect(await page.locator("#modelle").isVisible()).toBe(true);
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
