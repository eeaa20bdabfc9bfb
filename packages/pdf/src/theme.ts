/** Page geometry, type sizes and colours of the handout, in PDF points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = {
  left: 108,
  right: 108,
  /** Page 1 starts higher: it has no running header. */
  topFirst: 56,
  top: 72,
  /** Room below the text area for the footer. */
  bottom: 66,
} as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const COLOR = {
  text: "#1b1f24",
  muted: "#59616b",
  accent: "#1d4f7a",
  rule: "#b9c7d6",
  tint: "#eef3f8",
  publicationTint: "#f6f2ea",
  publicationRule: "#b08a45",
} as const;

export type FontRole = "regular" | "italic" | "semibold" | "bold";

/** One text style: font cut, size in pt, distance between baselines in pt. */
export interface TextStyle {
  font: FontRole;
  size: number;
  leading: number;
  color: string;
}

export const STYLE = {
  body: { font: "regular", size: 11, leading: 15, color: COLOR.text },
  quote: { font: "italic", size: 10.5, leading: 15, color: COLOR.text },
  /** A note on this edition (which models it shows), set apart from the circular's words. */
  editionNote: { font: "italic", size: 10.5, leading: 15, color: COLOR.accent },
  small: { font: "regular", size: 9, leading: 12.5, color: COLOR.muted },
  label: { font: "semibold", size: 9, leading: 12.5, color: COLOR.muted },
  issuer: { font: "semibold", size: 9.5, leading: 13, color: COLOR.accent },
  title: { font: "bold", size: 25, leading: 29, color: COLOR.text },
  meta: { font: "regular", size: 10, leading: 14, color: COLOR.muted },
  h2: { font: "semibold", size: 14, leading: 18, color: COLOR.accent },
  h3: { font: "semibold", size: 11.5, leading: 15, color: COLOR.text },
  boxTitle: { font: "bold", size: 12.5, leading: 16, color: COLOR.accent },
  footer: { font: "regular", size: 8, leading: 10, color: COLOR.muted },
} as const satisfies Record<string, TextStyle>;

/** Vertical rhythm between blocks. */
export const SPACE = {
  paragraph: 7,
  beforeH2: 16,
  afterH2: 5,
  beforeH3: 10,
  afterH3: 3,
  listItem: 3,
  boxPadding: 12,
  boxGap: 12,
} as const;
