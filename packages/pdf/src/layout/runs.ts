import type { LinkSpan } from "../text/links.js";

/** A stretch of one set line drawn in one go: plain text, part of a link, or a stand-in for a character no font has. */
export interface Run {
  text: string;
  /** The link this run belongs to. */
  link?: LinkSpan;
  /** The character the run stands in for (drawn as a box, read as the character). */
  actual?: string;
}

/** What a set text carries besides its lines: its links and the characters shown as stand-ins, by offset. */
export interface RunMarks {
  links: readonly LinkSpan[];
  /** Offset of a stand-in character → the character it replaces. */
  substitutes: ReadonlyMap<number, string>;
}

export const NO_MARKS: RunMarks = { links: [], substitutes: new Map() };

/**
 * Splits the text shown for one line (its text, perhaps with a trailing space)
 * at link boundaries and stand-ins. `start` is the line's offset in the set
 * text. A line with neither is one run, drawn exactly as before.
 */
export function lineRuns(shown: string, start: number, marks: RunMarks): Run[] {
  const end = start + shown.length;
  const links = marks.links.filter((l) => l.start < end && l.end > start);
  const stands: number[] = [];
  for (const at of marks.substitutes.keys()) if (at >= start && at < end) stands.push(at);
  if (links.length === 0 && stands.length === 0) return [{ text: shown }];
  const cuts = new Set<number>([0, shown.length]);
  for (const l of links) {
    cuts.add(Math.max(0, l.start - start));
    cuts.add(Math.min(shown.length, l.end - start));
  }
  for (const at of stands) {
    cuts.add(at - start);
    cuts.add(at - start + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const run: Run = { text: shown.slice(from, to) };
    const link = links.find((l) => l.start <= start + from && l.end >= start + to);
    if (link) run.link = link;
    const actual = marks.substitutes.get(start + from);
    if (actual !== undefined && to - from === 1) run.actual = actual;
    runs.push(run);
  }
  return runs;
}
