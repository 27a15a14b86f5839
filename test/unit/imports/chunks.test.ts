import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkWriter, stableOrder } from '../../../src/imports/chunks.js';

const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));

describe('ChunkWriter', () => {
  it('gives the lines back in order, as UTF-8, in a buffer of their own, and starts again empty', () => {
    const w = new ChunkWriter(16);
    expect(w.take()).toBeNull();
    w.add('1,Smith');
    w.add('2,Ødegård');
    // Past its first size: it grows rather than losing a line.
    w.add('3,a longer line than the chunk was made for');
    const bytes = w.take()!;
    expect(text(bytes)).toBe('1,Smith\n2,Ødegård\n3,a longer line than the chunk was made for\n');
    // Its own buffer, so it can be transferred to the database's thread whole.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    expect(w.take()).toBeNull();
    w.add('4,next');
    expect(text(w.take())).toBe('4,next\n');
  });

  it('says whether a line surely fits, counting three bytes a character', () => {
    const w = new ChunkWriter(10);
    expect(w.fits('x'.repeat(100))).toBe(true); // an empty chunk takes any line
    w.add('ab');
    expect(w.fits('x')).toBe(true); // 3 used + 3 + 1 <= 10
    expect(w.fits('xyz')).toBe(false); // 3 used + 9 + 1 > 10
  });

  it('sorts by key when asked, keeping equal keys in the order they came, over more lines than its first index', () => {
    const w = new ChunkWriter(64, { sorted: true });
    const lines = Array.from({ length: 3000 }, (_, i) => ({ line: `row ${i}`, key: (i * 7919) % 50 }));
    for (const { line, key } of lines) w.add(line, key);
    const out = text(w.take())!.trimEnd().split('\n');
    const expected = [...lines].sort((a, b) => a.key - b.key || Number(a.line.slice(4)) - Number(b.line.slice(4))).map((l) => l.line);
    expect(out).toEqual(expected);
    expect(w.take()).toBeNull();
    w.add('b', 2);
    w.add('a', 1);
    expect(text(w.take())).toBe('a\nb\n');
  });

  it('orders places by key, equal keys in their first order, at any length and on keys as large as a person and date make', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5_000_000 }).map((person) => person * 1e6 + 747_000));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300, size: 'max' }), (keys) => {
        const order = Array.from(stableOrder(Float64Array.from(keys), keys.length));
        const expected = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect(order).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a line without a key in a sorting chunk', () => {
    expect(() => new ChunkWriter(64, { sorted: true }).add('no key')).toThrow(/needs a key/);
  });
});
