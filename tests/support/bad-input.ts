import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** An expected stderr line: exact text (with `{re:…}` fragments), or a regex for the whole line. */
export type ExpectedLine = string | { re: string };

/** One entry of tests/fixtures/bad/cases.json. */
export interface BadInputCase {
  id: string;
  title: string;
  args: string[];
  code: number;
  stderr: ExpectedLine[];
  stdout?: ExpectedLine[];
  /** Compare stderr lines as a set: zod reports some problems in its own order. */
  unordered?: boolean;
  env?: Record<string, string>;
  /** Files put into {out} before the run; they must be unchanged after it. */
  seed?: Record<string, string>;
  /** Files (relative to {out}) the run must write; nothing else may appear. */
  created?: string[];
  /** Which generated input the case needs (see generateInputs). */
  generate?: string;
}

export type Placeholders = Record<"dir" | "out" | "gen", string>;

export function substitute(text: string, values: Placeholders): string {
  return text.replace(/\{(dir|out|gen)\}/g, (_, key: keyof Placeholders) => values[key]);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The line as a regex: placeholders become their (escaped) values, `{re:…}` stays a regex. */
export function lineMatcher(line: ExpectedLine, values: Placeholders): RegExp {
  if (typeof line !== "string") {
    const withValues = line.re.replace(/\\\{(dir|out|gen)\\\}/g, (_, key: keyof Placeholders) => escapeRegex(values[key]));
    return new RegExp(withValues);
  }
  const parts = line.split(/\{re:([^}]*)\}/);
  return new RegExp(`^${parts.map((part, i) => (i % 2 === 1 ? part : escapeRegex(substitute(part, values)))).join("")}$`);
}

/** Every file under `dir` (relative paths, sorted) with a hash of its bytes. */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 16);
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const MB = 1024 * 1024;

/**
 * Writes the large and deep inputs into `gen` (a temp folder, never the repo):
 * 20 MB files, a 51 MB list, 50 MB logos and 100 000-deep nesting do not belong in git.
 */
export function generateInputs(gen: string, logo: Uint8Array): void {
  const huge = "x".repeat(20 * MB - 40);
  writeFileSync(join(gen, "huge.json"), `{"id": "x", "issuer": "A", "title": "${huge}"}`);
  writeFileSync(join(gen, "huge-list.json"), JSON.stringify([{ name: `Stadt ${huge}` }]));
  // A list just over a batch list's 50 MB: refused by its size before it is parsed.
  writeFileSync(join(gen, "too-big-list.json"), `[${" ".repeat(51 * MB - 2)}]`);
  const depth = 500_000;
  writeFileSync(join(gen, "deep.json"), `{"name": ${"[".repeat(depth)}${"]".repeat(depth)}}`);
  writeFileSync(join(gen, "deep.yaml"), `name: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
  const big = Buffer.alloc(50 * MB);
  big.set(logo);
  writeFileSync(join(gen, "big.png"), big);
  writeFileSync(join(gen, "big-logo.yaml"), "name: Stadt A\nlogo:\n  path: big.png\n  alt: Wappen\n");
}
