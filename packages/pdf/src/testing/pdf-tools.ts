// Test helpers: poppler/qpdf wrappers and fixtures. Everything is written under os.tmpdir().
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const dir = mkdtempSync(join(tmpdir(), "handreichung-pdf-test-"));
let n = 0;

/** Writes PDF bytes to a fresh temp file and returns its path. */
export function tempPdf(bytes: Uint8Array, name = "out"): string {
  const path = join(dir, `${name}-${++n}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

export function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [path]))![1]);
}

/** Plain text of one page (1-based), or all pages. */
export function pdfText(path: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return run("pdftotext", [...range, "-layout", path, "-"]);
}

/** The bookmark titles, depth-first, with their depth (0 = top). */
export function outlineTitles(path: string): { title: string; depth: number }[] {
  const json = JSON.parse(run("qpdf", ["--json", "--json-key=outlines", path])) as { outlines: Outline[] };
  const out: { title: string; depth: number }[] = [];
  const walk = (items: Outline[], depth: number) =>
    items.forEach((o) => {
      out.push({ title: o.title, depth });
      walk(o.kids, depth + 1);
    });
  walk(json.outlines, 0);
  return out;
}
interface Outline {
  title: string;
  kids: Outline[];
}

export interface StructNode {
  role: string;
  depth: number;
  text: string;
  /** Attributes poppler lists under the element ("Scope": "/Column"). */
  attributes: Record<string, string>;
  children: StructNode[];
}

/** The structure tree as poppler reads it (`pdfinfo -struct-text`). */
export function structTree(path: string): StructNode {
  const lines = run("pdfinfo", ["-struct-text", path]).split("\n");
  const root: StructNode = { role: "(root)", depth: -1, text: "", attributes: {}, children: [] };
  const stack: StructNode[] = [root];
  for (const line of lines) {
    // An element with attributes ends in a colon ("TH:"), its attributes follow ("/Scope /Column").
    const m = /^(\s*)([A-Za-z0-9]+)(?: \((?:block|inline)\))?:?\s*$/.exec(line);
    const t = /^(\s*)"(.*)"\s*$/.exec(line);
    const a = /^\s*\/([A-Za-z]+) (.*)$/.exec(line);
    if (m) {
      const depth = m[1]!.length;
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const node: StructNode = { role: m[2]!, depth, text: "", attributes: {}, children: [] };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    } else if (t) {
      stack[stack.length - 1]!.text += t[2];
    } else if (a) {
      stack[stack.length - 1]!.attributes[a[1]!] = a[2]!.trim();
    }
  }
  return root;
}

/** All nodes of a tree, depth-first. */
export function flatten(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** Text of a node and its descendants. */
export function textOf(node: StructNode): string {
  return node.text + node.children.map(textOf).join("");
}

/** A small RGB PNG (a striped shield-like block), made here so tests need no image files. */
export function makePng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      const stripe = Math.floor(x / (width / 5)) % 2 === 0;
      raw[o] = stripe ? 0x1d : 0xf0;
      raw[o + 1] = stripe ? 0x4f : 0xc0;
      raw[o + 2] = stripe ? 0x7a : 0x20;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
