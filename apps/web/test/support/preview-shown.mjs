// Used by the browser tests and the bench (apps/web/bench): waits for the page's n-th preview.

/**
 * Resolves once the page has shown its `n`-th preview (its counter
 * `data-vorschau` on <html>). The page tells it (a MutationObserver on the
 * counter) instead of Playwright's waitForFunction polling it: that injects
 * Playwright's own script (about 330 KB), and compiling it took the page's
 * main thread 120–200 ms while the first preview was being made, work a
 * clerk's browser never does.
 */
export function previewShown(page, n, timeoutMs = 60_000) {
  return page.evaluate(
    ({ count, timeout }) =>
      new Promise((resolve, reject) => {
        const root = document.documentElement;
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`preview ${count} not shown within ${timeout / 1000} s`));
        }, timeout);
        const check = () => {
          if (Number(root.dataset.vorschau ?? 0) < count) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { attributes: true, attributeFilter: ["data-vorschau"] });
        check();
      }),
    { count: n, timeout: timeoutMs },
  );
}
