// The CLI after its start-up (cli.ts): loaded as an ES module, or on Node 20
// as CommonJS through V8's code cache (io/chunk-cache.ts). It is an entry of
// the bundle of its own so that both forms have a name known before the build.

/** Runs the command line of this process and sets its exit code. */
export async function run(): Promise<void> {
  const { createProcessConsole } = await import("./io/console.js");
  const { runInterruptCleanups } = await import("./io/cleanup.js");
  const { onInterrupt } = await import("./io/signals.js");
  const { removePendingTempFiles } = await import("./io/write-atomic.js");
  const { main } = await import("./main.js");

  // An interrupted run removes its temp files and lock before it exits (the
  // handlers are cli.ts's, from its first line: io/signals.ts); final files are
  // only ever renamed into place. Nothing the CLI does blocks a thread
  // indefinitely (inputs and FIFOs are opened non-blocking), so the exit is
  // prompt; a second signal ends it at once. Temp files first: a folder of
  // ours can only be removed once it is empty.
  onInterrupt(() => removePendingTempFiles().then(runInterruptCleanups));

  process.exitCode = await main(process.argv.slice(2), createProcessConsole());
}
