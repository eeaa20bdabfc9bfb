import { vitestConfig } from "../vitest.shared.js";

// Two test files at a time even on two cores (vitest would run one): these tests
// mostly wait for the CLI processes they start, which then use both cores.
export default vitestConfig(["**/*.test.ts"], { maxWorkers: 2 });
