// Imports of hostile texts take time in proportion to their length. Each text
// is imported at 0.5 MB and at 2 MB: four times the text must cost about four
// times the work (CPU time: the best of two runs at 0.5 MB, one at 2 MB), never
// the sixteen times of a quadratic step (a quadratic step is as plain at these
// sizes as at 1 and 4 MB, in half the time). The process's CPU time includes V8's
// garbage collector threads, and a quick best run at 1 MB once made a linear
// text look 8.03 times slower at 4 MB (45 -> 365 ms): a pair that looks slow
// is measured again, twice at most, then with the best of two runs at the larger
// size as well. A quadratic step is slow every time. And a 10 MB text, the most
// the CLI reads, finishes within a generous bound.
import { describe, expect, it } from "vitest";
import { ImportError } from "./errors.js";
import { importCircular, MAX_LINES } from "./import.js";

const MB = 1_000_000;
const HEADER = "Mitteilungen - Verband Intern\n\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\n\nTitel\n\n";
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
// Lines of ~100 characters: a 4 MB text stays under MAX_LINES and goes through every step.
const line = (text: string) => `${text}${"x".repeat(Math.max(0, 99 - text.length))}\n`;

/** Hostile bodies of about `n` characters, each aimed at one step of the import. */
const HOSTILE: Record<string, (n: number) => string> = {
  // issue 14: a line opening with „ and many dots took 5.7 s for 80 KB.
  "„ and dots": (n) => `„${".".repeat(n)}`,
  "nested marks on one line": (n) => "„".repeat(n / 2) + "“".repeat(n / 2),
  "quotes that never close": (n) => repeat(line("„Zitat, das nicht schließt "), n),
  "paragraphs each reopening a quote": (n) => repeat(line("„Absatz eines langen Zitats "), n) + "„Ende.“",
  "ASCII quotes": (n) => '"'.repeat(n),
  "unclosed tags": (n) => repeat("<a ", n),
  "nested <DIR> on one line": (n) => "<DIR>".repeat(n / 11) + "</DIR>".repeat(n / 11),
  "indented groups with lead-ins": (n) => repeat("Es heißt darin:\n<DIR>\n" + line("Sehr geehrte Damen und Herren, ") + "</DIR>\n", n),
  "one run of spaces": (n) => `a${" ".repeat(n)}b`,
  "tabs on one line": (n) => repeat("x\t", n),
  "column-aligned rows": (n) => repeat(line("Kreis Musterstadt       1.234,5        plus 3 Prozent    "), n),
  "bullets and lone dashes": (n) => repeat("- " + line("Punkt ") + line("Text, der folgt. "), n),
  "numbered lines counting up": (n) => Array.from({ length: Math.floor(n / 100) }, (_, i) => line(`${i + 1}. Punkt `)).join(""),
  "sub-numbers": (n) => repeat("1.", n),
  "prose without an end": (n) => repeat("wort ", n),
  "an endless Az. line": (n) => `Az.: ${"A".repeat(n)}`,
  "header lines again and again": (n) => repeat("Mitteilungen - X\nStGB NRW-Mitteilung 1/2004 vom 02.01.2004\nRundschreiben Nr. 1/2004\n" + line("Titel "), n),
};

function cpuMs(text: string): number {
  const start = process.cpuUsage();
  try {
    importCircular(text);
  } catch (error) {
    // Refusing is an answer too, as long as it is a typed one.
    if (!(error instanceof ImportError)) throw error;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const bestOf = (runs: number, text: string) => Math.min(...Array.from({ length: runs }, () => cpuMs(text)));
const text = (name: string, bytes: number) => `${HEADER}${HOSTILE[name]!(bytes)}\n\nAz.: I\n`;

describe("import time grows linearly with the text", () => {
  it.each(Object.keys(HOSTILE))("%s: 2 MB costs at most 8 × 0.5 MB", (name) => {
    cpuMs(text(name, 100_000)); // warm up the JIT
    const measured: string[] = [];
    let ratio = Infinity;
    // Linear is 4; quadratic 16. Below 25 ms, timer and GC noise dominate: count it as 25 ms.
    for (let pair = 0; pair < 3 && ratio >= 8; pair++) {
      const small = bestOf(2, text(name, MB / 2));
      const large = bestOf(pair === 0 ? 1 : 2, text(name, 2 * MB));
      ratio = Math.min(ratio, large / Math.max(small, 25));
      measured.push(`${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`);
    }
    expect(ratio, measured.join(", ")).toBeLessThan(8);
  }, 120_000);
});

describe("a 10 MB text is imported (or refused) within seconds", () => {
  it.each(Object.keys(HOSTILE))("%s", (name) => {
    expect(cpuMs(text(name, 10 * MB))).toBeLessThan(15_000);
  }, 120_000);

  it("a text of more than MAX_LINES lines is refused before it is read further", () => {
    const lines = "x\n".repeat(MAX_LINES + 1);
    expect(() => importCircular(lines)).toThrow(`the text has ${MAX_LINES + 2} lines; the text of a circular has at most ${MAX_LINES}`);
    expect(cpuMs(repeat("„x\n", 10 * MB))).toBeLessThan(2_000);
  });
});
