import { fileURLToPath } from "node:url";

/** The repository root and the built CLI. Everything the tests read lies inside the repository. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = fileURLToPath(new URL("../../apps/cli/dist/cli.cjs", import.meta.url));
