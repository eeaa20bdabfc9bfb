// A reader for PDF content streams and CMaps: operands and operators, one
// pass, no regular expressions. Enough to follow marked content, the fonts and
// glyph codes of text, and the colour operators — what the PDF/A and PDF/UA
// checks need to see inside a page.

/** An operand: number, name (without "/"), string (as bytes), array or inline dictionary. */
export type Operand = number | { name: string } | { bytes: Uint8Array } | Operand[] | { dict: Map<string, Operand> } | boolean | null;

export interface Operation {
  operator: string;
  operands: Operand[];
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1);

type Token = { kind: "operand"; value: Operand } | { kind: "word"; value: string } | { kind: "open-array" } | { kind: "close-array" } | { kind: "open-dict" } | { kind: "close-dict" };

/** The tokens of a content stream or CMap, in order. */
function* tokens(data: Uint8Array): Generator<Token> {
  let i = 0;
  const n = data.length;
  while (i < n) {
    const c = data[i]!;
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x2f) {
      let j = i + 1;
      while (j < n && !isWhite(data[j]!) && !isDelimiter(data[j]!)) j++;
      yield { kind: "operand", value: { name: decodeName(data.subarray(i + 1, j)) } };
      i = j;
      continue;
    }
    if (c === 0x28) {
      const { bytes, end } = literalString(data, i);
      yield { kind: "operand", value: { bytes } };
      i = end;
      continue;
    }
    if (c === 0x3c && data[i + 1] === 0x3c) {
      yield { kind: "open-dict" };
      i += 2;
      continue;
    }
    if (c === 0x3e && data[i + 1] === 0x3e) {
      yield { kind: "close-dict" };
      i += 2;
      continue;
    }
    if (c === 0x3c) {
      const out: number[] = [];
      let half = -1;
      let j = i + 1;
      for (; j < n && data[j] !== 0x3e; j++) {
        const v = hexValue(data[j]!);
        if (v < 0) continue;
        if (half < 0) half = v;
        else {
          out.push(half * 16 + v);
          half = -1;
        }
      }
      if (half >= 0) out.push(half * 16);
      yield { kind: "operand", value: { bytes: Uint8Array.from(out) } };
      i = j + 1;
      continue;
    }
    if (c === 0x5b) {
      yield { kind: "open-array" };
      i++;
      continue;
    }
    if (c === 0x5d) {
      yield { kind: "close-array" };
      i++;
      continue;
    }
    if (c === 0x7b || c === 0x7d || c === 0x29 || c === 0x3e) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isWhite(data[j]!) && !isDelimiter(data[j]!)) j++;
    // Words are short; a long run of bytes is not one (and must not overflow the argument list).
    const word = j - i > 256 ? "?" : String.fromCharCode(...data.subarray(i, j));
    i = j;
    const number = Number(word);
    if (word !== "" && !Number.isNaN(number) && /^[+\-.\d]/.test(word)) yield { kind: "operand", value: number };
    else if (word === "true" || word === "false") yield { kind: "operand", value: word === "true" };
    else if (word === "null") yield { kind: "operand", value: null };
    else if (word === "ID") {
      // Inline image data: binary up to "EI" between white space.
      let k = i + 1;
      while (k + 2 < n && !(isWhite(data[k]!) && data[k + 1] === 0x45 && data[k + 2] === 0x49 && (k + 3 >= n || isWhite(data[k + 3]!)))) k++;
      i = k + 3;
      yield { kind: "word", value: "EI" };
    } else yield { kind: "word", value: word };
  }
}

function decodeName(raw: Uint8Array): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0x23 && i + 2 < raw.length + 0 && hexValue(raw[i + 1]!) >= 0 && hexValue(raw[i + 2]!) >= 0) {
      out += String.fromCharCode(hexValue(raw[i + 1]!) * 16 + hexValue(raw[i + 2]!));
      i += 2;
    } else out += String.fromCharCode(raw[i]!);
  }
  return out;
}

