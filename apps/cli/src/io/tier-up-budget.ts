import { setFlagsFromString } from "node:v8";

/**
 * V8 optimises a function (TurboFan) once it has run through an "interrupt
 * budget" of bytecode a few times. For this CLI's work, Node 20's budget
 * (67,584) optimises early and often: the optimising compiler's threads share
 * the cores with the renderers, and much of what it compiles is soon thrown
 * away. Sixteen times that budget, measured alternately on 2 cores (wall
 * time): `build` −12 to −18 %, a 200-page `build` −14 %, a batch −17 %,
 * `pdf` −2 to −14 %, `docx` −2 to −8 % (two sets of runs), and a fifth
 * less CPU time everywhere. Output bytes do not depend on it.
 */
export const TIER_UP_BUDGET = 16 * 67_584;

/**
 * Sets the budget, before the renderers load, on the V8 it was measured on
 * (11.x, Node 20): another V8 may have another default, or print an error
 * for a flag it no longer knows. Worker threads share the process's flags.
 * True when set.
 */
export function raiseTierUpBudget(v8Version: string = process.versions.v8, set: (flags: string) => void = setFlagsFromString): boolean {
  if (!v8Version.startsWith("11.")) return false;
  set(`--interrupt-budget=${TIER_UP_BUDGET}`);
  return true;
}
