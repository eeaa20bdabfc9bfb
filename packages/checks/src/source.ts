import { isPageNoise, missingSentences, normalizeForCoverage, sentencesOutOfOrder, sourceSentences } from "@handreichung/content/data";
import type { Finding } from "./findings.js";

/**
 * The body of a published circular: the lines after its title and before its
 * closing "Az.:" line. The lines around it (category, citation, title, Az.)
 * are facts a document may set in its title block, so only the body's order
 * is the source's to dictate. With no line equal to one of `titles`, all of it.
 */
export function sourceBody(source: string, titles: readonly string[]): string {
  const lines = source.split(/\r\n|\n|\r/);
  const wanted = new Set(titles.map(normalizeForCoverage).filter((t) => t !== ""));
  // A line as the coverage check reads it: tags and furniture left out.
  const start = lines.findIndex((line) => wanted.has(normalizeForCoverage(sourceSentences(line).join(""))));
  let end = lines.length;
  while (end > 0 && (/^\s*$/.test(lines[end - 1]!) || sourceSentences(lines[end - 1]!).length === 0)) end--;
  if (end > 0 && /^\s*Az\.:/.test(lines[end - 1]!)) end--;
  return lines.slice(start + 1, end).join("\n");
}

/** "Every source sentence is there, the body in the source's order", as findings. */
export function sourceFindings(source: string, text: string, titles: readonly string[], where: string): Finding[] {
  const findings: Finding[] = [];
  const total = sourceSentences(source).length;
  const missing = missingSentences(source, text);
  if (missing.length > 0) {
    findings.push({ check: "sentences", message: `${missing.length}/${total} source sentences missing from ${where}: ${missing.map((m) => JSON.stringify(m.slice(0, 90))).join(", ")}` });
  }
  const disordered = sentencesOutOfOrder(sourceBody(source, titles), text);
  if (disordered.length > 0) {
    findings.push({ check: "order", message: `${disordered.length} sentences of the body out of the source's order in ${where}: ${disordered.map((m) => JSON.stringify(m.slice(0, 90))).join(", ")}` });
  }
  return findings;
}

/** A list in the source: a line starting with "- " or "• ". */
export function sourceHasList(source: string): boolean {
  return /^\s*[-•]\s+\S/m.test(source);
}

/** A subheading in the source: a short line after the header that is not a sentence, list item or the Az. line (as pdf_check.py judges). */
export function sourceHasSubheading(source: string): boolean {
  const lines = source
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !isPageNoise(l));
  return lines.slice(3).some((l) => l.length <= 60 && !/[.:;,!?]$/.test(l) && !/^(-|•|Az\.)/.test(l) && /[A-Za-zÄÖÜäöüß]{3}/.test(l));
}
