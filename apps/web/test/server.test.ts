// `pnpm web`'s static server: dist/ with the right types and the page's
// Content-Security-Policy, nothing outside dist/, nothing but GET and HEAD.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from "../scripts/csp.mjs";
import { serveStatic } from "../scripts/server.mjs";
import { distDir } from "./support/browser.js";

function fetchRaw(url: string, path: string, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { method, path }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the page's static server", () => {
  let served: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    served = await serveStatic(distDir);
  });
  afterAll(() => new Promise<void>((resolve) => served.server.close(() => resolve())));

  it("serves the page with its Content-Security-Policy, as a header and in the page itself", async () => {
    const page = await fetchRaw(served.url, "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'; /);
    expect(page.body).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", "&#39;")}" />`);
    // The policy comes before any script.
    expect(page.body.indexOf("Content-Security-Policy")).toBeLessThan(page.body.indexOf("<script"));
  });

  it("gives scripts, fonts and patterns their types", async () => {
    const page = await fetchRaw(served.url, "/");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.body)![1]!;
    expect((await fetchRaw(served.url, `/${script}`)).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await fetchRaw(served.url, "/vendor/@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf", "HEAD")).headers["content-type"]).toBe("font/ttf");
    expect((await fetchRaw(served.url, "/vendor/@handreichung/hyphenation/de-1996.json", "HEAD")).headers["content-type"]).toBe("application/json");
  });

  it("serves nothing outside dist/, and only GET and HEAD", async () => {
    expect((await fetchRaw(served.url, "/../package.json")).status).toBe(404);
    expect((await fetchRaw(served.url, "/%2e%2e/package.json")).status).toBe(404);
    expect((await fetchRaw(served.url, "/nichts.js")).status).toBe(404);
    expect((await fetchRaw(served.url, "/", "POST")).status).toBe(405);
  });
});
