import { describe, expect, it } from "vitest";
import { SortedLookup } from "./sorted-lookup.js";

describe("a sorted lookup", () => {
  it("finds every key of a flat list as a Map would, and no other", () => {
    // [key, a, b, ...] with stride 3, keys ascending with gaps.
    const flat: number[] = [];
    const map = new Map<number, [number, number]>();
    for (let key = 3, i = 0; i < 500; i++, key += 1 + ((i * 7) % 5)) {
      flat.push(key, i, i * 2);
      map.set(key, [i, i * 2]);
    }
    const lookup = new SortedLookup(flat, 3);
    expect(SortedLookup.isSorted(flat, 3)).toBe(true);
    for (let key = -2; key < flat[flat.length - 3]! + 3; key++) {
      const at = lookup.find(key);
      const expected = map.get(key);
      if (!expected) expect(at, `key ${key}`).toBe(-1);
      else expect([lookup.at(at, 1), lookup.at(at, 2)], `key ${key}`).toEqual(expected);
    }
  });

  it("gives a value or the missing one, and works for a list of keys alone and an empty one", () => {
    const pairs = new SortedLookup([2, 20, 5, 50, 9, 90], 2);
    expect([pairs.get(2, 0), pairs.get(5, 0), pairs.get(9, 0), pairs.get(4, 0), pairs.get(10, -1)]).toEqual([20, 50, 90, 0, -1]);
    const keys = new SortedLookup([1, 4, 8], 1);
    expect([keys.has(1), keys.has(4), keys.has(8), keys.has(5), keys.has(0)]).toEqual([true, true, true, false, false]);
    expect(new SortedLookup([], 2).has(0)).toBe(false);
  });

  it("says when a list is not sorted, or has a key twice", () => {
    expect(SortedLookup.isSorted([1, 0, 3, 0, 2, 0], 2)).toBe(false);
    expect(SortedLookup.isSorted([1, 0, 1, 0], 2)).toBe(false);
    expect(SortedLookup.isSorted([], 2)).toBe(true);
  });
});
