import { describe, expect, it } from "vitest";
import { onePagePdf } from "../testing/one-page-pdf.js";
import { paintedColours } from "./painted-colours.js";

describe("paintedColours", () => {
  it("follows colours through q/Q and the colour operators, as a viewer does", async () => {
    const result = await paintedColours(
      await onePagePdf([
        "0 0 10 10 re f", // the initial black
        "/DeviceRGB cs 0.5 0 0 scn",
        "0 0 10 10 re f",
        "q /DeviceRGB cs 0 0.5 0 scn 0 0 10 10 re f Q",
        "0 0 10 10 re f", // red again after Q
        "0 0 1 RG 0 0 m 10 10 l S",
        "0.2 g 0 0 10 10 re f",
      ]),
    );
    expect(result.painted.map((p) => `${p.operator} ${p.fill} / ${p.stroke}`)).toEqual([
      "f DeviceGray 0 / DeviceGray 0",
      "f DeviceRGB 0.5 0 0 / DeviceGray 0",
      "f DeviceRGB 0 0.5 0 / DeviceGray 0",
      "f DeviceRGB 0.5 0 0 / DeviceGray 0",
      "S DeviceRGB 0.5 0 0 / DeviceRGB 0 0 1",
      "f DeviceGray 0.2 / DeviceRGB 0 0 1",
    ]);
    expect(result).toMatchObject({ colourOperators: 4, redundant: 0, unused: 0 });
  });

  it("counts a colour set again as redundant, and one nothing is painted in as unused", async () => {
    const result = await paintedColours(
      await onePagePdf([
        "/DeviceRGB cs 0.5 0 0 scn",
        "/DeviceRGB cs 0.5 0 0 scn", // redundant
        "0 0 10 10 re f",
        "/DeviceRGB cs 0 0 1 scn", // unused: replaced before anything is painted
        "/DeviceRGB cs 0 0.5 0 scn",
        "0 0 10 10 re f",
        "q 1 0 0 RG Q", // unused: its q ... Q ends first
        "0 g", // unused: the page ends first
      ]),
    );
    expect(result).toMatchObject({ colourOperators: 6, redundant: 1, unused: 3 });
  });
});
