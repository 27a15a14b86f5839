// The one way a CLI command that may show a restricted record takes the reason
// for seeing it (SPEC 3.8): --justification TEXT, the word the web form and the
// API's X-Justification header use, or --reason TEXT, the same (the name
// `person timeline` took first). The reason is written to the audit log.
import type { Command } from 'commander';
import { JustificationRequiredError } from '../access/permissions.js';
import { CliError } from './context.js';

/** Adds --justification and its alias --reason to a command. */
export function justificationOptions(cmd: Command, why = 'why you need to see a restricted record (written to the audit log)'): Command {
  return cmd.option('--justification <text>', why).option('--reason <text>', 'the same as --justification');
}

/** The reason given, by either name. */
export function justificationOf(opts: { justification?: string; reason?: string }): string | undefined {
  if (opts.justification !== undefined && opts.reason !== undefined && opts.justification !== opts.reason) {
    throw new CliError('Give the reason once: --justification and --reason are the same option.');
  }
  return opts.justification ?? opts.reason;
}

/** What the CLI says when a restricted record needs a reason: the service's words, and the option that gives it. */
export function justificationNeeded(e: JustificationRequiredError): string {
  return `${e.message} Give the reason with --justification TEXT (or --reason TEXT); it is written to the audit log with your name.`;
}
