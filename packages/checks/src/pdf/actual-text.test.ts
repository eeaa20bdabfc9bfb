import { describe, expect, it } from "vitest";
import { onePagePdf } from "../testing/one-page-pdf.js";
import { actualTexts } from "./actual-text.js";

describe("actualTexts", () => {
  it("reads the /ActualText of marked content, literal or UTF-16, from compressed content streams", async () => {
    const pdf = await onePagePdf(["/Span <</ActualText (Musterstadt)>> BDC EMC", "/P <</MCID 0>> BDC EMC", "/Span <</ActualText <FEFF004D00FC006E0073007400650072>>> BDC EMC"], true);
    expect(await actualTexts(pdf)).toEqual(["Musterstadt", "Münster"]);
  });
});
