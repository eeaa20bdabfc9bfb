import { defineConfig } from "vitest/config";

/** Shared vitest setup: resolve workspace packages from source, so tests need no build. */
export function vitestConfig(include: string[] = ["src/**/*.test.ts"], options: { maxWorkers?: number } = {}) {
  return defineConfig({
    resolve: { conditions: ["@handreichung/source"] },
    ssr: { resolve: { conditions: ["@handreichung/source"] } },
    test: { include, testTimeout: 120_000, hookTimeout: 300_000, ...options },
  });
}
