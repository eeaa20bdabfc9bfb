import type { Circular } from "@handreichung/content";
import { DATE_RANGE, DATE_RULE, isoDateProblem, selectModels, todayInGermany, UnknownModelError } from "@handreichung/content/data";
import { InputError, UsageError } from "./errors.js";

// The last second of 9999-12-31: a later SOURCE_DATE_EPOCH has a five-digit year.
const LAST_EPOCH = Date.UTC(10000, 0, 1) / 1000 - 1;

/**
 * The document date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else
 * today in Germany. Never the machine's time zone, so output does not depend on it.
 * Checked by the content package's one date rule: a real date from 1900 to 9999.
 */
export function resolveDate(option: string | undefined, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (option !== undefined) {
    const problem = isoDateProblem(option);
    if (problem) throw new UsageError(`--date: "${option}" is not ${DATE_RULE[problem]}`);
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d{1,15}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds`);
    // Seconds since 1970 are never before 1900; only the upper end needs a check.
    if (Number(epoch) > LAST_EPOCH) throw new UsageError(`SOURCE_DATE_EPOCH: "${epoch}" is after ${DATE_RANGE.last}`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return todayInGermany(now);
}

/** Parses `--models arnsberg,essen` and checks it with the content package's selectModels, the one model-id check. */
export function resolveModels(option: string | undefined, circular: Circular): string[] | undefined {
  if (option === undefined) return undefined;
  const ids = option.split(",").map((s) => s.trim()).filter((s) => s !== "");
  try {
    selectModels(circular, ids);
  } catch (error) {
    if (error instanceof UnknownModelError) throw new InputError(error.code, `--models: ${error.message}`);
    throw error;
  }
  return ids;
}
