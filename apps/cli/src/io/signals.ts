// Ctrl-C, SIGTERM and SIGHUP end the CLI with 130, 143 or 129, from its first
// line on: cli.ts installs the handlers before any of its code loads, so a
// signal while the CLI starts (Node's own handler would end it by the signal,
// without an exit code) is answered like one while it renders or writes.
// What an interrupted run must undo (temp files, a batch's lock) is handed
// over by cli-main.ts once it has loaded: the entry (dist/cli.cjs) and the
// commands (on Node 20 CommonJS chunks) are separate module instances of this
// file, so the undo step lives on the process, under this key.
const UNDO = Symbol.for("handreichung.interrupt-undo");
type Slot = { [UNDO]?: () => Promise<void> };

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Installs the handlers: the first signal undoes what the run started, then exits; a second ends the process at once. */
export function installSignalHandlers(): void {
  let stopping = false;
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    process.on(signal, () => {
      if (stopping) {
        process.removeAllListeners(signal);
        process.kill(process.pid, signal);
        return;
      }
      stopping = true;
      const undo = (globalThis as Slot)[UNDO] ?? (async () => undefined);
      void undo()
        .catch(() => undefined)
        .finally(() => process.exit(EXIT_CODES[signal]));
    });
  }
}

/** What a signal must undo before the process exits (called once the commands have loaded). */
export function onInterrupt(undo: () => Promise<void>): void {
  (globalThis as Slot)[UNDO] = undo;
}
