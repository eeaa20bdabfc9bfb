// One real Chromium (Debian's, never a download) for all the test files, which
// run one after another in one worker; each file gets a browser context of its
// own (an empty profile, as if the browser had just started), driving the
// built page (apps/web/dist) served by the page's own static server on a free
// port. Every request, console message and page error is recorded, so each
// file can assert that the page only ever talked to its own origin and never
// logged an error.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hasTool, missingToolsLine, underCi } from "@handreichung/checks";
import type { AxeResults } from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { disableFeaturesSwitch } from "./chromium-features.js";
import { previewShown } from "./preview-shown.mjs";
import { serveStatic } from "../../scripts/server.mjs";

export const webRoot = fileURLToPath(new URL("../../", import.meta.url));
export const distDir = join(webRoot, "dist");
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const cliPath = join(repoRoot, "apps/cli/dist/cli.cjs");
/** Screenshots and other artifacts a person looks at (gitignored). */
export const artifactsDir = join(webRoot, "test-results");

/** The documents' date in these tests: the page's clock is fixed to it, the CLI gets it as --date. */
export const TEST_DATE = "2026-01-15";

/** Chromium as Debian installs it (.ci/run installs it with apt). */
export function chromiumPath(): string | null {
  if (!hasTool("chromium")) return null;
  const found = spawnSync("/bin/sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

/** Why the browser tests cannot run here, or null. Under CI a missing Chromium is an error. */
export function browserMissing(): string | null {
  if (chromiumPath()) return null;
  const line = missingToolsLine(["chromium"]);
  if (underCi()) throw new Error(`${line}: CI must have it`);
  return line;
}

/**
 * The flags the tests' Chromium starts with. Chromium builds its address
 * bar's suggestion list from web pages of its own, loaded anew with every
 * window (each test file's context opens one): about 2 CPU-seconds of the
 * browser's own UI that no test looks at, so it is switched off here. And the
 * files' pages (all of one site, 127.0.0.1) share renderer processes instead
 * of each starting its own: 14 renderer processes instead of 21, and about a
 * tenth less of Chromium's CPU time for the browser tests (92 -> 79 CPU-s).
 * Each page still has a context of its own; the PDF viewer keeps its process.
 * Chromium reads only the last --disable-features switch, so these features
 * go into one switch with Playwright's own list (./chromium-features.ts).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  disableFeaturesSwitch(["WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup"]),
  "--renderer-process-limit=1",
];

let browser: Promise<Browser> | undefined;

/**
 * The worker's one Chromium, started on first use. Starting one costs about
 * 3 CPU-seconds, as much as the page's first preview; a context per file
 * isolates the files just as well. Playwright ends the browser with the worker.
 */
function sharedBrowser(executablePath: string): Promise<Browser> {
  browser ??= chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  return browser;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  url: string;
  origin: string;
  /** Every URL the page or its workers requested, in order. */
  requests: string[];
  /** Console messages of type error or warning, and uncaught page errors. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Starts the server and a browser context (an empty profile) in the worker's
 * Chromium, with the page's clock fixed to TEST_DATE at noon in Germany.
 */
export async function openSession(options: { width?: number; height?: number } = {}): Promise<Session> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium is not installed");
  const { server, url } = await serveStatic(distDir);
  const context = await (await sharedBrowser(executablePath)).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // The page's own files must all load (the browser's PDF viewer cancels its own loads when a preview is replaced).
    page.on("requestfailed", (request) => request.url().startsWith("http") && problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on("worker", (worker) => worker.on("console", (message) => message.type() === "error" && problems.push(`worker console.error: ${message.text()}`)));
  };
  context.on("page", watch);
  const page = await context.newPage();
  await context.clock.setFixedTime(new Date(`${TEST_DATE}T11:00:00Z`));
  return {
    context,
    page,
    url,
    origin: new URL(url).origin,
    requests,
    problems,
    async close() {
      await context.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Loads the page and waits until its first preview is on screen. */
export async function openPage(session: Session): Promise<void> {
  await session.page.goto(session.url);
  await waitForPreview(session.page, 1);
}

/** A file's session (see pageForFile), and what the page requested until its first preview was on screen. */
export interface OpenedPage extends Session {
  readonly beforeFirstPreview: readonly string[];
}

/**
 * The page in a browser of its own, opened (up to its first preview) before
 * the tests of the describe block that calls this and closed after them,
 * with the folders in `cleanUp` removed. Its fields are there once the tests run.
 */
export function pageForFile(cleanUp: readonly string[] = []): OpenedPage {
  let session: Session | undefined;
  let beforeFirstPreview: string[] = [];
  const open = (): Session => {
    if (!session) throw new Error("the page is opened before the tests run, not while they are collected");
    return session;
  };
  beforeAll(async () => {
    session = await openSession();
    await openPage(session);
    beforeFirstPreview = [...session.requests];
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    for (const dir of cleanUp) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
    get url() {
      return open().url;
    },
    get origin() {
      return open().origin;
    },
    get requests() {
      return open().requests;
    },
    get problems() {
      return open().problems;
    },
    close: () => open().close(),
    get beforeFirstPreview() {
      return beforeFirstPreview;
    },
  };
}

/** Waits until the page has shown its `n`-th preview. */
export const waitForPreview: (page: Page, n: number) => Promise<void> = previewShown;

/** The number of previews the page has shown so far. */
export async function previewCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.vorschau ?? 0));
}

/**
 * Holds back every request for `pattern` (the page's or its workers') until
 * `release()`, which lets them through and says how many there were.
 */
export async function holdRequests(session: Session, pattern: string): Promise<{ release(): Promise<number> }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const passed: Promise<void>[] = [];
  const handler = (route: Route) => {
    const through = gate.then(() => route.continue());
    passed.push(through);
    return through;
  };
  await session.context.route(pattern, handler);
  return {
    async release() {
      open();
      await Promise.all(passed);
      await session.context.unroute(pattern, handler);
      return passed.length;
    },
  };
}

/** Runs `act` (which should make the page download a file) and returns the file's name and bytes. */
export async function download(page: Page, act: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [event] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), act()]);
  const bytes = new Uint8Array(readFileSync(await event.path()));
  await event.delete();
  return { name: event.suggestedFilename(), bytes };
}

