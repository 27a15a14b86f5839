// What the CLI prints when a command fails, and its exit code: one line the
// user can act on, never a stack trace unless asked for (WAYMARK_DEBUG=1).
import { describeError, exitCodeOf, inputErrorOfDatabase, isWaymarkError } from '../errors.js';
import { DataFolderLockedError } from '../db/lock.js';
import { JustificationRequiredError } from '../access/permissions.js';
import { justificationNeeded } from './justification.js';

export function failureOf(raised: unknown, env: NodeJS.ProcessEnv = process.env): { text: string; code: number } {
  // A command's arguments cannot hold a NUL character (the system's argv cannot
  // carry one), but a file it reads can: the database's refusal is bad input too.
  const e = inputErrorOfDatabase(raised) ?? raised;
  // Bad input, something missing, a clash: what is wrong, in the service's own words.
  if (isWaymarkError(e)) return { text: `waymark: ${e instanceof JustificationRequiredError ? justificationNeeded(e) : describeError(e)}\n`, code: exitCodeOf(e) };
  if (e instanceof DataFolderLockedError) return { text: `waymark: ${e.message}\n`, code: 1 };
  // A fault in Waymark itself: say so, and what it was, in one line; the trace only to one who asks.
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const text = `waymark: something went wrong inside Waymark, not in what you asked (${what.split('\n')[0]}). Please report it; run again with WAYMARK_DEBUG=1 to see where it happened.\n`;
  const trace = env.WAYMARK_DEBUG === '1' && e instanceof Error && e.stack ? `${e.stack}\n` : '';
  return { text: text + trace, code: 1 };
}
