import { chromium } from "playwright-core";
import { serveStatic } from "../scripts/server.mjs"; import { serveStatic as serveOld } from "/tmp/ab/server-old.mjs";
const dirs = process.argv.slice(3);
const servers = await Promise.all(dirs.map((d, k) => (d.endsWith("-old") ? serveOld(d.slice(0, -4)) : serveStatic(d))));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
const res = dirs.map(() => ({ first: [], ready: [], worker: [], loaded: [], render: [] }));
for (let i = 0; i < Number(process.argv[2]); i++) for (let k = 0; k < dirs.length; k++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(servers[k].url);
  await page.waitForFunction(() => document.documentElement.dataset.vorschau === "1", null, { timeout: 60000 });
  const p = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("handreichung:", ""), m.startTime])) }));
  const w = page.workers().find((x) => x.url().includes("render.worker"));
  const wm = await w.evaluate(() => ({ origin: performance.timeOrigin, marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("handreichung:", ""), m.startTime])), render: performance.getEntriesByName("handreichung:pdf-rendern")[0]?.duration }));
  const shift = wm.origin - p.origin;
  res[k].first.push(p.marks["erste-vorschau"]); res[k].ready.push(p.marks.bereit); res[k].worker.push(wm.marks["worker-start"] + shift); res[k].loaded.push(wm.marks["pdf-renderer-geladen"] + shift); res[k].render.push(wm.render);
  await context.close();
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return Math.round(s[s.length >> 1]); };
dirs.forEach((d, k) => console.log(d.padEnd(40), Object.entries(res[k]).map(([n, v]) => `${n} ${med(v)}`).join("  ")));
await browser.close(); for (const s of servers) s.server.close();
