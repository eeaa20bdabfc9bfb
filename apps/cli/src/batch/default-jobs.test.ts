import { describe, expect, it } from "vitest";
import { defaultJobs, ROWS_PER_WORKER } from "./default-jobs.js";

describe("a batch's threads without --jobs", () => {
  it("are the main thread alone for a short list", () => {
    for (const rows of [0, 1, 3, 20, ROWS_PER_WORKER - 1]) expect(defaultJobs(rows, 2), `${rows} rows`).toBe(1);
  });

  it("add a worker for each ROWS_PER_WORKER rows, up to one thread per core", () => {
    expect(defaultJobs(ROWS_PER_WORKER, 2)).toBe(2);
    expect(defaultJobs(400, 2)).toBe(2);
    expect(defaultJobs(2 * ROWS_PER_WORKER, 8)).toBe(3);
    expect(defaultJobs(4000, 8)).toBe(8);
    expect(defaultJobs(4000, 1)).toBe(1);
  });
});
