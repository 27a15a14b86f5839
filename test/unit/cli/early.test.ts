// Which commands start the embedded database before their modules load
// (src/cli/early.ts): told from the command line alone.
import { describe, expect, it } from 'vitest';
import { opensEmbedded } from '../../../src/cli/early.js';

const embedded = {} as NodeJS.ProcessEnv;

describe('opensEmbedded', () => {
  it('is true for a command that opens the database, with or without --partnership before it', () => {
    expect(opensEmbedded(['select', '--scheme', 'PPO', '--as-of', '2009-04-01'], embedded)).toBe(true);
    expect(opensEmbedded(['--partnership', 'T', 'scheme', 'list'], embedded)).toBe(true);
    expect(opensEmbedded(['--partnership=T', 'case', 'show', 'X1'], embedded)).toBe(true);
    expect(opensEmbedded(['import', 'people', 'people.csv'], embedded)).toBe(true);
    expect(opensEmbedded(['migrate'], embedded)).toBe(true);
  });

  it('is false on PostgreSQL, for help, for commands that open nothing or open it their own way, and for a group without its subcommand', () => {
    expect(opensEmbedded(['select', '--scheme', 'PPO'], { DATABASE_URL: 'postgres://x/y' } as NodeJS.ProcessEnv)).toBe(false);
    expect(opensEmbedded([], embedded)).toBe(false);
    expect(opensEmbedded(['--help'], embedded)).toBe(false);
    expect(opensEmbedded(['select', '-h'], embedded)).toBe(false);
    expect(opensEmbedded(['help', 'select'], embedded)).toBe(false);
    expect(opensEmbedded(['serve', '--port', '3000'], embedded)).toBe(false);
    expect(opensEmbedded(['ogrs3', 'cases.json'], embedded)).toBe(false);
    expect(opensEmbedded(['audit', 'key', '--create'], embedded)).toBe(false);
    expect(opensEmbedded(['case'], embedded)).toBe(false);
    expect(opensEmbedded(['case', 'help'], embedded)).toBe(false);
    expect(opensEmbedded(['--verbose', 'select'], embedded)).toBe(false);
  });
});
