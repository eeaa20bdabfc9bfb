import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";
import { tempDir } from "./support/run.js";

// A tool that is not part of this repository installs the packed tarball and
// uses it the ways other projects would: ESM, require(), types, JSON Schema.
const project = tempDir("handreichung-consumer-");
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: join(repoRoot, "packages/content"), stdio: "ignore" });
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`]);
}, 180_000);

describe("@handreichung/content as an installed package", () => {
  it("imports from ESM", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      `import { circular441, parseCircular, CircularSchema } from "@handreichung/content";
       import { defaultCircular } from "@handreichung/content/data";
       const c = parseCircular(JSON.parse(JSON.stringify(circular441)));
       console.log(c.models.map((m) => m.id).join(","), defaultCircular === circular441, typeof CircularSchema.parse);`,
    );
    expect(run("node", ["esm.mjs"]).trim()).toBe("arnsberg,essen,paderborn,wuppertal false function");
  });

  it("loads with require()", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const { parseProfile, ContentError } = require("@handreichung/content");
       const data = require("@handreichung/content/circulars/stgb-nrw-441-2004.json");
       try { parseProfile({}); } catch (e) { console.log(e instanceof ContentError, e.lines().join("|")); }
       console.log(data.number + "/" + data.year);`,
    );
    expect(run("node", ["cjs.cjs"]).trim()).toBe("true name: Required\n441/2004");
  });

  it("ships JSON Schemas that describe the shipped data", () => {
    writeFileSync(
      join(project, "schema.mjs"),
      `import { createRequire } from "node:module";
       const require = createRequire(import.meta.url);
       const schema = require("@handreichung/content/schema/circular.json");
       const profile = require("@handreichung/content/schema/profile.json");
       console.log(schema.$schema, schema.required.join(","), profile.required.join(","));`,
    );
    expect(run("node", ["schema.mjs"]).trim()).toBe("https://json-schema.org/draft/2020-12/schema id,issuer,title,body name");
  });

  it("gives TypeScript types that catch misuse", () => {
    writeFileSync(
      join(project, "use.ts"),
      `import { parseCircular, type Circular, type Model } from "@handreichung/content";
       const c: Circular = parseCircular({});
       const first: Model | undefined = c.models[0];
       const year: number | null = c.year;
       // @ts-expect-error title is a string, not a number
       const wrong: number = c.title;
       export { first, year, wrong };`,
    );
    // The package's declarations and zod's are checked (skipLibCheck off); TypeScript's own lib files are not ours to check.
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [] }, files: ["use.ts"] }),
    );
    const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
    expect(run("node", [tsc, "-p", "tsconfig.json"])).toBe("");
  });
});
