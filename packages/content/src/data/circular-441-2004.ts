import type { Circular } from "../types.js";

/**
 * StGB NRW-Mitteilung 441/2004 "Handbuch Integrationsarbeit", word for word
 * and in reading order. Typed, not parsed: importing it costs no zod.
 */
export const circular441: Circular = {
  id: "stgb-nrw-441-2004",
  issuer: "Städte- und Gemeindebund Nordrhein-Westfalen",
  series: "StGB NRW-Mitteilung",
  category: "Recht, Personal, Organisation",
  number: 441,
  year: 2004,
  date: "2004-05-26",
  title: "Handbuch Integrationsarbeit",
  fileReference: "I/1 800",
  body: [
    {
      type: "paragraph",
      text:
        "Das neu erstellte Handbuch „Integrationsarbeit – effektiv organisiert. Konzepte von Kommunen für Kommunen“ beruht auf der Zusammenarbeit von Land, Kommunen sowie der Freien Wohlfahrtspflege und wurde von der Kommunalen Gemeinschaftsstelle für Verwaltungsvereinfachung erarbeitet. " +
        "Die Empfehlungen des Handbuchs beruhen auf Erkenntnissen aus Modellversuchen, auf Feldstudien und auf Interviews mit Praktikern.",
    },
    { type: "paragraph", text: "Das Buch" },
    {
      type: "list",
      ordered: false,
      items: [
        "zeigt den Kommunen Möglichkeiten auf, wie und vor allem mit welcher Organisation die Integration wirkungsvoller gelingen kann;",
        "schildert strategische Herangehensweisen an die Aufgabe „Integration“ - auch mit praktischen Beispielen;",
        "macht deutlich, dass die Effekte der Integrationsarbeit durch eine bessere Steuerung ohne Mehrkosten erhöht werden können.",
      ],
    },
    { type: "paragraph", text: "Beispielhaft werden vier Lösungen „vor Ort“ dargestellt:" },
    { type: "models" },
    { type: "publication" },
  ],
  models: [
    {
      id: "arnsberg",
      municipality: "Stadt Arnsberg",
      name: "Arnsberg",
      kind: "Stadt",
      text: [
        "Die Stadt Arnsberg hat das Ausländeramt zusammen mit dem Fachdienst „Zuwanderung und Wohnungsvermittlung“ dem Fachdienst „Bürgerdienste, Soziales, Sicherheit“ zugeordnet. " +
          "Nach diesem ganzheitlichen Ansatz wurden Ausländeramt, Asylbewerberleistungen und Flüchtlingsleistungen zusammengeführt.",
      ],
      keyPoints: [
        "dem Fachdienst „Bürgerdienste, Soziales, Sicherheit“ zugeordnet",
        // A whole clause: "ganzheitlichen Ansatz" alone is a dative without its preposition.
        "Nach diesem ganzheitlichen Ansatz wurden Ausländeramt, Asylbewerberleistungen und Flüchtlingsleistungen zusammengeführt",
      ],
    },
    {
      id: "essen",
      municipality: "Stadt Essen",
      name: "Essen",
      kind: "Stadt",
      text: [
        "Das Modell der Stadt Essen basiert auf einem hoch entwickelten System neuer Steuerung und strategischen Managements. " +
          "Dafür wurde eine Stabsstelle eingerichtet. " +
          "Dies erfordert eine hohe Vernetzung – und unterstreicht auch organisatorisch den Querschnittscharakter der Aufgabe „Interkulturelle Arbeit“.",
      ],
      keyPoints: [
        "System neuer Steuerung und strategischen Managements",
        "Stabsstelle eingerichtet",
        "hohe Vernetzung",
        "Querschnittscharakter der Aufgabe „Interkulturelle Arbeit“",
      ],
    },
    {
      id: "paderborn",
      municipality: "Kreis Paderborn",
      name: "Paderborn",
      kind: "Kreis",
      text: [
        "Der Kreis Paderborn setzt auf Bündelung aller Kräfte im sozialen Bereich. " +
          "Insbesondere gibt es keine Trennung zwischen deutschstämmigen und ausländischen Migrantinnen und Migranten in den Programmen. " +
          "Ein Merkmal ist die Integration durch eigene Landsleute. " +
          "Eine wichtige Rolle spielt auch die sogenannte aufsuchende Sprachförderung.",
      ],
      keyPoints: [
        "Bündelung aller Kräfte im sozialen Bereich",
        "keine Trennung zwischen deutschstämmigen und ausländischen Migrantinnen und Migranten",
        "Integration durch eigene Landsleute",
        "aufsuchende Sprachförderung",
      ],
    },
    {
      id: "wuppertal",
      municipality: "Stadt Wuppertal",
      name: "Wuppertal",
      kind: "Stadt",
      text: [
        "Auch in Wuppertal wird Integration als Querschnittsaufgabe angesehen. " +
          "Das bedeutet vor allem die Bündelung der Verwaltungseinheiten, die ausschließlich im Migrationsbereich tätig sind, in einem Ressort. " +
          "Hinzu kommt eine vorübergehende Unterstützung anderer Bereiche der Verwaltung bei neuen oder veränderten Aufgaben, um Ängsten zu begegnen und eine interkulturelle Öffnung zu unterstützen.",
      ],
      keyPoints: [
        "Integration als Querschnittsaufgabe",
        "Bündelung der Verwaltungseinheiten, die ausschließlich im Migrationsbereich tätig sind, in einem Ressort",
        "vorübergehende Unterstützung anderer Bereiche der Verwaltung",
        "interkulturelle Öffnung",
      ],
    },
  ],
  publication: {
    title: "Integrationsarbeit – effektiv organisiert",
    subtitles: ["Konzepte von Kommunen für Kommunen", "Konzepte von und für Kommunen"],
    author: "Kommunale Gemeinschaftsstelle für Verwaltungsvereinfachung",
    free: true,
    orderAddress: [
      "Ministerium für Gesundheit, Soziales, Frauen und Familie des Landes NRW",
      "Broschürenstelle",
      "40190 Düsseldorf",
    ],
    url: "www.mgsff.nrw.de",
    download: true,
    text:
      "Das kostenlose Handbuch „Integrationsarbeit – effektiv organisiert. Konzepte von und für Kommunen“ kann schriftlich bestellt werden beim Ministerium für Gesundheit, Soziales, Frauen und Familie des Landes NRW, Broschürenstelle, 40190 Düsseldorf oder im Internet (www.mgsff.nrw.de) und steht dort auch als Download zur Verfügung",
  },
  source: {
    citation: "StGB NRW-Mitteilung 441/2004 vom 26.05.2004",
    url: null,
  },
  incomplete: null,
};