function literalString(data: Uint8Array, start: number): { bytes: Uint8Array; end: number } {
  const out: number[] = [];
  let depth = 0;
  let i = start;
  for (; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x28) {
      if (depth > 0) out.push(c);
      depth++;
    } else if (c === 0x29) {
      depth--;
      if (depth === 0) break;
      out.push(c);
    } else if (c === 0x5c) {
      const e = data[++i]!;
      const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
      if (simple[e] !== undefined) out.push(simple[e]!);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && data[i + 1]! >= 0x30 && data[i + 1]! <= 0x37; k++) v = v * 8 + (data[++i]! - 0x30);
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (data[i + 1] === 0x0a) i++;
      } else if (e !== 0x0a) out.push(e);
    } else out.push(c);
  }
  return { bytes: Uint8Array.from(out), end: i + 1 };
}

/** The operations of a content stream (or the keywords of a CMap), with their operands. */
export function parseOperations(data: Uint8Array): Operation[] {
  const ops: Operation[] = [];
  const stack: Operand[][] = [[]];
  const dicts: { entries: Operand[] }[] = [];
  for (const token of tokens(data)) {
    const top = stack[stack.length - 1]!;
    switch (token.kind) {
      case "operand":
        top.push(token.value);
        break;
      case "open-array":
        stack.push([]);
        break;
      case "close-array":
        if (stack.length > 1) {
          const arr = stack.pop()!;
          stack[stack.length - 1]!.push(arr);
        }
        break;
      case "open-dict":
        dicts.push({ entries: [] });
        stack.push(dicts[dicts.length - 1]!.entries);
        break;
      case "close-dict": {
        if (stack.length > 1 && dicts.length > 0) {
          const entries = stack.pop()!;
          dicts.pop();
          const dict = new Map<string, Operand>();
          for (let k = 0; k + 1 < entries.length; k += 2) {
            const key = entries[k];
            if (key && typeof key === "object" && "name" in key) dict.set(key.name, entries[k + 1]!);
          }
          stack[stack.length - 1]!.push({ dict });
        }
        break;
      }
      case "word":
        if (stack.length > 1) {
          // A keyword inside an array or dictionary (a CMap's "def"): keep it as a name.
          top.push({ name: token.value });
          break;
        }
        ops.push({ operator: token.value, operands: top.splice(0) });
        break;
    }
  }
  return ops;
}

export const nameOf = (o: Operand | undefined): string | undefined => (o && typeof o === "object" && "name" in o ? o.name : undefined);
export const bytesOf = (o: Operand | undefined): Uint8Array | undefined => (o && typeof o === "object" && "bytes" in o ? o.bytes : undefined);
export const dictOf = (o: Operand | undefined): Map<string, Operand> | undefined => (o && typeof o === "object" && "dict" in o ? o.dict : undefined);

/** A ToUnicode CMap: character code (as a number) → Unicode text. */
export function parseToUnicode(data: Uint8Array): Map<number, string> {
  const map = new Map<number, string>();
  const code = (b: Uint8Array) => b.reduce((v, x) => v * 256 + x, 0);
  const utf16 = (b: Uint8Array) => {
    let s = "";
    for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i]! * 256 + b[i + 1]!);
    return s;
  };
  const ops = parseOperations(data);
  for (const op of ops) {
    if (op.operator === "endbfchar") {
      for (let i = 0; i + 1 < op.operands.length; i += 2) {
        const src = bytesOf(op.operands[i]);
        const dst = bytesOf(op.operands[i + 1]);
        if (src && dst) map.set(code(src), utf16(dst));
      }
    } else if (op.operator === "endbfrange") {
      for (let i = 0; i + 2 < op.operands.length; i += 3) {
        const lo = bytesOf(op.operands[i]);
        const hi = bytesOf(op.operands[i + 1]);
        const dst = op.operands[i + 2];
        if (!lo || !hi) continue;
        const from = code(lo);
        const to = code(hi);
        if (Array.isArray(dst)) {
          for (let c = from; c <= to && c - from < dst.length; c++) {
            const d = bytesOf(dst[c - from]);
            if (d) map.set(c, utf16(d));
          }
        } else {
          const d = bytesOf(dst);
          if (!d) continue;
          const base = utf16(d);
          for (let c = from; c <= to && c - from < 0x10000; c++) {
            map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - from)));
          }
        }
      }
    }
  }
  return map;
}
