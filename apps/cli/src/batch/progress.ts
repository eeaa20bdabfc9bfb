import type { Console } from "../io/console.js";
import { loadCommonJs } from "../io/load-commonjs.js";

export type ProgressMode = "bar" | "lines" | "quiet";

/** Reports batch progress: a bar on a terminal, a few plain lines otherwise, or nothing. */
export interface Progress {
  tick(label: string): void;
  stop(): void;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export async function createProgress(mode: ProgressMode, total: number, console: Console): Promise<Progress> {
  if (mode === "quiet" || total === 0) return { tick: () => undefined, stop: () => undefined };
  const started = performance.now();
  if (mode === "bar") {
    const { SingleBar } = await loadCommonJs(() => import("cli-progress"));
    const bar = new SingleBar({
      format: "{bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {label}",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
    });
    // The bar hides the cursor; whatever ends the process (Ctrl-C, an error) must show it again.
    const showCursor = () => void process.stderr.write("\x1b[?25h");
    process.once("exit", showCursor);
    bar.start(total, 0, { rate: "0.0", label: "" });
    let done = 0;
    return {
      tick(label) {
        done++;
        const rate = done / ((performance.now() - started) / 1000);
        bar.update(done, { rate: rate.toFixed(1), label });
      },
      stop: () => {
        bar.stop();
        process.removeListener("exit", showCursor);
        showCursor();
      },
    };
  }
  // Plain lines: about every 10 %, so a log of a large batch stays readable.
  const step = Math.max(1, Math.floor(total / 10));
  let done = 0;
  return {
    tick() {
      done++;
      if (done % step !== 0 && done !== total) return;
      const elapsed = (performance.now() - started) / 1000;
      const rate = done / elapsed;
      console.err(`batch: ${done}/${total} (${Math.round((done / total) * 100)} %), ${rate.toFixed(1)}/s, ETA ${formatDuration((total - done) / rate)}`);
    },
    stop: () => undefined,
  };
}
