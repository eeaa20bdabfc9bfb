import { fileURLToPath } from "node:url";

/** The repository root, the built CLI, and the shared checks and seed beside the repo. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = fileURLToPath(new URL("../../apps/cli/dist/cli.js", import.meta.url));
export const sharedDir = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const seedFile = `${sharedDir}seed/000_ef6309266876cf8d.txt`;
export const checksDir = `${sharedDir}checks/`;
