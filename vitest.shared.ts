import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Test files in one order on every run (project, then path), instead of
 * vitest's order from its cache of earlier runs: files that share a worker's
 * modules then see the same history each time.
 */
class ByPath extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.project.name.localeCompare(b.project.name) || a.moduleId.localeCompare(b.moduleId));
  }
}

export interface VitestOptions {
  maxWorkers?: number;
  /**
   * Which files get modules of their own. `true` (vitest's default): every
   * file. `false`: none — the files run one after another in one worker and
   * load the package and its dependencies once (for the packages' unit tests
   * this halves the CPU time; loading pdfkit, fonts and zod again for every
   * file was most of it). A list: those files get modules of their own (named
   * relative to the package: each asserts what is loaded, or measures the
   * process's CPU time), the others share.
   */
  isolate?: boolean | string[];
}

/** Shared vitest setup: resolve workspace packages from source, so tests need no build. */
export function vitestConfig(include: string[] = ["src/**/*.test.ts"], options: VitestOptions = {}) {
  const { isolate = true, ...rest } = options;
  const base = {
    resolve: { conditions: ["@handreichung/source"] },
    ssr: { resolve: { conditions: ["@handreichung/source"] } },
  };
  const timeouts = { testTimeout: 120_000, hookTimeout: 300_000 };
  if (isolate === true) return defineConfig({ ...base, test: { include, ...timeouts, ...rest } });
  const sequence = { sequencer: ByPath };
  if (isolate === false) return defineConfig({ ...base, test: { include, ...timeouts, ...rest, isolate: false, sequence } });
  return defineConfig({
    ...base,
    test: {
      ...timeouts,
      ...rest,
      sequence,
      projects: [
        // Benchmarks run once, in the shared project.
        { extends: true, test: { name: "own-modules", include: isolate, isolate: true, benchmark: { include: [] } } },
        { extends: true, test: { name: "shared-modules", include, exclude: isolate, isolate: false } },
      ],
    },
  });
}
