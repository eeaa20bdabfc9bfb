import { describe, expect, it } from "vitest";
import { bytesOf, dictOf, nameOf, parseOperations, parseToUnicode } from "./content-stream.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("content streams", () => {
  it("reads operators with their operands: names, numbers, strings, arrays, inline dictionaries", () => {
    const ops = parseOperations(enc("/P <</MCID 3>> BDC BT /F1 10.5 Tf 72 700 Td [<0041> -20 (a\\(b\\)\\101)] TJ ET EMC q 1 0 0 rg 0 0 5 5 re f Q"));
    expect(ops.map((o) => o.operator)).toEqual(["BDC", "BT", "Tf", "Td", "TJ", "ET", "EMC", "q", "rg", "re", "f", "Q"]);
    expect(nameOf(ops[0]!.operands[0])).toBe("P");
    expect(dictOf(ops[0]!.operands[1])?.get("MCID")).toBe(3);
    expect(ops[2]!.operands).toEqual([{ name: "F1" }, 10.5]);
    const tj = ops[4]!.operands[0] as unknown[];
    expect([...bytesOf(tj[0] as never)!]).toEqual([0x00, 0x41]);
    expect(tj[1]).toBe(-20);
    expect(new TextDecoder().decode(bytesOf(tj[2] as never))).toBe("a(b)A");
  });

  it("skips inline image data, which may hold any bytes", () => {
    const ops = parseOperations(enc("BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EMC) Tj\n EI Q"));
    expect(ops.map((o) => o.operator)).toEqual(["BI", "EI", "Q"]);
  });
});

describe("ToUnicode CMaps", () => {
  it("reads bfchar and both forms of bfrange", () => {
    const cmap = enc(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000><ffff> endcodespacerange
2 beginbfrange
<0000> <0002> [<0000> <0041> <00E4>]
<0010> <0012> <0061>
endbfrange
1 beginbfchar
<0020> <D83DDE00>
endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`);
    const map = parseToUnicode(cmap);
    expect([...map.entries()]).toEqual([
      [0, "\u0000"],
      [1, "A"],
      [2, "ä"],
      [0x10, "a"],
      [0x11, "b"],
      [0x12, "c"],
      [0x20, "😀"],
    ]);
  });
});
