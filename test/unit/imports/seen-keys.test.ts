import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../../../src/imports/seen-keys.js';

describe('SeenKeys', () => {
  it('says whether each hash came before, through growth, for hashes of every sign and 0', () => {
    const seen = new SeenKeys();
    const hashes = Array.from({ length: 300_000 }, (_, i) => Math.imul(i, 0x9e3779b1));
    expect(hashes).toContain(0);
    expect(hashes.some((h) => h < 0)).toBe(true);
    // Counted, then checked once: an expect per hash takes seconds.
    expect(hashes.filter((h) => seen.add(h)).length).toBe(0);
    expect(hashes.filter((h) => seen.add(h)).length).toBe(hashes.length);
    // Unsigned (>>> 0) and signed forms of one hash are one hash.
    expect(seen.add(hashes[7]! >>> 0)).toBe(true);
    expect(new SeenKeys().add(2 ** 31 + 5)).toBe(false);
  });

  it('answers "maybe" for 1 after 0, the one hash it cannot tell apart', () => {
    const seen = new SeenKeys();
    expect(seen.add(0)).toBe(false);
    expect(seen.add(1)).toBe(true);
    expect(seen.add(2)).toBe(false);
  });
});
