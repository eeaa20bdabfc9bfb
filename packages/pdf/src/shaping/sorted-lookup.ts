/**
 * Looks a key up in a flat array of entries sorted by key — [key, value, …,
 * key, value, …] with `stride` numbers per entry — by binary search. The
 * shaping tables come from JSON in this form: looking keys up in place copies
 * nothing at load, where building Maps and Sets of every entry (some 30,000
 * for the four cuts) took about 12 ms of a cold start.
 */
export class SortedLookup {
  private readonly count: number;

  constructor(
    private readonly flat: readonly number[],
    private readonly stride: number,
  ) {
    this.count = Math.floor(flat.length / stride);
  }

  /** True when every key is greater than the one before: what `find` relies on. */
  static isSorted(flat: readonly number[], stride: number): boolean {
    for (let i = stride; i < flat.length; i += stride) if (!(flat[i]! > flat[i - stride]!)) return false;
    return true;
  }

  /** The index in the flat array where key's entry starts, or -1. */
  find(key: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = mid * this.stride;
      const k = this.flat[at]!;
      if (k === key) return at;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(key: number): boolean {
    return this.find(key) >= 0;
  }

  /** The number after the key (stride 2: the key's value), or `missing`. */
  get(key: number, missing: number): number {
    const at = this.find(key);
    return at < 0 ? missing : this.flat[at + 1]!;
  }

  /** The number `offset` places after the key's. Only for an index `find` returned. */
  at(index: number, offset: number): number {
    return this.flat[index + offset]!;
  }
}
