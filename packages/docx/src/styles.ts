import { AlignmentType, BorderStyle, type IStylesOptions, LeaderType, LineRuleType, ShadingType, TabStopType } from "docx";
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
  table: "Tabelle",
  tableText: "TableText",
  tableHeading: "TableHeading",
  tableList: "TableList",
  small: "Kleingedrucktes",
  fileReference: "Aktenzeichen",
  editionNote: "Fassungshinweis",
  detail: "Angabe",
  coverLogo: "Titelbild",
  entry: "Eingabe",
  header: "Header",
  footer: "Footer",
  /** Character styles. */
  placeholderText: "PlaceholderText",
  strong: "Strong",
  label: "Feldbezeichnung",
  address: "Adresse",
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
      // Each list restarts through its own numbering instance (paragraphs.ts); the style numbers.
      paragraph: { numbering: { reference: "ordered", level: 0 }, spacing: { after: 60 } },
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
      id: STYLE.tableHeading,
      name: "Tabellenkopf",
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: { bold: true, size: 19, color: "FFFFFF" },
      paragraph: { keepNext: true },
    },
    {
      // Key points in a cell: a real list, bulleted by the style.
      id: STYLE.tableList,
      name: "Tabellenaufzählung",
      basedOn: STYLE.tableText,
      quickFormat: true,
      paragraph: { numbering: { reference: "bullets", level: 0 }, spacing: { before: 20, after: 20 } },
    },
    {
      id: STYLE.small,
      name: "Kleingedrucktes",
      basedOn: "Normal",
      run: { size: 18, color: "404040" },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
    },
    {
      // The circular's file reference, set off from its last paragraph.
      id: STYLE.fileReference,
      name: "Aktenzeichen",
      basedOn: "Normal",
      next: STYLE.small,
      paragraph: { spacing: { before: 240 }, keepLines: true },
    },
    {
      // A note on this edition (which models it shows): not the circular's words.
      id: STYLE.editionNote,
      name: "Fassungshinweis",
      basedOn: "Normal",
      next: "Normal",
      run: { italics: true, color: ACCENT },
      paragraph: { spacing: { before: 60, after: 120 } },
    },
    {
      // The text a section's field holds: Normal with room above, also after a table.
      id: STYLE.entry,
      name: "Eingabe",
      basedOn: "Normal",
      next: STYLE.entry,
      quickFormat: true,
      paragraph: { spacing: { before: 160 } },
    },
    {
      id: STYLE.coverLogo,
      name: "Titelbild",
      basedOn: "Normal",
      next: STYLE.title,
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: STYLE.header,
      name: "header",
      basedOn: "Normal",
      run: { size: 18, color: "595959" },
      // The right tab for the title; space below the rule keeps the header clear of the text.
      paragraph: {
        rightTabStop: TEXT_WIDTH,
        spacing: { after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6", space: 4 } },
      },
    },
    {
      id: STYLE.footer,
      name: "footer",
      basedOn: "Normal",
      run: { size: 18, color: "595959" },
      paragraph: {
        rightTabStop: TEXT_WIDTH,
        spacing: { after: 0 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6", space: 4 } },
      },
    },
  ],
  characterStyles: [
    {
      // Word's own style for the prompt a content control shows while empty
      // ("Platzhaltertext" in a German Word); typing replaces it with plain text.
      id: STYLE.placeholderText,
      name: "Placeholder Text",
      run: { color: "595959", shading: { type: ShadingType.CLEAR, fill: "EDEDED", color: "auto" } },
    },
    // A character style, as in Word (docx's default makes it a paragraph style).
    { id: STYLE.strong, name: "Strong", quickFormat: true, run: { bold: true } },
    { id: STYLE.label, name: "Feldbezeichnung", basedOn: STYLE.strong, quickFormat: true, run: {} },
  ],
};

/**
 * Styles docx has no options for, as styles.xml writes them: the table style,
 * and the styles that must not hyphenate (narrow cells, e-mail addresses,
 * phone numbers, web addresses). Passed to docx as `externalStyles`.
 */
export const RAW_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
  // Borders, cell margins and the blue heading row of every table, in one place.
  `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Tabelle Handreichung"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
  "<w:tblPr><w:tblBorders>" +
  ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`).join("") +
  '</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ACCENT}"/></w:tcPr></w:tblStylePr>` +
  "</w:style>" +
  // Table text never hyphenates: cells are narrow, and hold names, addresses and numbers.
  `<w:style w:type="paragraph" w:styleId="${STYLE.tableText}"><w:name w:val="Tabellentext"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
  '<w:pPr><w:suppressAutoHyphens/><w:spacing w:before="40" w:after="40" w:line="252" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' +
  // "Label: value" lines (contact details, ordering details): values are addresses and numbers.
  `<w:style w:type="paragraph" w:styleId="${STYLE.detail}"><w:name w:val="Angabe"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
  '<w:pPr><w:suppressAutoHyphens/><w:spacing w:after="60"/></w:pPr></w:style>' +
  // An e-mail or web address inside running text: no language, so neither Word nor LibreOffice hyphenates it.
  `<w:style w:type="character" w:styleId="${STYLE.address}"><w:name w:val="Adresse"/><w:rPr><w:noProof/><w:lang w:val="zxx"/></w:rPr></w:style>` +
  "</w:styles>";
