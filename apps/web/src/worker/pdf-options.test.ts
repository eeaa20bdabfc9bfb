// The preview's PDF is rendered with other options than a download (see
// pdf-options.ts): it must still show the same pages, pixel for pixel, as
// poppler draws them; and a download must stay exactly the CLI's options.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { underCi } from "@handreichung/checks";
import { parseProfile } from "@handreichung/content";
import { circular441 } from "@handreichung/content/data";
import { renderPdf } from "@handreichung/pdf";
import { describe, expect, it } from "vitest";
import { pdfOptions } from "./pdf-options.js";

const havePdftoppm = spawnSync("/bin/sh", ["-c", "command -v pdftoppm"], { encoding: "utf8" }).stdout.trim() !== "";
if (!havePdftoppm && underCi()) throw new Error("pdftoppm (poppler-utils) is not installed: CI must have it");
if (!havePdftoppm) console.log("not checked: pdftoppm not installed (apt-get install poppler-utils; .ci/run installs it)");

/** Every page drawn by poppler at 40 dpi, as PNG bytes. */
function pages(pdf: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "handreichung-preview-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    const run = spawnSync("pdftoppm", ["-png", "-r", "40", join(dir, "in.pdf"), join(dir, "page")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the options of a preview's PDF", () => {
  const options = { date: "2026-01-15", profile: parseProfile({ name: "Musterstadt", kind: "Stadt", department: "Amt für Integration", contact: { person: "Erika Mustermann", email: "integration@musterstadt.example" } }) };

  it("leave a download's options as they are", () => {
    expect(pdfOptions(options, false)).toBe(options);
  });

  it.skipIf(!havePdftoppm)("give the same pages, pixel for pixel, as the download, from other bytes", async () => {
    const download = await renderPdf(circular441, pdfOptions(options, false));
    const preview = await renderPdf(circular441, pdfOptions(options, true));
    // Really another file: uncompressed streams, larger.
    expect(preview.length).toBeGreaterThan(download.length);
    const drawn = pages(download);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    expect(pages(preview)).toEqual(drawn);
  });
});
