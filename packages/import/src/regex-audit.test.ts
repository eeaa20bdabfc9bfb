// Every regular expression on the path of imported or published text must run
// in linear time: one quadratic pattern let 80 KB of „….. take 5.7 s (issue 14).
// This test finds every pattern in the sources of the packages that read such
// text (TypeScript's parser finds the literals) and has recheck, a ReDoS
// checker, prove each one safe. A new pattern is audited the moment it is written.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// Where imported or published text goes: the import, the content package, both renderers, hyphenation, the CLI.
const SOURCES = ["packages/import/src", "packages/content/src", "packages/pdf/src", "packages/docx/src", "packages/hyphenation/src", "apps/cli/src"];

/**
 * Patterns recheck calls super-linear that cannot be on such input, each with
 * the reason. The test fails when one of them is gone, so the list stays true.
 */
const EXEMPT: { file: string; pattern: string; reason: string }[] = [
  ...[
    String.raw`<dcterms:created[^>]*>[^<]*<\/dcterms:created>`,
    String.raw`<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>`,
    String.raw`(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)`,
    String.raw`(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)`,
    String.raw`<w:font w:name="Source Sans 3"(?:\/>|>[\s\S]*?<\/w:font>)`,
    String.raw`<w:fonts([^>]*?)\/>\s*$`,
    String.raw`(<w:bookmark(?:Start|End)[^>]*? w:id=")(\d+)"`,
    String.raw`<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>`,
    String.raw`<w:r>(?:<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:tab\/><\/w:r>`,
    String.raw`<w:r>(?:<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:fldChar w:fldCharType="begin"[^>]*\/><w:instrText[^>]*>PAGEREF [^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/><\/w:r>`,
    String.raw`<w:instrText[^>]*>\s*TOC `,
    String.raw`<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>`,
    String.raw`<w:tabs>(?:(?!<\/w:tabs>)[\s\S])*<\/w:tabs>`,
    String.raw`<w:r>(<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:t(?: [^>]*)?>`,
  ].map((pattern) => ({
    file: "packages/docx/src/internals/xml-rewrites.ts",
    pattern,
    reason:
      "rewrites the XML docx writes, element by element; source text in it is escaped (&lt;), so it cannot open the elements these patterns wait for, and each match ends at its element's end",
  })),
  {
    file: "packages/docx/src/word-template.ts",
    pattern: String.raw`<Override(?=[^>]*\bPartName="\/word\/document\.xml")[^>]*>`,
    reason: "runs on [Content_Types].xml, which docx writes from part names alone",
  },
];
/** `new RegExp(…)` built from other patterns, with the reason it is safe. */
const EXEMPT_DYNAMIC = [
  { file: "packages/docx/src/internals/xml-rewrites.ts", reason: "joins two exempt patterns above; same XML" },
];

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "testing" || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) ? [path] : [];
  });
}

function patternsIn(file: string): { literals: Found[]; dynamic: Found[] } {
  const text = readFileSync(`${ROOT}${file}`, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  const dynamic: Found[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf("/");
      literals.push({ file, line: at(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      dynamic.push({ file, line: at(node), source: node.getText(), flags: "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, dynamic };
}

const files = SOURCES.flatMap(sourceFiles);
const found = files.map(patternsIn);
const literals = found.flatMap((f) => f.literals);
const dynamic = found.flatMap((f) => f.dynamic);
const exempt = (p: Found) => EXEMPT.some((e) => e.file === p.file && e.pattern === p.source);

describe("regular expressions on imported text", () => {
  it("are found in every package that handles such text", () => {
    expect(files.length).toBeGreaterThan(80);
    expect(literals.length).toBeGreaterThan(80);
    // The import's own patterns are among them.
    expect(literals.some((p) => p.file === "packages/import/src/header.ts")).toBe(true);
  });

  it("are built from literals, never from strings at run time (but the exempt ones)", () => {
    const unexpected = dynamic.filter((d) => !EXEMPT_DYNAMIC.some((e) => e.file === d.file)).map((d) => `${d.file}:${d.line}: ${d.source}`);
    expect(unexpected).toEqual([]);
  });

  it("each exemption still names a pattern that exists", () => {
    const stale = EXEMPT.filter((e) => !literals.some((p) => p.file === e.file && p.source === e.pattern));
    expect(stale).toEqual([]);
    expect(EXEMPT_DYNAMIC.filter((e) => !dynamic.some((d) => d.file === e.file))).toEqual([]);
  });

  it("recheck proves every other one linear", async () => {
    const failures: string[] = [];
    for (const p of literals.filter((l) => !exempt(l))) {
      const result = await check(p.source, p.flags, { timeout: 20_000 });
      if (result.status !== "safe") {
        const why = result.status === "vulnerable" ? `${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}` : `unknown: ${String(result.error.kind ?? result.error)}`;
        failures.push(`${p.file}:${p.line}: /${p.source}/${p.flags}: ${why}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("the checker would catch the pattern of issue 14", async () => {
    const result = await check(String.raw`[.,;:!?)\]]*$`, "");
    expect(result.status).toBe("vulnerable");
  });
});
