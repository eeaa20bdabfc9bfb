// The colours a reader sees: for every operator that paints (text, fills,
// strokes, images), the fill and stroke colour in effect, followed through
// q/Q and the colour operators as a viewer follows them. Two files whose
// pages paint the same things in the same colours give the same list, however
// many colour operators each writes. A colour operator that sets the colour
// already in effect is counted as redundant, one whose colour nothing is
// painted in (another follows first, or its q ... Q or page ends) as unused.
import { nameOf, type Operand, type Operation } from "./content-stream.js";
import { PdfFile } from "./objects.js";

/**
 * One painting operator and the colours in effect when it ran ("DeviceRGB
 * 0.1 0.2 0.3"). An image (Do, BI) or a shading (sh) is painted in its own colours: its entry
 * has none ("-").
 */
export interface PaintedColour {
  page: number;
  operator: string;
  fill: string;
  stroke: string;
}

export interface PaintedColours {
  painted: PaintedColour[];
  /** Colour operators that set the colour (and colour space) already in effect. */
  redundant: number;
  /** Colour operators whose colour nothing is painted in. */
  unused: number;
  /** Where they are: "page 2, operation 17" (counting the page's operations from 1). */
  unusedAt: string[];
  /** All colour operators (cs, scn, sc, g, rg, k and their stroke forms; cs+scn counts once). */
  colourOperators: number;
}

const PAINT = new Set(["Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s"]);
const INITIAL: Record<string, string> = { DeviceGray: "0", DeviceRGB: "0 0 0", DeviceCMYK: "0 0 0 1" };

/** One colour operator that changed the colour, and whether anything was painted in it. */
interface Setting {
  used: boolean;
  at: number;
}

interface State {
  fillSpace: string;
  fill: string;
  strokeSpace: string;
  stroke: string;
  /** The operators that set the colours in effect (null: the page's initial colour). */
  fillSet: Setting | null;
  strokeSet: Setting | null;
}

const numbers = (operands: Operand[]) => operands.map((o) => (typeof o === "number" ? String(o) : (nameOf(o) ?? "?"))).join(" ");

/** Follows the colour state of every page of `pdf`. */
export async function paintedColours(pdf: Uint8Array): Promise<PaintedColours> {
  const file = await PdfFile.read(pdf);
  const result: PaintedColours = { painted: [], redundant: 0, unused: 0, unusedAt: [], colourOperators: 0 };
  for (const page of file.pages) followPage(page.number, page.operations, result);
  return result;
}

function followPage(number: number, operations: Operation[], out: PaintedColours): void {
  let state: State = { fillSpace: "DeviceGray", fill: "0", strokeSpace: "DeviceGray", stroke: "0", fillSet: null, strokeSet: null };
  const stack: State[] = [];
  const settings: Setting[] = [];
  // A cs that is followed by an scn for the same colour is one change, judged at the scn.
  let pendingSpace: { stroke: boolean; before: State } | null = null;
  const set = (stroke: boolean, space: string, value: string) => {
    const before = pendingSpace?.stroke === stroke ? pendingSpace.before : state;
    pendingSpace = null;
    out.colourOperators++;
    const same = stroke ? before.strokeSpace === space && before.stroke === value : before.fillSpace === space && before.fill === value;
    if (same) {
      out.redundant++;
      // Changes nothing: the colour in effect stays the one set before.
      state = stroke ? { ...state, strokeSpace: before.strokeSpace, stroke: before.stroke } : { ...state, fillSpace: before.fillSpace, fill: before.fill };
      return;
    }
    const setting: Setting = { used: false, at };
    settings.push(setting);
    state = stroke ? { ...state, strokeSpace: space, stroke: value, strokeSet: setting } : { ...state, fillSpace: space, fill: value, fillSet: setting };
  };
  const paint = (operator: string) => {
    const fills = !(operator === "S" || operator === "s");
    const strokes = operator === "S" || operator === "s" || operator.startsWith("B") || operator.startsWith("b");
    if (fills && state.fillSet) state.fillSet.used = true;
    if (strokes && state.strokeSet) state.strokeSet.used = true;
    out.painted.push({ page: number, operator, fill: `${state.fillSpace} ${state.fill}`, stroke: `${state.strokeSpace} ${state.stroke}` });
  };
  let at = 0;
  for (const { operator, operands } of operations) {
    at++;
    switch (operator) {
      case "q":
        stack.push(state);
        break;
      case "Q":
        state = stack.pop() ?? state;
        break;
      case "cs":
      case "CS": {
        const stroke = operator === "CS";
        const space = nameOf(operands[0]) ?? "?";
        pendingSpace = { stroke, before: state };
        state = stroke ? { ...state, strokeSpace: space, stroke: INITIAL[space] ?? "?" } : { ...state, fillSpace: space, fill: INITIAL[space] ?? "?" };
        break;
      }
      case "sc":
      case "scn":
        set(false, state.fillSpace, numbers(operands));
        break;
      case "SC":
      case "SCN":
        set(true, state.strokeSpace, numbers(operands));
        break;
      case "g":
      case "rg":
      case "k":
      case "G":
      case "RG":
      case "K": {
        const stroke = operator === operator.toUpperCase();
        const space = { g: "DeviceGray", rg: "DeviceRGB", k: "DeviceCMYK" }[operator.toLowerCase()]!;
        set(stroke, space, numbers(operands));
        break;
      }
      default:
        if (operator === "Do" || operator === "BI" || operator === "sh") out.painted.push({ page: number, operator, fill: "-", stroke: "-" });
        else if (PAINT.has(operator)) paint(operator);
    }
  }
  for (const s of settings) {
    if (s.used) continue;
    out.unused++;
    out.unusedAt.push(`page ${number}, operation ${s.at}`);
  }
}
