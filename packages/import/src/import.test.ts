import type { Block } from "@handreichung/content";
import { describe, expect, it } from "vitest";
import { importCircular } from "./import.js";
import { fixture } from "./testing/fixtures.js";

const texts = (blocks: Block[]) => blocks.map((b) => (b.type === "list" ? b.items : "text" in b ? b.text : b.type));

describe("classic layout", () => {
  const { circular, warnings, layout } = importCircular(fixture("classic.txt"));

  it("reads the header, title and Az.; names the dropped icon line", () => {
    expect(layout).toBe("classic");
    expect(warnings).toEqual(['dropped page furniture: "ICON/icon_verband ICON/icon_finanzen icon-gemeindeverzeichnis icon-search"']);
    expect(circular).toMatchObject({
      id: "stgb-nrw-212-2011",
      issuer: "Städte- und Gemeindebund Nordrhein-Westfalen",
      series: "StGB NRW-Mitteilung",
      category: "Finanzen und Kommunalwirtschaft",
      number: 212,
      year: 2011,
      date: "2011-04-14",
      title: "Leitfaden zur Gebührenkalkulation in kleinen Gemeinden",
      fileReference: "G/3-1 800-09",
      models: [],
      publication: null,
      source: { citation: "StGB NRW-Mitteilung 212/2011 vom 14.04.2011", url: null },
    });
  });

  it("keeps paragraphs, the bullet list and the contact line; drops the icon line", () => {
    expect(circular.body.map((b) => b.type)).toEqual(["paragraph", "paragraph", "list", "heading", "paragraph"]);
    expect(circular.body[3]).toEqual({ type: "heading", level: 2, text: "Hinweise der Geschäftsstelle" });
    expect(circular.body[2]).toEqual({
      type: "list",
      ordered: false,
      items: [
        "die Ermittlung der ansatzfähigen Kosten;",
        "die kalkulatorische Verzinsung des Anlagekapitals;",
        "den Ausgleich von Kostenüber- und Kostenunterdeckungen.",
      ],
    });
    expect(circular.body[4]).toMatchObject({ type: "paragraph", text: expect.stringContaining("Tel. 0211-4587-000") });
    expect(JSON.stringify(circular)).not.toMatch(/icon|Az\.:/);
  });
});

describe("newer layout", () => {
  const { circular, warnings, layout } = importCircular(fixture("newer.txt"));

  it("skips the furniture lines before the header and reads single-line-break blocks", () => {
    expect(layout).toBe("newer");
    expect(warnings).toEqual([
      'dropped page furniture: "Eindrücke vom"',
      'dropped page furniture: "Hauptausschuss 2019"',
      'dropped page furniture: "ICON/icon_verband ICON/icon_datenverarbeitung icon-link-arrow icon-search"',
    ]);
    expect(circular).toMatchObject({ category: "Digitalisierung", number: 387, year: 2021, date: "2021-07-02", fileReference: "17.0.6.6.3-002" });
    expect(circular.title).toBe("Förderaufruf für digitale Bürgerdienste veröffentlicht");
    expect(texts(circular.body)).toEqual([
      "Das Land hat einen neuen Förderaufruf für die Digitalisierung kommunaler Bürgerdienste veröffentlicht.",
      "Gefördert werden insbesondere",
      ["die Einführung elektronischer Antragsverfahren,", "die Anbindung an das Servicekonto des Landes,", "Schulungen für Beschäftigte der Bürgerbüros."],
      "Anträge können bis zum 30.09.2021 gestellt werden. Weitere Informationen finden sich unter https://www.digitale-verwaltung.example/foerderung.",
      "Die Geschäftsstelle wird über den weiteren Verlauf berichten (vgl. StGB NRW-Mitteilung 120/2021 vom 03.03.2021).",
    ]);
  });

  it("drops a short label before the header as furniture, naming it", () => {
    const text = "Aktuelles aus dem Verband\nMitteilungen - Verband Intern\nStGB NRW-Mitteilung 5/2020 vom 07.01.2020\nTitel\nText.\nAz.: III";
    const result = importCircular(text);
    expect(result.layout).toBe("newer");
    expect(texts(result.circular.body)).toEqual(["Text."]);
    expect(result.warnings).toEqual(['dropped page furniture: "Aktuelles aus dem Verband"']);
    expect(result.dropped).toEqual(["Aktuelles aus dem Verband"]);
  });

  it("keeps a sentence before the header as body text, with a warning", () => {
    const text = "Der Verband informiert über Neues.\nMitteilungen - Verband Intern\nStGB NRW-Mitteilung 5/2020 vom 07.01.2020\nTitel\nText.\nAz.: III";
    const result = importCircular(text);
    expect(texts(result.circular.body)).toEqual(["Der Verband informiert über Neues.", "Text."]);
    expect(result.warnings).toEqual(['1 unrecognised line(s) around the header kept as body text, first: "Der Verband informiert über Neues."']);
  });
});

