// The preview once pdf.js draws it: one page of the handout as a picture with
// a German text alternative, the other pages by keyboard, updates as the form
// changes, and still nothing from anywhere but the page's own origin (pdf.js's
// worker included) and no console error (no eval under the page's CSP).
import { describe, expect, it } from "vitest";
import { axeViolations, browserMissing, foreignRequests, pageForFile, previewCount, screenshot, tabTo, tabToSelector, waitForPreview } from "./support/browser.js";

const missing = browserMissing();

const PICTURE = "#vorschau-rahmen canvas.preview-page";
const NEXT = ".preview-nav button.preview-next";
const BACK = ".preview-nav button.preview-back";

describe.skipIf(missing !== null)("the preview drawn by pdf.js, in Chromium", () => {
  const s = pageForFile();

  /** The picture's text alternative and the page buttons' state. */
  const shown = () =>
    s.page.evaluate(() => {
      const picture = document.querySelector("#vorschau-rahmen canvas.preview-page");
      const buttons = [...document.querySelectorAll(".preview-nav button")];
      return {
        pictures: document.querySelectorAll("#vorschau-rahmen canvas").length,
        role: picture?.getAttribute("role"),
        label: picture?.getAttribute("aria-label") ?? "",
        where: document.querySelector(".preview-nav .preview-where")?.textContent ?? "",
        disabled: buttons.map((b) => b.getAttribute("aria-disabled")),
        focus: document.activeElement?.textContent ?? "",
      };
    });

  it("shows the first version in the browser's viewer and loads pdf.js only after it", () => {
    expect(s.beforeFirstPreview.some((url) => /pdf\.worker|pdf-canvas/.test(url))).toBe(false);
  });

  it("draws page 1 as a picture with a German text alternative once the clerk reaches into the form", async () => {
    const page = s.page;
    await tabTo(page, "f-name");
    await page.locator(PICTURE).waitFor();
    const now = await shown();
    expect(now.pictures).toBe(1);
    expect(now.role).toBe("img");
    expect(now.label).toMatch(/^Vorschau, Seite 1 von [234] der Handreichung „Handbuch Integrationsarbeit“: ein Bild der gedruckten Seite\. Den Text enthält die PDF-Datei zum Herunterladen\.$/);
    expect(now.where).toMatch(/^Seite 1 von [234]$/);
    expect(now.disabled).toEqual(["true", "false"]);
    // The picture is the page, not an empty canvas: a good share of it is dark (text).
    const ink = await page.locator(PICTURE).evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) dark++;
      return dark / (data.length / 4);
    });
    expect(ink).toBeGreaterThan(0.01);
    // pdf.js's worker is a file of the page's own origin.
    expect(s.requests.some((url) => url.startsWith(`${s.origin}/assets/pdf.worker`))).toBe(true);
  });

  it("follows the form: the new version replaces the picture, named after the municipality", async () => {
    const page = s.page;
    const before = await previewCount(page);
    await page.keyboard.type("Musterstadt");
    await waitForPreview(page, before + 1);
    await expect.poll(async () => (await shown()).label, { timeout: 30_000 }).toContain("„Handbuch Integrationsarbeit“ für Musterstadt:");
    expect((await shown()).pictures).toBe(1);
  });

  it("turns the pages by keyboard, keeps the focus on the button, and keeps the page through an update", async () => {
    const page = s.page;
    const pages = Number((await shown()).where.split(" von ")[1]);
    await tabToSelector(page, NEXT);
    for (let n = 2; n <= pages; n++) {
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await shown()).where).toBe(`Seite ${n} von ${pages}`);
      const now = await shown();
      expect(now.label).toContain(`Seite ${n} von ${pages} der Handreichung`);
      expect(now.focus).toBe("Nächste Seite");
    }
    // At the last page the button says it does nothing, and keeps the focus.
    expect((await shown()).disabled).toEqual(["false", "true"]);
    await page.keyboard.press("Enter");
    expect((await shown()).where).toBe(`Seite ${pages} von ${pages}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `vorschau-seite-${pages}-1280`, ".preview");
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await page.locator(PICTURE).boundingBox())?.width ?? 999).toBeLessThan(390);
    await screenshot(page, `vorschau-seite-${pages}-390`, ".preview");
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // An update keeps the page the clerk is looking at.
    const before = await previewCount(page);
    await tabTo(page, "f-department");
    await page.keyboard.type("Amt für Integration");
    await waitForPreview(page, before + 1);
    await expect.poll(async () => (await shown()).where).toBe(`Seite ${pages} von ${pages}`);
    await tabToSelector(page, BACK);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await shown()).where).toBe(`Seite ${pages - 1} von ${pages}`);
    expect((await shown()).focus).toBe("Vorherige Seite");
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
