/**
 * The municipal associations whose circulars the import reads. A page names
 * its publisher either by a line of its own ("Landkreistag Nordrhein-Westfalen")
 * or by a series only it uses ("StGB NRW-Mitteilung", "DStGB Aktuell").
 */
export interface Publisher {
  /** Prefix of the circular's id: "lkt-nrw" -> "lkt-nrw-245-2023". */
  key: string;
  /** The issuer's full name, used when the page names it only by its series. */
  issuer: string;
  /** Lines that name the publisher, compared without regard to case and spacing. */
  names: readonly string[];
  /** Its own series: a number line starting with one of these names the publisher by itself. */
  series: readonly string[];
  /** Series names that other publishers use too ("Rundschreiben"): they need the publisher's line. */
  sharedSeries: readonly string[];
  /** Whether its circulars carry a category line ("Mitteilungen - …"). */
  categories: boolean;
  /** Whether a circular of it always ends with or carries an Az. (strict mode requires it then). */
  fileReferences: boolean;
}

export const PUBLISHERS: readonly Publisher[] = [
  {
    key: "stgb-nrw",
    issuer: "Städte- und Gemeindebund Nordrhein-Westfalen",
    names: ["Städte- und Gemeindebund Nordrhein-Westfalen", "Städte- und Gemeindebund NRW", "StGB NRW"],
    series: ["StGB NRW-Mitteilung", "StGB NRW Mitteilung", "StGB NRW-Mitteilungen"],
    sharedSeries: [],
    categories: true,
    fileReferences: true,
  },
  {
    key: "lkt-nrw",
    issuer: "Landkreistag Nordrhein-Westfalen",
    names: ["Landkreistag Nordrhein-Westfalen", "Landkreistag NRW", "LKT NRW"],
    series: ["LKT NRW-Rundschreiben"],
    sharedSeries: ["Rundschreiben", "Schnellbrief"],
    categories: false,
    fileReferences: false,
  },
  {
    key: "staedtetag-nrw",
    issuer: "Städtetag Nordrhein-Westfalen",
    names: ["Städtetag Nordrhein-Westfalen", "Städtetag NRW"],
    series: ["Städtetag NRW-Schnellbrief"],
    sharedSeries: ["Schnellbrief", "Rundschreiben", "Mitgliederrundschreiben"],
    categories: false,
    fileReferences: false,
  },
  {
    key: "dstgb",
    issuer: "Deutscher Städte- und Gemeindebund",
    names: ["Deutscher Städte- und Gemeindebund", "DStGB"],
    series: ["DStGB Aktuell", "DStGB-Aktuell"],
    sharedSeries: ["Rundschreiben"],
    categories: false,
    fileReferences: false,
  },
  {
    key: "gstb-rlp",
    issuer: "Gemeinde- und Städtebund Rheinland-Pfalz",
    names: ["Gemeinde- und Städtebund Rheinland-Pfalz", "GStB Rheinland-Pfalz", "GStB"],
    series: ["GStB-Nachrichten", "GStB Nachrichten"],
    sharedSeries: ["Rundschreiben"],
    categories: false,
    fileReferences: false,
  },
];

/** The publisher whose circulars a page without any header belongs to (the body-only archive pages). */
export const DEFAULT_PUBLISHER: Publisher = PUBLISHERS[0]!;

/** Case and spacing folded, so "Landkreistag  NRW" and "LANDKREISTAG NRW" compare equal. */
export function fold(text: string): string {
  return text.toLowerCase().split(" ").filter((w) => w !== "").join(" ");
}

const BY_NAME = new Map(PUBLISHERS.flatMap((p) => p.names.map((name) => [fold(name), p] as const)));

/** The publisher a line names on its own ("Landkreistag NRW"), else null. */
export function publisherNamedBy(line: string): Publisher | null {
  return line.length > 80 ? null : (BY_NAME.get(fold(line)) ?? null);
}
