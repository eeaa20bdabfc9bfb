import { vitestConfig } from "../../vitest.shared.js";

export default vitestConfig(["src/**/*.test.ts", "build/**/*.test.ts"]);
