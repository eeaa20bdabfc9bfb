import { InputError } from "../errors.js";
import { visible } from "@handreichung/inputs";
import { describeFsError } from "./read-text-file.js";

/** Where the CLI writes; tests pass their own to capture output. */
export interface Console {
  /** A message line to stdout (control characters made visible). */
  out(text: string): void;
  /** A message line to stderr (control characters made visible). */
  err(text: string): void;
  /** Raw bytes to stdout (`-o -`, export), as they are; settles when written. */
  outBytes(data: Uint8Array): void | Promise<void>;
  /** True when stderr is a terminal (progress bars). */
  isTTY: boolean;
  /** Waits until stdout has taken everything; throws StdoutClosed or InputError if it could not. */
  flush?(): Promise<void>;
}

/** The reader of stdout went away (`| head -c1`): end quietly, as Unix tools do. */
export class StdoutClosed extends Error {
  constructor() {
    super("standard output closed");
    this.name = "StdoutClosed";
  }
}

const line = (text: string) => visible(text.endsWith("\n") ? text : `${text}\n`);

function stdoutFailure(error: NodeJS.ErrnoException): Error {
  if (error.code === "EPIPE") return new StdoutClosed();
  return new InputError("E_OUTPUT", `standard output: cannot write: ${describeFsError(error)}`);
}

/**
 * The process's console. A failed write to stdout (a closed pipe, a full
 * disk) is remembered instead of crashing the process with an unhandled
 * 'error' event, and reported once by flush(). Write errors on stderr are
 * dropped: there is nowhere left to report them.
 */
export function createProcessConsole(): Console {
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => (failure ??= error));
  process.stderr.on("error", () => undefined);
  const write = (data: string | Uint8Array) =>
    new Promise<void>((resolve) => {
      if (failure || process.stdout.destroyed) return resolve();
      process.stdout.write(data, (error) => {
        if (error) failure ??= error;
        resolve();
      });
    });
  return {
    out: (text) => void write(line(text)),
    err: (text) => void process.stderr.write(line(text)),
    outBytes: async (data) => {
      await write(data);
      if (failure) throw stdoutFailure(failure);
    },
    isTTY: Boolean(process.stderr.isTTY),
    async flush() {
      await write("");
      if (failure) throw stdoutFailure(failure);
    },
  };
}

/**
 * A console that keeps what the CLI writes, line for line as the process
 * console writes it: for running `main` inside a test process, where the
 * process boundary is not what a test checks (tests/support/run.ts).
 */
export function createMemoryConsole(): Console & { stdout(): Buffer; stderr(): string } {
  const out: Uint8Array[] = [];
  let err = "";
  return {
    out: (text) => void out.push(Buffer.from(line(text))),
    err: (text) => void (err += line(text)),
    outBytes: (data) => void out.push(Uint8Array.from(data)),
    isTTY: false,
    stdout: () => Buffer.concat(out),
    stderr: () => err,
  };
}