/** axe-core itself (axe.min.js), read once for all audits. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe's findings for the page as it is (WCAG 2.1 A and AA), as one line each; [] when there are none. */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe runs in the page itself, put there once per page (until it navigates):
  // @axe-core/playwright evaluated axe's 560 KB again for every audit, twice
  // in the page and once in each frame, three times the CPU of the audit
  // itself. Frames are left out: the preview's frame holds the browser's own
  // PDF viewer, not the page's markup.
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === "function"))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    (values) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: "tag", values }, iframes: false }),
    WCAG_21_AA,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(" ")}`));
}

/**
 * Saves what a person sees under test-results/NAME.png: the window scrolled to
 * `section` (the top of the page by default), as a clerk would look at it.
 */
export async function screenshot(page: Page, name: string, section?: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  if (section) await page.locator(section).evaluate((el) => el.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  // The PDF viewer lays out again after a scroll or resize.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/** Presses Tab until the element with `id` has the focus (the way a keyboard user gets there); fails after `max` presses. */
export async function tabTo(page: Page, id: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} never got the focus with Tab`);
}

/** Presses Tab until the focused element matches `selector`. */
export async function tabToSelector(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} never got the focus with Tab`);
}

/** URLs that are not the page's own origin (nor a blob: of it). The browser's built-in PDF viewer is part of the browser, not the network. */
export function foreignRequests(session: Session): string[] {
  return session.requests.filter((url) => {
    if (url.startsWith(`${session.origin}/`) || url.startsWith(`blob:${session.origin}/`)) return false;
    // Chromium's PDF viewer (an extension inside the browser) and its resources: no network involved.
    if (/^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//.test(url) || url.startsWith("chrome://resources/")) return false;
    return true;
  });
}

/**
 * Types an ISO date into the focused date field with the keyboard. The field
 * orders day and month as the browser's language does (Debian's Chromium
 * without its translations: month first), so a probe date finds the order first.
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  await page.keyboard.type("01022003");
  const probe = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  if (probe !== "2003-02-01" && probe !== "2003-01-02") throw new Error(`the date field took 01022003 as ${probe}`);
  // Back to the first part of the field, then the date in the field's order.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  const [year, month, day] = iso.split("-");
  await page.keyboard.type(probe === "2003-02-01" ? `${day}${month}${year}` : `${month}${day}${year}`);
}

/**
 * Opens the focused file field's chooser with the space bar, as a keyboard
 * user does, and picks `files`. Chromium sometimes drops the first press
 * while the page is busy; a user would press again, and so does this (three times at most).
 */
export async function chooseFiles(page: Page, files: string | string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent("filechooser", { timeout: 5_000 });
    await page.keyboard.press("Space");
    try {
      await (await chooser).setFiles(files);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
