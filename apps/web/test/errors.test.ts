// What a clerk sees when something is wrong: messages at the fields and in a
// summary, from the same schema as the CLI; files the CLI refuses are refused
// with the CLI's lines (the bad-input table the CLI's tests use); a logo that
// is no PNG/JPEG or too big; a browser that lacks what the page needs. Never a
// blank page, never a console error.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { axeViolations, browserMissing, cliPath, download, foreignRequests, pageForFile, repoRoot, screenshot, tabTo, tabToSelector, typeDate } from "./support/browser.js";

const missing = browserMissing();
/** The CLI's own bad-input cases (tests/fixtures/bad). */
const BAD = join(repoRoot, "tests/fixtures/bad");

/** What `handreichung validate FILE` prints for a case's file, run beside it so it names the file as the page does (by its name). */
function cliLines(id: string, file: string): string[] {
  const run = spawnSync(process.execPath, [cliPath, "validate", file], { cwd: join(BAD, id), encoding: "utf8" });
  expect(run.status).toBe(1);
  return run.stderr.trimEnd().split("\n");
}

describe.skipIf(missing !== null)("mistakes, in Chromium", () => {
  const s = pageForFile();

  it("shows invalid data at the fields and in a summary at the top, with the CLI's rules", async () => {
    const page = s.page;
    await tabTo(page, "f-name");
    await page.keyboard.type("Musterstadt");
    await tabTo(page, "f-contact-email");
    await page.keyboard.type("keine-mail");
    await tabTo(page, "f-website");
    // One input of 301 letters, as a paste gives: 301 key presses would only take longer.
    await page.keyboard.insertText("w".repeat(301));
    await page.keyboard.press("Tab");
    // Asking for a document shows every problem and moves the focus to the summary.
    await tabToSelector(page, 'button[value="pdf"]');
    await page.keyboard.press("Enter");
    await page.locator("#fehler").waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("fehler");
    expect(await page.textContent("#fehler-titel")).toBe("Bitte prüfen Sie 2 Angaben");
    expect(await page.locator("#fehler-liste li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.zeile))).toEqual([
      "contact.email: must be an e-mail address",
      "website: must be at most 300 characters",
    ]);
    expect(await page.locator("#fehler-liste a").allTextContents()).toEqual(["E-Mail-Adresse: Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.", "Website: Höchstens 300 Zeichen."]);
    for (const [id, message] of [
      ["f-contact-email", "Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de."],
      ["f-website", "Höchstens 300 Zeichen."],
    ] as const) {
      const field = page.locator(`#${id}`);
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      const described = (await field.getAttribute("aria-describedby"))!.split(" ");
      expect(await page.textContent(`#${described[0]}`)).toBe(message);
    }
    expect(await page.locator("[aria-invalid=true]").count()).toBe(2);
    expect(await page.textContent("#vorschau-status")).toBe("Die Vorschau zeigt den letzten gültigen Stand: Bitte prüfen Sie die markierten Angaben.");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "fehler-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "fehler-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    // A link in the summary takes the focus to its field; fixing it clears the message there and in the summary.
    await page.locator("#fehler-liste a").first().press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-contact-email");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("integration@musterstadt.example");
    await page.locator("#fehler-liste li").nth(1).waitFor({ state: "detached" });
    expect(await page.locator("#f-contact-email").getAttribute("aria-invalid")).toBeNull();
  });

  it("refuses a logo that is no PNG or JPEG, or too big, at the logo field", async () => {
    const page = s.page;
    await page.locator("#f-logo").setInputFiles(join(BAD, "logo-gif/wappen.gif"));
    const error = page.locator("#f-logo-fehler");
    await error.waitFor();
    expect(await error.textContent()).toBe("„wappen.gif“ ist kein PNG- oder JPEG-Bild. Bitte wählen Sie ein Logo im Format PNG oder JPEG.");
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.locator("#f-logo").setInputFiles({ name: "riesig.png", mimeType: "image/png", buffer: Buffer.from(big) });
    await page.locator("#f-logo-fehler", { hasText: "riesig.png" }).waitFor();
    expect(await error.textContent()).toBe("„riesig.png“ ist zu groß; ein Logo darf höchstens 5 MB haben.");
    expect(await page.locator("#f-logo").getAttribute("aria-invalid")).toBe("true");
    await page.locator("#logo-entfernen").press("Enter");
    await error.waitFor({ state: "detached" });
  });

  it("refuses profile files the CLI refuses, in German over the CLI's lines", async () => {
    const page = s.page;
    const message = page.locator("#profil-datei-meldung");
    for (const [id, file] of [
      ["yaml-tab-indent", "profile.yaml"],
      ["json-trailing-comma", "profile.json"],
    ] as const) {
      await page.locator("#profil-datei").setInputFiles(join(BAD, id, file));
      await message.locator("li").first().waitFor();
      expect(await message.locator("p").first().textContent()).toBe(`Die Datei „${file}“ ist kein lesbares Profil:`);
      expect(await message.locator("li .problem-line").allTextContents()).toEqual(cliLines(id, file));
      expect(await message.locator("li .problem-text").allTextContents()).toEqual(["Der Aufbau der Datei ist fehlerhaft; die Meldung darunter nennt die Stelle."]);
      await page.locator("#profil-datei").setInputFiles([]);
    }
    // A readable file with wrong fields is loaded as far as the form can hold it, and every problem is listed in German over the line `handreichung validate` prints.
    await page.locator("#profil-datei").setInputFiles(join(BAD, "many-problems/profile.json"));
    await message.getByText("Profil „profile.json“ geladen.", { exact: false }).waitFor();
    expect(await message.locator("li .problem-line").allTextContents()).toEqual(cliLines("many-problems", "profile.json"));
    expect(await message.locator("li .problem-text").allTextContents()).toEqual([
      "Name der Kommune: Darf nicht leer sein.",
      "Art: Erlaubt sind: Stadt, Gemeinde, Kreis.",
      "E-Mail-Adresse: Bitte eine vollständige E-Mail-Adresse angeben, z. B. integration@musterstadt.de.",
      "Stand der Angaben: Bitte ein gültiges Datum angeben.",
      "Feld „extra“: Dieses Feld kennt ein Profil nicht.",
    ]);
    expect(await page.locator("#fehler").isVisible()).toBe(true);
    expect(await page.locator("#f-name").getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "profil-fehler-1280", "#profil-datei");
  });

  it("refuses a date the browser cannot read instead of writing today's, and names the model list by its legend", async () => {
    const page = s.page;
    // 30 February: the field shows it, but its value is empty, which would mean today's date.
    await tabTo(page, "f-date");
    await typeDate(page, "2026-02-30");
    expect(await page.evaluate(() => (document.getElementById("f-date") as HTMLInputElement).validity.badInput)).toBe(true);
    for (const box of await page.locator("#modell-liste input[type=checkbox]").all()) if (await box.isChecked()) await box.uncheck();
    // The logo's problem comes from a check of its own, after the schema's (the e-mail's, below the logo): the summary still follows the form.
    await page.locator("#f-contact-email").fill("kaputt");
    await page.locator("#f-logo").setInputFiles(join(BAD, "logo-gif/wappen.gif"));
    await page.locator("#f-logo-fehler").waitFor();
    await tabToSelector(page, 'button[value="pdf"]');
    await page.keyboard.press("Enter");
    await page.locator("#fehler").waitFor({ state: "visible" });
    const links = await page.locator("#fehler-liste a").allTextContents();
    const at = (start: string) => links.findIndex((l) => l.startsWith(start));
    expect(links).toContain("Stand der Angaben: Bitte ein gültiges Datum angeben.");
    expect(links).toContain("Modelle und Reihenfolge: Bitte wählen Sie mindestens ein Modell.");
    expect(at("Logo oder Wappen")).toBeGreaterThanOrEqual(0);
    expect(at("Logo oder Wappen")).toBeLessThan(at("E-Mail-Adresse"));
    expect(at("E-Mail-Adresse")).toBeLessThan(at("Stand der Angaben"));
    expect(at("Stand der Angaben")).toBeLessThan(at("Modelle und Reihenfolge"));
    // The model list takes no focus itself: its link goes to the first model's box.
    await page.locator("#fehler-liste a", { hasText: "Modelle und Reihenfolge" }).press("Enter");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest("#modell-liste") !== null && (document.activeElement as HTMLInputElement).type)).toBe("checkbox");
    for (const box of await page.locator("#modell-liste input[type=checkbox]").all()) await box.check();
    await page.locator("#logo-entfernen").press("Enter");
    await page.locator("#f-contact-email").fill("integration@musterstadt.example");
  });

  it("tells a browser that lacks what the page needs so, instead of showing a form that does nothing", async () => {
    const page = await s.context.newPage();
    await page.addInitScript(() => {
      // A browser without Web Workers.
      delete (window as { Worker?: unknown }).Worker;
    });
    await page.goto(s.url);
    const notice = page.locator("#browser-hinweis");
    await notice.waitFor({ state: "visible" });
    expect(await notice.textContent()).toBe("Ihr Browser kann diese Seite nicht ausführen: Es fehlt Web Worker als Modul. Bitte öffnen Sie die Seite in einer aktuellen Version von Firefox, Chrome, Edge oder Safari.");
    expect(await page.locator("#seite-laedt").isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("without a PDF viewer in the browser: no preview but a sentence saying so, and no fonts loaded until a PDF is asked for", async () => {
    const page = await s.context.newPage();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "pdfViewerEnabled", { get: () => false }));
    const fonts: string[] = [];
    page.on("request", (request) => request.url().endsWith(".ttf") && fonts.push(request.url()));
    await page.goto(s.url);
    await page.locator(".preview-message").waitFor();
    expect(await page.textContent(".preview-message")).toBe("Ihr Browser zeigt PDF-Dateien nicht innerhalb einer Seite an. Die Handreichung können Sie trotzdem herunterladen und dann öffnen.");
    await page.waitForTimeout(1000);
    expect(fonts).toEqual([]);
    const pdf = await download(page, () => page.locator('button[value="pdf"]').press("Enter"));
    expect(pdf.name).toBe("handreichung.pdf");
    expect(fonts.length).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
