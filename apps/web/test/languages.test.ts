// The counselling languages in real Chromium: typed into their field, each
// name in its own script; the render worker fetches a fallback font from the
// page's own origin only once a text needs it (never for German alone), and
// the PDF is byte for byte what the CLI writes from the saved profile.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPdf, flattenPdfNodes } from "@handreichung/checks";
import { describe, expect, it } from "vitest";
import { browserMissing, cliPath, download, foreignRequests, pageForFile, previewCount, tabTo, tabToSelector, TEST_DATE, waitForPreview, type Session } from "./support/browser.js";

const missing = browserMissing();
const fontRequests = (s: Session, family: string) => s.requests.filter((url) => url.startsWith(s.origin) && url.includes(`/vendor/@expo-google-fonts/${family}/`));

describe.skipIf(missing !== null)("counselling languages on the page, in Chromium", () => {
  const work = mkdtempSync(join(tmpdir(), "handreichung-web-languages-"));
  let pdf: Uint8Array;
  const s = pageForFile([work]);

  it("fetches no fallback font for a German handout", async () => {
    const page = s.page;
    const before = await previewCount(page);
    await tabTo(page, "f-name");
    await page.keyboard.type("Musterstadt");
    await waitForPreview(page, before + 1);
    for (const family of ["noto-sans-arabic", "noto-sans-hebrew", "noto-sans-sc", "noto-emoji"]) expect(fontRequests(s, family), family).toEqual([]);
  });

  it("takes one language per line, and fetches the Arabic and Chinese fonts from its own origin only then", async () => {
    const page = s.page;
    const before = await previewCount(page);
    await tabTo(page, "f-languages");
    await page.keyboard.type("tr Türkçe\nar العربية\nzh-Hans 中文");
    await page.keyboard.press("Tab");
    await waitForPreview(page, before + 1);
    expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
    // The preview of the last keystroke may still be on its way.
    await expect.poll(() => fontRequests(s, "noto-sans-sc").length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(fontRequests(s, "noto-sans-arabic").length).toBeGreaterThan(0);
    expect(fontRequests(s, "noto-sans-arabic").every((url) => url.includes("NotoSansArabic_400Regular.ttf"))).toBe(true);
    expect(fontRequests(s, "noto-sans-hebrew")).toEqual([]);
  });

  it("shows a malformed language tag at the field, naming its line", async () => {
    const page = s.page;
    await tabTo(page, "f-languages");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nx1 Unbekannt");
    await page.keyboard.press("Tab");
    await page.locator("#f-languages[aria-invalid=true]").waitFor();
    expect(await page.locator("#f-languages-fehler").textContent()).toBe("Zeile 4: Am Anfang der Zeile steht das Kürzel der Sprache, z. B. tr, ar, uk oder zh-Hans.");
    const removeLastLine = async () => {
      await tabTo(page, "f-languages");
      await page.keyboard.press("Control+End");
      await page.keyboard.press("Shift+Home");
      await page.keyboard.press("Backspace");
      await page.keyboard.press("Backspace");
      await page.keyboard.press("Tab");
      await page.locator("#f-languages:not([aria-invalid])").waitFor();
    };
    await removeLastLine();
    // A tag without its name: the name is what is missing.
    await tabTo(page, "f-languages");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nuk");
    await page.keyboard.press("Tab");
    await page.locator("#f-languages[aria-invalid=true]").waitFor();
    expect(await page.locator("#f-languages-fehler").textContent()).toBe("Zeile 4: Der Name der Sprache fehlt; schreiben Sie ihn nach dem Kürzel, z. B. „tr Türkçe“.");
    await removeLastLine();
  });

  it("downloads a PDF that names each language in its own, tagged with its /Lang", async () => {
    const page = s.page;
    await tabToSelector(page, 'button[value="pdf"]');
    const file = await download(page, () => page.keyboard.press("Enter"));
    pdf = file.bytes;
    const doc = await readPdf(pdf, { fonts: false });
    const row = doc.pages.flatMap((p) => (p.tree ? flattenPdfNodes(p.tree) : [])).find((e) => e.role === "P" && e.text.startsWith("Beratungssprachen"))!;
    expect(row.children.filter((c) => c.role === "Span").map((c) => [c.lang, c.text.trim()])).toEqual([
      ["tr", "Türkçe"],
      ["ar", "العربية"],
      ["zh-Hans", "中文"],
    ]);
  });

  it("saves the languages in the profile file, and the CLI writes the same PDF from it", async () => {
    const page = s.page;
    await tabTo(page, "profil-yaml");
    const saved = await download(page, () => page.keyboard.press("Enter"));
    const yaml = new TextDecoder().decode(saved.bytes);
    expect(yaml).toContain("languages:\n  - lang: tr\n    name: Türkçe\n  - lang: ar\n    name: العربية\n  - lang: zh-Hans\n    name: 中文\n");
    writeFileSync(join(work, saved.name), saved.bytes);
    const out = join(work, "cli.pdf");
    const run = spawnSync(process.execPath, [cliPath, "pdf", "--profile", join(work, saved.name), "--date", TEST_DATE, "-o", out], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(Buffer.from(pdf).equals(readFileSync(out)), "the page's PDF differs from the CLI's").toBe(true);
  });

  it("made no request to any other origin, and logged no error", () => {
    expect(foreignRequests(s)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
