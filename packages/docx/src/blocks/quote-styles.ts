import { AlignmentType, type INumberingOptions, type IParagraphStyleOptions, LevelFormat } from "docx";

/**
 * The quotation style family: "Quote" (Zitat) and, based on it, a heading and
 * two list styles, so a quoted letter keeps its structure and a municipality
 * restyles every quotation at once.
 */
export const QUOTE_STYLE = {
  paragraph: "Quote",
  heading: "QuoteHeading",
  listBullet: "QuoteListBullet",
  listNumber: "QuoteListNumber",
} as const;

/** Numbering for lists inside quotations: indented like the Quote style (1 cm). */
export const QUOTE_NUMBERING = { bullets: "quote-bullets", ordered: "quote-ordered" } as const;

const QUOTE_INDENT = 567;
const HANGING = 357;

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
    id: QUOTE_STYLE.listNumber,
    name: "Zitat Nummerierung",
    basedOn: QUOTE_STYLE.paragraph,
    quickFormat: true,
    paragraph: { spacing: { after: 60 } },
  },
];

export const quoteNumbering: INumberingOptions["config"] = [
  {
    reference: QUOTE_NUMBERING.bullets,
    levels: [{ level: 0, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: QUOTE_INDENT + HANGING, hanging: HANGING } } } }],
  },
  {
    reference: QUOTE_NUMBERING.ordered,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: QUOTE_INDENT + HANGING + 68, hanging: HANGING + 68 } } } }],
  },
];
