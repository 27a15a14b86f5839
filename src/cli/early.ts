// Which commands open the embedded database, told from the command line alone
// before any command module is loaded, so it can be started early
// (src/db/embedded-early.ts). A command left out only starts as it did
// before; one wrongly put in starts the database and closes it unused.
import { dataDirOf } from '../config.js';
import { startEmbeddedEarly } from '../db/embedded-early.js';

/** Commands that never open the embedded database, or open it their own way. */
const OPENS_NOTHING = new Set(['help', 'serve', 'ogrs3']);
/** Commands that are only a group of subcommands: without one they print help. */
const GROUPS = new Set(['partnership', 'area', 'agency', 'scheme', 'user', 'token', 'audit', 'person', 'agreement', 'case', 'alerts', 'watchlist', 'risk', 'performance', 'report', 'panel', 'matrix', 'retention']);
/** Subcommands that open no database: `audit key` reads and writes the key file only. */
const SUB_OPENS_NOTHING = new Set(['help', 'audit key']);

/**
 * Whether the command `args` (the arguments after the script) will open the
 * embedded database: not with DATABASE_URL set (PostgreSQL), not for help,
 * an unknown global option, or a group named without its subcommand.
 */
export function opensEmbedded(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (env.DATABASE_URL) return false;
  if (args.some((a) => a === '-h' || a === '--help')) return false;
  const words: string[] = [];
  for (let i = 0; i < args.length && words.length < 2; i++) {
    const a = args[i]!;
    if (a === '--partnership') i++;
    else if (a.startsWith('--partnership=')) continue;
    else if (a.startsWith('-')) {
      // Before the command, only --partnership is known; after it, the command's options start.
      if (words.length === 0) return false;
      break;
    } else words.push(a);
  }
  const [command, sub] = words;
  if (command === undefined || OPENS_NOTHING.has(command)) return false;
  if (GROUPS.has(command)) return sub !== undefined && sub !== 'help' && !SUB_OPENS_NOTHING.has(`${command} ${sub}`);
  return true;
}

/** Starts the embedded database now if the command will open it. */
export function startEarlyFor(args: readonly string[], env: NodeJS.ProcessEnv): void {
  if (opensEmbedded(args, env)) startEmbeddedEarly(dataDirOf(env));
}
