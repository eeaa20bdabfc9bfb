/** One problem a check found: which check, and what is wrong, in words. */
export interface Finding {
  check: string;
  message: string;
}

/** What a document check returns: the problems (none when ok) and what it read. */
export interface CheckResult<T> {
  ok: boolean;
  findings: Finding[];
  document: T;
}

/** The findings as lines, `check: message`, for an assertion's message. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.check}: ${f.message}`).join("\n");
}
