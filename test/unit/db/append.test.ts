// The embedded engine's worker gathers a prepared statement's result, a
// protocol message a row, with append(): a result of half a million rows and
// more must arrive whole, where push(...) fails on the number of arguments.
import { describe, expect, it } from 'vitest';
import { append } from '../../../src/db/append.js';

describe('append', () => {
  const many = Array.from({ length: 1_000_000 }, (_, i) => i);

  it('adds more items than one call may take as arguments, in order', () => {
    // The reason append exists: spread into push, this many items fail.
    expect(() => [0].push(...many)).toThrow(RangeError);
    const list = [-2, -1];
    append(list, many);
    expect(list).toHaveLength(1_000_002);
    expect(list.slice(0, 3)).toEqual([-2, -1, 0]);
    expect(list.at(-1)).toBe(999_999);
  });

  it('adds nothing for nothing, and takes any iterable', () => {
    const list = ['a'];
    append(list, []);
    append(list, new Set(['b', 'c']));
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
