import { describe, expect, it } from 'vitest';
import { copyTextField } from '../../../src/formats/copy-text.js';

describe('a field of COPY text format', () => {
  it('writes NULL as \\N and an empty string as nothing', () => {
    expect(copyTextField(null)).toBe('\\N');
    expect(copyTextField(undefined)).toBe('\\N');
    expect(copyTextField('')).toBe('');
  });

  it('passes JSON’s quotes and commas as they are', () => {
    expect(copyTextField('[1,"M","2001-02-03",null]')).toBe('[1,"M","2001-02-03",null]');
    expect(copyTextField(12.5)).toBe('12.5');
  });

  it('escapes backslash, tab, newline and carriage return, so no field can end a row or column', () => {
    expect(copyTextField('a\\b')).toBe('a\\\\b');
    expect(copyTextField('"x\\"y"')).toBe('"x\\\\"y"');
    expect(copyTextField('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(copyTextField('\\N')).toBe('\\\\N');
  });
});
