import { AlignmentType, type INumberingOptions, type IParagraphStyleOptions, LevelFormat } from "docx";

/**
 * The quotation style family: "Quote" (Zitat) and, based on it, a heading and
 * two list styles, so a quoted letter keeps its structure and a municipality
 * restyles every quotation at once. And a style for numbered lists of the
 * circular's wording, whose numbers are typed as published.
 */
export const QUOTE_STYLE = {
  paragraph: "Quote",
  heading: "QuoteHeading",
  listBullet: "QuoteListBullet",
  listNumber: "QuoteListNumber",
} as const;
/** A numbered list of source text: "1.", tab, item; the numbers typed as the circular has them. */
export const SOURCE_LIST_NUMBER = "SourceListNumber";

/** Numbering for bullet lists inside quotations: indented like the Quote style (1 cm). */
export const QUOTE_NUMBERING = { bullets: "quote-bullets" } as const;

const QUOTE_INDENT = 567;
const HANGING = 357;
// Room for "12." before a numbered item's text.
const NUMBER_HANG = 425;

export const quoteStyles: IParagraphStyleOptions[] = [
  {
    id: QUOTE_STYLE.heading,
    name: "Zitat Überschrift",
    basedOn: QUOTE_STYLE.paragraph,
    next: QUOTE_STYLE.paragraph,
    quickFormat: true,
    run: { bold: true, italics: false },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 160, after: 80 } },
  },
  {
    id: QUOTE_STYLE.listBullet,
    name: "Zitat Aufzählung",
    basedOn: QUOTE_STYLE.paragraph,
    quickFormat: true,
    paragraph: { numbering: { reference: QUOTE_NUMBERING.bullets, level: 0 }, spacing: { after: 60 } },
  },
  {
    // Numbers are the quotation's own text ("1."), typed, with a tab to the item's text.
    id: QUOTE_STYLE.listNumber,
    name: "Zitat Nummerierung",
    basedOn: QUOTE_STYLE.paragraph,
    quickFormat: true,
    // The hanging indent is where the tab after the number stops, in Word and LibreOffice alike.
    paragraph: { indent: { left: QUOTE_INDENT + NUMBER_HANG, hanging: NUMBER_HANG }, spacing: { after: 60 } },
  },
  {
    id: SOURCE_LIST_NUMBER,
    name: "Liste Nummer (Wortlaut)",
    // Not based on List Number: that style numbers by itself, and these numbers are typed.
    basedOn: "Normal",
    quickFormat: true,
    paragraph: { indent: { left: NUMBER_HANG, hanging: NUMBER_HANG }, spacing: { after: 60 } },
  },
];

export const quoteNumbering: INumberingOptions["config"] = [
  {
    reference: QUOTE_NUMBERING.bullets,
    levels: [{ level: 0, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: QUOTE_INDENT + HANGING, hanging: HANGING } } } }],
  },
];
