/**
 * Eight random hex digits for a temp file's name. No strong randomness is
 * needed (and node:crypto costs about 7 ms to load): the process ID keeps
 * processes apart, and each writer creates its file exclusively or renames it.
 */
export const tempTag = (): string =>
  Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, "0");
