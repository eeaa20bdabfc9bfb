// The cost of other scripts (issue 12): cold `handreichung pdf` of the German
// circular against the multilingual sample (Arabic, Hebrew, Chinese, emoji),
// and which font files each run reads — a German document reads no fallback font.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const tracer = fileURLToPath(new URL("./trace-font-reads.mjs", import.meta.url));

/** Font files a CLI run reads, by package path. */
function fontsRead(node, args) {
  const r = spawnSync(node, ["--import", tracer, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return [...new Set(r.stderr.split("\n").filter((l) => l.startsWith("font-read ")).map((l) => l.slice(10)))].sort();
}

export function scriptCost({ node, cli, repoRoot, work, compare, date }) {
  const sample = join(repoRoot, "fixtures/multilingual");
  const german = [cli, "pdf", "--date", date, "-o", join(work, "german.pdf")];
  const multilingual = [cli, "pdf", "--content", join(sample, "mitteilung.json"), "--profile", join(sample, "kommune.json"), "--date", date, "-o", join(work, "multilingual.pdf")];
  const cold = compare({ "pdf German circular": [node, german], "pdf multilingual sample": [node, multilingual] });
  return {
    coldStart: cold,
    "multilingual / German (target < 2)": cold["pdf multilingual sample"].median / cold["pdf German circular"].median,
    bytes: { german: statSync(join(work, "german.pdf")).size, multilingual: statSync(join(work, "multilingual.pdf")).size },
    fontsRead: { german: fontsRead(node, german), multilingual: fontsRead(node, multilingual) },
  };
}