it("keeps a line between the category and the citation line as body text", () => {
  const text = "Mitteilungen - Verband Intern\n\nFoto: Geschäftsstelle\n\nStGB NRW-Mitteilung 5/2020 vom 07.01.2020\n\nTitel\n\nText.\n\nAz.: III";
  const result = importCircular(text);
  expect(result.circular).toMatchObject({ category: "Verband Intern", number: 5, title: "Titel" });
  expect(texts(result.circular.body)).toEqual(["Foto: Geschäftsstelle", "Text."]);
});

describe("archive layout", () => {
  const { circular, warnings, layout } = importCircular(fixture("archive.txt"));

  it("reads number and year from the bare N/JJJJ line; category and date are null", () => {
    expect(layout).toBe("archive");
    expect(circular).toMatchObject({ id: "stgb-nrw-87-1998", category: null, number: 87, year: 1998, date: null, source: null, fileReference: "III" });
    expect(circular.title).toBe("Neuregelung der Friedhofsgebühren");
    expect(warnings).toEqual([
      'dropped page furniture: "weiss"',
      'dropped page furniture: "Link kopieren"',
      'no category line ("Mitteilungen - …") found: category is null',
      'no date line ("vom TT.MM.JJJJ") found: date is null',
    ]);
  });

  it("drops the stray word and 'Link kopieren', keeps old spelling as written", () => {
    expect(JSON.stringify(circular)).not.toMatch(/weiss|Link kopieren/);
    expect(texts(circular.body)).toEqual([
      "Der Innenminister hat mitgeteilt, daß die Neuregelung der Friedhofsgebühren zum 1. Januar 1998 in Kraft getreten ist.",
      "Die Geschäftsstelle weist darauf hin, daß bestehende Satzungen bis zum Jahresende anzupassen sind. Ein Satzungsmuster wird den Mitgliedsgemeinden auf Anfrage übersandt.",
    ]);
  });
});

describe("body-only page", () => {
  it("imports body and Az.; title is a marked placeholder, the id comes from the file name", () => {
    const { circular, warnings, layout } = importCircular(fixture("body-only.txt"), { fileName: "fixtures/Umfrage Feuerwehr.txt" });
    expect(layout).toBe("body-only");
    expect(circular).toMatchObject({ id: "umfrage-feuerwehr", title: "Ohne Titel", category: null, number: null, year: null, date: null, fileReference: "II ke-ko", source: null });
    expect(circular.body).toHaveLength(3);
    expect(circular.body[2]).toEqual({ type: "paragraph", text: "Ansprechpartnerin ist Frau Muster, Tel. 0211-4587-111." });
    expect(warnings).toEqual([
      'no category line ("Mitteilungen - …") found: category is null',
      'no circular number ("N/JJJJ") found: number and year are null',
      'no date line ("vom TT.MM.JJJJ") found: date is null',
      'no title found: title is "Ohne Titel"',
    ]);
  });

  it("falls back to the id 'circular' without a file name", () => {
    expect(importCircular(fixture("body-only.txt")).circular.id).toBe("circular");
  });
});

describe("CRLF, BOM, non-breaking and trailing spaces", () => {
  const { circular, warnings } = importCircular(fixture("crlf-bom-nbsp.txt"));

  it("reads the header as if the text were clean", () => {
    expect(warnings).toEqual([]);
    expect(circular).toMatchObject({
      category: "Finanzen und Kommunalwirtschaft",
      number: 733,
      year: 2012,
      date: "2012-11-05",
      title: "Kassenkredite der Gemeinden im Jahr 2011",
      fileReference: "IV/1 902-02",
      source: { citation: "StGB NRW-Mitteilung 733/2012 vom 05.11.2012" },
    });
  });

  it("leaves no CR, BOM, NBSP or trailing space in any text", () => {
    // Each string as it is: JSON.stringify would write a CR or a tab as two other characters.
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(circular);
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.filter((text) => /[\r\ufeff\u00a0\t]| $/.test(text))).toEqual([]);
    expect(circular.body[1]).toEqual({ type: "list", ordered: false, items: ["Kreisangehörige Gemeinden: plus 7 Prozent;", "Kreisfreie Städte: plus 4 Prozent."] });
  });

  it("handles old Mac CR line ends too", () => {
    const text = fixture("classic.txt").replace(/\n/g, "\r");
    expect(importCircular(text).circular).toEqual(importCircular(fixture("classic.txt")).circular);
  });
});

