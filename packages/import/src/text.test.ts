import { expect, it } from "vitest";
import { importCircular } from "./import.js";
import { fixture } from "./testing/fixtures.js";
import { circularToText } from "./text.js";

it("writes the circular back in the classic layout", () => {
  expect(circularToText(importCircular(fixture("html-leftovers.txt")).circular)).toMatchInlineSnapshot(`
    "Mitteilungen - Recht, Personal, Organisation

    StGB NRW-Mitteilung 64/2001 vom 30.01.2001

    Rundschreiben zur Aufbewahrung von Personalakten

    Das Ministerium hat zur Aufbewahrung von Personalakten ein Rundschreiben herausgegeben.
    Es heißt darin:
    <DIR>
    Personalakten sind nach Beendigung des Dienstverhältnisses fünf Jahre aufzubewahren. Die Frist beginnt mit Ablauf des Kalenderjahres.
    </DIR>
    Die Geschäftsstelle empfiehlt, die Fristen in einer Dienstanweisung festzulegen.

    Az.: I/1 011-01
    "
  `);
});

it("leaves out what is unknown and the placeholder title, and builds a citation from number and year", () => {
  const archive = importCircular(fixture("archive.txt")).circular;
  expect(circularToText(archive).split("\n").slice(0, 4)).toEqual(["StGB NRW-Mitteilung 87/1998", "", "Neuregelung der Friedhofsgebühren", ""]);
  const bodyOnly = importCircular(fixture("body-only.txt")).circular;
  expect(circularToText(bodyOnly).startsWith("Die Geschäftsstelle bittet")).toBe(true);
});
