// Every CLI command that may show a restricted record takes the reason by the
// same names, --justification and --reason, and says so in its --help.
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { registerCommands } from '../../../src/cli/commands.js';
import { justificationNeeded, justificationOf } from '../../../src/cli/justification.js';
import { JustificationRequiredError } from '../../../src/access/permissions.js';

function commandAt(program: Command, path: string[]): Command {
  let c = program;
  for (const name of path) {
    const next = c.commands.find((x) => x.name() === name);
    if (!next) throw new Error(`no command ${path.join(' ')}`);
    c = next;
  }
  return c;
}

describe('the reason for seeing a restricted record at the CLI', () => {
  const program = new Command('waymark');
  registerCommands(program);

  it.each([['case', 'show'], ['person', 'timeline'], ['risk', 'show'], ['ogrs3'], ['export']])('%s %s takes --justification and --reason', (...path) => {
    const cmd = commandAt(program, path.filter(Boolean));
    const flags = cmd.options.map((o) => o.long);
    expect(flags).toContain('--justification');
    expect(flags).toContain('--reason');
    expect(cmd.helpInformation()).toMatch(/--reason <text>\s+the same as --justification/);
  });

  it('takes either name, refuses two different reasons, and names the option when one is needed', () => {
    expect(justificationOf({ reason: 'panel' })).toBe('panel');
    expect(justificationOf({ justification: 'panel' })).toBe('panel');
    expect(() => justificationOf({ justification: 'a', reason: 'b' })).toThrow(/same option/);
    expect(justificationNeeded(new JustificationRequiredError())).toMatch(/--justification TEXT/);
  });
});