describe("leftover HTML", () => {
  const { circular } = importCircular(fixture("html-leftovers.txt"));

  it("strips Word and HTML tags, keeps the text between them", () => {
    expect(circular.title).toBe("Rundschreiben zur Aufbewahrung von Personalakten");
    expect(JSON.stringify(circular)).not.toMatch(/<|o:p|MsoNormal/);
    expect(circular.body[0]).toEqual({ type: "paragraph", text: "Das Ministerium hat zur Aufbewahrung von Personalakten ein Rundschreiben herausgegeben." });
  });

  it("turns a closed <DIR> block into a quote, <br> into a space", () => {
    expect(circular.body.slice(1)).toEqual([
      { type: "paragraph", text: "Es heißt darin:" },
      { type: "quote", text: "Personalakten sind nach Beendigung des Dienstverhältnisses fünf Jahre aufzubewahren. Die Frist beginnt mit Ablauf des Kalenderjahres." },
      { type: "paragraph", text: "Die Geschäftsstelle empfiehlt, die Fristen in einer Dienstanweisung festzulegen." },
    ]);
  });

  it("an unclosed <DIR> quotes nothing", () => {
    const text = "Mitteilungen - Verband Intern\n\nStGB NRW-Mitteilung 1/2001 vom 02.01.2001\n\nTitel\n\n<DIR>Ein Satz.\n\nAz.: III";
    const { circular: c } = importCircular(text);
    expect(c.body).toEqual([{ type: "paragraph", text: "Ein Satz." }]);
    expect(c.fileReference).toBe("III");
  });
});

