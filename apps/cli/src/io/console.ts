/** Where the CLI writes; tests pass their own to capture output. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
  /** Raw bytes to stdout (for `-o -`). */
  outBytes(data: Uint8Array): void;
  /** True when stderr is a terminal (progress bars). */
  isTTY: boolean;
}

export const processConsole: Console = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  outBytes: (data) => void process.stdout.write(data),
  isTTY: Boolean(process.stderr.isTTY),
};
