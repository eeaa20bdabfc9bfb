import type { Circular } from "@handreichung/content";
import { InputError, UsageError } from "./errors.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an ISO date that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The document date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else
 * today in Germany. Never the machine's time zone, so output does not depend on it.
 */
export function resolveDate(option: string | undefined, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (option !== undefined) {
    if (!isRealDate(option)) throw new UsageError(`--date: "${option}" is not a real date as YYYY-MM-DD`);
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Parses `--models arnsberg,essen` against the circular's model ids. */
export function resolveModels(option: string | undefined, circular: Circular): string[] | undefined {
  if (option === undefined) return undefined;
  const valid = circular.models.map((m) => m.id);
  const ids = option.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const validList = valid.length ? valid.join(", ") : "none (the circular has no models)";
  if (ids.length === 0) throw new InputError("E_UNKNOWN_MODEL", `--models: no model id given; valid: ${validList}`);
  for (const id of ids) {
    if (!valid.includes(id)) throw new InputError("E_UNKNOWN_MODEL", `--models: unknown model id "${id}"; valid: ${validList}`);
  }
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new InputError("E_UNKNOWN_MODEL", `--models: model id "${duplicate}" is given twice`);
  return ids;
}
