// What both benches run cold (run.mjs times it, instructions.mjs counts its
// instructions): the commands, their targets, and the unseen text they are
// given — one list, so the two tables always name the same runs.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unseenProfile, unseenPublishedText } from "../../../packages/checks/src/unseen/unseen-text.js";

/** The documents' date in every bench run. */
export const DATE = "2026-01-15";

/** The cold-start targets of issue 15, as ratios to `node -e 0` (in time). */
export const COLD_TARGETS = { "handreichung docx": 1.6, "handreichung pdf": 2.0, "handreichung build": 2.4, "handreichung build --profile P (unseen)": 3.0, "handreichung build --content C (unseen)": 3.0 };

/** The value after `--name` on the command line, or `fallback`. */
export function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `node ARGS`; throws with its error output when it fails. */
export function runNode(args, env = {}) {
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
}

/**
 * Text no lever can know in advance, made now from the seed in `work`: a
 * profile whose words appear nowhere in the repository, and a circular
 * imported (through the CLI) from published text.
 */
export function unseenInputs(cli, work, seed) {
  const profileFile = join(work, "unseen-profile.json");
  writeFileSync(profileFile, JSON.stringify(unseenProfile(seed, DATE)));
  const publishedFile = join(work, "unseen-circular.txt");
  writeFileSync(publishedFile, unseenPublishedText(seed + 1));
  const contentFile = join(work, "unseen-circular.json");
  runNode([cli, "import", publishedFile, "-o", contentFile]);
  return { profileFile, contentFile };
}

/**
 * The cold starts, each as the arguments of `node`: Node's own, two that
 * render nothing (`--version`: Node's start and the CLI's own, which every
 * command pays; `export`: that and the built-in circular read and written out
 * as JSON), and the documents, of the built-in circular and of unseen text.
 */
export function coldCommands(cli, work, { profileFile, contentFile }) {
  return {
    "node -e 0": ["-e", "0"],
    "handreichung --version": [cli, "--version"],
    "handreichung export": [cli, "export", "-o", join(work, "c.json")],
    "handreichung docx": [cli, "docx", "--date", DATE, "-o", join(work, "c.docx")],
    "handreichung pdf": [cli, "pdf", "--date", DATE, "-o", join(work, "c.pdf")],
    "handreichung build": [cli, "build", "--date", DATE, "-o", join(work, "build")],
    "handreichung build --profile P (unseen)": [cli, "build", "--profile", profileFile, "--date", DATE, "-o", join(work, "build-p")],
    "handreichung build --content C (unseen)": [cli, "build", "--content", contentFile, "--date", DATE, "-o", join(work, "build-c")],
  };
}

/**
 * Runs the bench's commands without NODE_EXTRA_CA_CERTS, as `pnpm bench` does
 * (turbo hands its tasks only the environment variables they declare): Node
 * reads and parses those certificates at every start, before any script (on
 * this project's machine 408 M instructions and about 55 ms), which no command
 * here needs and which would bring every ratio closer to 1. Returns a line
 * saying so when it was set, else null.
 */
export function withoutExtraCaCerts() {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return null;
  delete process.env.NODE_EXTRA_CA_CERTS;
  return `NODE_EXTRA_CA_CERTS (${file}) is left out of every command this bench runs, as under pnpm bench`;
}
