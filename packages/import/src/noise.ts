// Page furniture of the published web pages, not part of any circular; the
// same pattern as ../shared/checks/text_coverage.py, so what the import drops
// is exactly what the coverage check ignores.
const NOISE = /^(ICON\/|icon-|Link kopieren$|weiss$|Eindrücke vom$|Hauptausschuss \d{4}$)/;

/** True for a (trimmed) line that is page furniture: icon names, "Link kopieren", … */
export function isNoise(line: string): boolean {
  return NOISE.test(line);
}
