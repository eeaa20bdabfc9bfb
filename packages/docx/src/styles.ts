import { AlignmentType, BorderStyle, type IStylesOptions, LeaderType, LineRuleType, TabStopType } from "docx";
import { quoteStyles } from "./blocks/quote-styles.js";

/** The typeface of the PDF handout; Word and LibreOffice fall back to a sans serif (see fonts.ts). */
export const FONT = "Source Sans 3";

/** The text width of an A4 page (11906 twips) with 2.5 cm margins, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1417;

/** Style ids, so the body refers to styles by name, never by direct formatting. */
export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  heading: (level: 1 | 2 | 3 | 4) => `Heading${level}`,
  listBullet: "ListBullet",
  listNumber: "ListNumber",
  quote: "Quote",
  guidance: "Ausfuellhinweis",
  tocHeading: "TOCHeading",
  tableText: "TableText",
  tableTextCompact: "TableTextCompact",
  tableHeading: "TableHeading",
  small: "Kleingedrucktes",
  header: "Header",
  footer: "Footer",
  placeholder: "Platzhalter",
} as const;

const ACCENT = "1F4E79";
const GUIDANCE = "7A4A00";

const heading = (size: number, level: number, before: number) => ({
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: ACCENT },
  // Word numbering, not typed digits: one change to the list restyles every heading.
  paragraph: {
    numbering: { reference: "headings", level },
    spacing: { before, after: 120 },
    keepNext: true,
    keepLines: true,
    outlineLevel: level,
  },
});

/** Named styles: a municipality restyles the whole document by changing these. */
export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: "de-DE" } },
      // lineRule "auto": a multiple of the line (1.15), not an exact height; LibreOffice
      // reads a bare w:line as exact, and a title over two lines would overprint itself.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      basedOn: "Normal",
      next: "Subtitle",
      run: { font: FONT, size: 52, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 2400, after: 240 } },
    },
    heading1: heading(32, 0, 360),
    heading2: heading(26, 1, 240),
    heading3: heading(23, 2, 200),
    heading4: { ...heading(22, 3, 160), run: { font: FONT, size: 22, bold: true, italics: true, color: ACCENT } },
  },
  paragraphStyles: [
    {
      id: STYLE.subtitle,
      name: "Subtitle",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: 30, color: "404040" },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: STYLE.listBullet,
      name: "List Bullet",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 } },
    },
    {
      id: STYLE.listNumber,
      name: "List Number",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: STYLE.quote,
      name: "Quote",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { italics: true, color: "404040" },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    // Heading and lists of a quotation, based on Quote.
    ...quoteStyles,
    {
      // Guidance for the person filling in the template: one style, so Word's
      // "select all instances" finds and deletes every note at once.
      id: STYLE.guidance,
      name: "Ausfüllhinweis",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: 20, italics: true, color: GUIDANCE },
      paragraph: {
        shading: { fill: "FFF4D6" },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: "E0A800", space: 6 } },
        indent: { left: 170 },
        spacing: { before: 60, after: 120 },
        // A note belongs with what it explains.
        keepNext: true,
      },
    },
    {
      id: STYLE.tocHeading,
      name: "TOC Heading",
      basedOn: "Normal",
      next: "Normal",
      run: { font: FONT, size: 32, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 240 } },
    },
    // The entries of an updated table of contents: the page number right, after a
    // dot leader. The entries written before the update have no page number and
    // no tab, so the leader never runs to nothing.
    ...[1, 2, 3].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: "Normal",
      next: "Normal",
      paragraph: {
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        indent: { left: (level - 1) * 340 },
        spacing: { before: level === 1 ? 100 : 0, after: 40 },
      },
      run: level === 1 ? { bold: true } : {},
    })),
    {
      id: STYLE.tableText,
      name: "Tabellentext",
      basedOn: "Normal",
      quickFormat: true,
      run: { size: 20 },
      paragraph: { spacing: { before: 40, after: 40, line: 252, lineRule: LineRuleType.AUTO } },
    },
    {
      // For tables with many narrow columns of running text (the models side by side).
      id: STYLE.tableTextCompact,
      name: "Tabellentext klein",
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: { size: 18 },
      paragraph: { spacing: { before: 30, after: 30, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeading,
      name: "Tabellenkopf",
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: { bold: true, size: 19, color: "FFFFFF" },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.small,
      name: "Kleingedrucktes",
      basedOn: "Normal",
      run: { size: 18, color: "404040" },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
    },
    {
      id: STYLE.header,
      name: "header",
      basedOn: "Normal",
      run: { size: 18, color: "595959" },
      paragraph: { spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6", space: 4 } } },
    },
    {
      id: STYLE.footer,
      name: "footer",
      basedOn: "Normal",
      run: { size: 18, color: "595959" },
      paragraph: { spacing: { after: 0 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6", space: 4 } } },
    },
  ],
  characterStyles: [
    {
      // Fields to fill in: a character style, so "find style Platzhalter" lists them all.
      id: STYLE.placeholder,
      name: "Platzhalter",
      run: { color: "8A1538", shading: { fill: "FCE4EC" } },
    },
  ],
};
