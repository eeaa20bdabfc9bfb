import { AlignmentType, type INumberingOptions, LevelFormat, LevelSuffix } from "docx";
import { quoteNumbering } from "./blocks/quote-styles.js";

const cm = (n: number) => Math.round(n * 567);

/** Outline numbers 1, 1.1, 1.1.1 … for the heading styles; bullets and numbers for lists. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: "headings",
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join("."),
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        style: { paragraph: { indent: { left: cm(0.9 + level * 0.35), hanging: cm(0.9 + level * 0.35) } } },
      })),
    },
    {
      reference: "bullets",
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: cm(0.63), hanging: cm(0.63) } } } },
        { level: 1, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: cm(1.26), hanging: cm(0.63) } } } },
      ],
    },
    {
      reference: "ordered",
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: cm(0.75), hanging: cm(0.75) } } } },
      ],
    },
    // Lists inside quotations, indented with them.
    ...quoteNumbering,
  ],
};
