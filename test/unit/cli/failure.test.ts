// What the CLI prints when a command fails: one line, never a stack trace
// unless asked for with WAYMARK_DEBUG=1.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../src/cli/failure.js';
import { InvalidInputError } from '../../../src/errors.js';

describe('a failed command', () => {
  it('prints a refusal or bad input in its own words, with its exit code', () => {
    const f = failureOf(new InvalidInputError('Choose a scheme.', { field: 'scheme' }), {});
    expect(f.text).toBe('waymark: Choose a scheme.\n');
    expect(f.code).not.toBe(0);
  });

  it('prints a fault in Waymark in one line, with no stack trace', () => {
    let e: unknown;
    try {
      (undefined as unknown as { withheld: string }).withheld;
    } catch (x) {
      e = x;
    }
    const f = failureOf(e, {});
    expect(f.code).toBe(1);
    expect(f.text.trim().split('\n')).toHaveLength(1);
    expect(f.text).toMatch(/^waymark: something went wrong inside Waymark, not in what you asked \(TypeError: Cannot read properties of undefined \(reading 'withheld'\)\)/);
    expect(f.text).not.toContain('    at ');
  });

  it('adds the stack trace when asked for with WAYMARK_DEBUG=1', () => {
    const f = failureOf(new TypeError('broken'), { WAYMARK_DEBUG: '1' });
    expect(f.text).toContain('    at ');
  });
});