describe("press release, number year differs from date year", () => {
  const { circular, warnings } = importCircular(fixture("press-release.txt"));

  it("keeps 'Pressemitteilung: ' in the title and both years apart", () => {
    expect(warnings).toEqual(['dropped page furniture: "ICON/icon_verband icon-search"']);
    expect(circular).toMatchObject({
      id: "stgb-nrw-15-2005",
      category: "Verband Intern",
      number: 15,
      year: 2005,
      date: "2004-12-01",
      title: "Pressemitteilung: Städte und Gemeinden fordern verlässliche Finanzausstattung",
    });
  });

  it("a quotation that closes mid-line stays a paragraph", () => {
    expect(circular.body.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("Az. inside the body", () => {
  const { circular, warnings } = importCircular(fixture("court-ruling.txt"));

  it("takes the last standalone Az. line as the file reference", () => {
    expect(warnings).toEqual(['dropped page furniture: "ICON/icon_verband ICON/icon_umwelt icon-search"']);
    expect(circular.fileReference).toBe("IV/2 038-00-0");
  });

  it("keeps the court's Az., inline and standalone, in the body", () => {
    expect(texts(circular.body)).toEqual([
      "Das Oberverwaltungsgericht hat mit Urteil vom 12.03.2009 (Az.: 9 A 2345/07) entschieden, dass kalkulatorische Zinsen auf der Grundlage von Wiederbeschaffungszeitwerten angesetzt werden dürfen.",
      "Die Entscheidung ist im Volltext abrufbar:",
      "Oberverwaltungsgericht NRW, Urteil vom 12.03.2009",
      "Az.: 9 A 2345/07",
      "Das Gericht hat die Revision nicht zugelassen. Die Geschäftsstelle empfiehlt, laufende Kalkulationen anhand der Urteilsgründe zu überprüfen.",
    ]);
  });

  it("warns when body text follows the last Az. line, and keeps it", () => {
    const text = "Mitteilungen - Verband Intern\n\nStGB NRW-Mitteilung 2/2020 vom 02.01.2020\n\nTitel\n\nText.\n\nAz.: III\n\nNachtrag.";
    const result = importCircular(text);
    expect(result.circular.fileReference).toBe("III");
    expect(texts(result.circular.body)).toEqual(["Text.", "Nachtrag."]);
    expect(result.warnings).toEqual(['text follows the file reference line "Az.: III": kept in the body']);
  });
});

describe("numbered headings and long lists", () => {
  const { circular } = importCircular(fixture("numbered-headings.txt"));

  it("makes '1.' headings level 2 and '1.1' headings level 3, numbers kept", () => {
    expect(circular.body.filter((b) => b.type === "heading")).toEqual([
      { type: "heading", level: 2, text: "1. Ausgangslage" },
      { type: "heading", level: 3, text: "1.1 Rechtliche Grundlagen" },
      { type: "heading", level: 3, text: "1.2 Beteiligung der Gemeinden" },
      { type: "heading", level: 2, text: "2. Empfehlungen" },
      { type: "heading", level: 2, text: "3. Weiteres Vorgehen" },
    ]);
  });

  it("keeps a long list whole, its lead-in line a paragraph", () => {
    const at = circular.body.findIndex((b) => b.type === "list");
    expect(circular.body[at - 1]).toEqual({ type: "paragraph", text: "Bei der Fortschreibung sollten insbesondere folgende Punkte geprüft werden:" });
    const list = circular.body[at];
    expect(list?.type === "list" && list.items).toHaveLength(12);
    expect(circular.fileReference).toBe("31.5.001/003");
  });
});

describe("quoted ministry letter", () => {
  const { circular } = importCircular(fixture("ministry-letter.txt"));

  it("makes a „…“ letter one quote block of its paragraphs; its own Az. stays inside", () => {
    const quotes = circular.body.filter((b) => b.type === "quote");
    expect(quotes).toEqual([
      {
        type: "quote",
        blocks: [
          "„Sehr geehrte Damen und Herren,",
          "zu der Frage, ob Fahrten zu Fortbildungsveranstaltungen als Dienstreisen anzusehen sind, nehme ich wie folgt Stellung:",
          "Fahrten zu Fortbildungsveranstaltungen, die im dienstlichen Interesse liegen, sind Dienstreisen. Die Kosten werden nach den allgemeinen Vorschriften erstattet.",
          "Az.: 24-38.10.01",
          "Mit freundlichen Grüßen",
          "Im Auftrag“",
        ].map((text) => ({ type: "paragraph", text })),
      },
    ]);
    expect(circular.body.at(-1)).toEqual({ type: "paragraph", text: "Die Geschäftsstelle bittet, entsprechend zu verfahren." });
    expect(circular.fileReference).toBe("I/2 012-03");
  });

  it("a letter's Az. is not taken when the circular has none of its own", () => {
    const text = fixture("ministry-letter.txt").replace("\nAz.: I/2 012-03\n", "\n");
    const result = importCircular(text);
    expect(result.circular.fileReference).toBeNull();
    expect(result.warnings).toContain('no file reference ("Az.: …") found: fileReference is null');
  });
});

describe("invalid header values", () => {
  it("an impossible date is null with a warning, not a crash", () => {
    const text = fixture("classic.txt").replace("vom 14.04.2011", "vom 30.02.2004");
    const { circular, warnings } = importCircular(text);
    expect(circular.date).toBeNull();
    expect(circular.number).toBe(212);
    expect(warnings.slice(1)).toEqual(['invalid date "30.02.2004": date is null']);
  });

  it("a written-out month is read; a two-digit year is not guessed", () => {
    const named = importCircular(fixture("classic.txt").replace("vom 14.04.2011", "vom 14. April 2011"));
    expect(named.circular.date).toBe("2011-04-14");
    const short = importCircular(fixture("classic.txt").replace("212/2011", "212/11"));
    expect(short.circular).toMatchObject({ number: 212, year: null, id: "leitfaden-zur-gebuehrenkalkulation-in-kleinen-gemeinden" });
    expect(short.warnings.slice(1)).toEqual(['invalid year "11": year is null']);
  });

  it("a citation line without date gives a null date and a warning", () => {
    const { circular, warnings } = importCircular(fixture("classic.txt").replace(" vom 14.04.2011", ""));
    expect(circular).toMatchObject({ number: 212, year: 2011, date: null, source: { citation: "StGB NRW-Mitteilung 212/2011" } });
    expect(warnings.slice(1)).toEqual(['no date line ("vom TT.MM.JJJJ") found: date is null']);
  });
});

it("is deterministic", () => {
  expect(importCircular(fixture("numbered-headings.txt"))).toEqual(importCircular(fixture("numbered-headings.txt")));
});
