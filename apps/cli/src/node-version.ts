/**
 * The oldest Node the CLI runs on: 20.15 brought zlib.crc32, which the Word
 * template's zip writer uses. Kept in step with "engines" in package.json.
 */
export const MINIMUM_NODE = "20.15.0";

const parts = (version: string) => version.replace(/^v/, "").split(".").map((n) => Number.parseInt(n, 10) || 0);

/** One line saying this Node is too old, or null when it will do. */
export function nodeVersionProblem(version: string): string | null {
  const [major = 0, minor = 0, patch = 0] = parts(version);
  const [needMajor = 0, needMinor = 0, needPatch = 0] = parts(MINIMUM_NODE);
  const older = major !== needMajor ? major < needMajor : minor !== needMinor ? minor < needMinor : patch < needPatch;
  return older ? `needs Node ${MINIMUM_NODE} or newer; this is Node ${version.replace(/^v/, "")}` : null;
}
