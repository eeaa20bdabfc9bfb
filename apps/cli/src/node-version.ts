/**
 * The oldest Node the CLI runs on: its dependencies (commander, piscina) need
 * Node 20; nothing of its own needs more since the zip writer moved to fflate.
 * Kept in step with "engines" in the CLI's package.json.
 */
export const MINIMUM_NODE = "20.0.0";

const parts = (version: string) => version.replace(/^v/, "").split(".").map((n) => Number.parseInt(n, 10) || 0);

/** One line saying this Node is too old, or null when it will do. */
export function nodeVersionProblem(version: string): string | null {
  const [major = 0, minor = 0, patch = 0] = parts(version);
  const [needMajor = 0, needMinor = 0, needPatch = 0] = parts(MINIMUM_NODE);
  const older = major !== needMajor ? major < needMajor : minor !== needMinor ? minor < needMinor : patch < needPatch;
  return older ? `needs Node ${MINIMUM_NODE} or newer; this is Node ${version.replace(/^v/, "")}` : null;
}
