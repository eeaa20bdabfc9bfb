import type { Page } from "playwright-core";

/** Resolves once the page has shown its `n`-th preview; rejects after `timeoutMs`. */
export function previewShown(page: Page, n: number, timeoutMs?: number): Promise<void>;
