// `waymark demo`: creates the demo partnership (SPEC 4) and prints its sign-ins.
// It creates the partnership, so it opens the database itself rather than
// acting for an existing partnership.
import os from 'node:os';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { cliServices, openCliDatabase } from './context.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import type { Services } from '../services.js';
import {
  DEFAULT_DEMO_CODE,
  DEFAULT_DEMO_PEOPLE,
  DEFAULT_DEMO_SEED,
  DemoExistsError,
  type DemoOptions,
  type DemoResult,
  type DemoSignIn,
} from '../demo/service.js';

function wholeNumber(name: string, min: number, max: number) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidInputError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
    return n;
  };
}

/** The sign-ins as a plain-text table, for the console. */
export function formatSignIns(signIns: readonly DemoSignIn[]): string {
  const header = { username: 'username', role: 'role', agency: 'agency', password: 'password' };
  const rows = [header, ...signIns];
  const width = (k: keyof typeof header) => Math.max(...rows.map((r) => r[k].length));
  const cols = (['username', 'role', 'agency', 'password'] as const).map((k) => [k, width(k)] as const);
  const line = (r: typeof header) => cols.map(([k, w]) => r[k].padEnd(w)).join('  ').trimEnd();
  return [line(header), cols.map(([, w]) => '-'.repeat(w)).join('  '), ...signIns.map(line)].join('\n') + '\n';
}

export function formatDemoSummary(r: DemoResult): string {
  const c = r.counts;
  return [
    `Created the demo partnership ${r.code} (id ${r.partnershipId}) in ${(r.milliseconds / 1000).toFixed(1)} s: ` +
      `${c.people.toLocaleString('en-GB')} people, ${c.events.toLocaleString('en-GB')} events, ${c.memberships.toLocaleString('en-GB')} scheme memberships.`,
    `Seed ${r.seed}. Data are as of ${r.extractDate}. Scheme capacities: PPO ${r.capacity.PPO}, IOM ${r.capacity.IOM}, DRR ${r.capacity.DRR}.`,
    'Sign-ins (demo data only; the passwords are fixed and published):',
    '',
    formatSignIns(r.signIns),
  ].join('\n');
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('create a fictional demo partnership with generated people, events and sign-ins (SPEC 4)')
    .option('--people <n>', `people in the pool (200000 for force scale)`, wholeNumber('--people', 1, 5_000_000), DEFAULT_DEMO_PEOPLE)
    .option('--seed <s>', 'random seed: the same seed gives the same data', wholeNumber('--seed', 0, 4_294_967_295), DEFAULT_DEMO_SEED)
    .option('--code <code>', 'the partnership code (also the username prefix)', DEFAULT_DEMO_CODE)
    .option('--json', 'print the result as JSON only')
    .action(async (opts: { people: number; seed: number; code: string; json?: boolean }) => {
      const database = await openCliDatabase();
      try {
        const { demo } = cliServices(database);
        const result = await createDemoWithProgress(demo, { people: opts.people, seed: opts.seed, code: opts.code, actorLabel: `cli:${os.userInfo().username}` });
        process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatDemoSummary(result));
      } catch (e) {
        // Where the existing partnership is, so the user knows which data to move aside.
        if (e instanceof DemoExistsError) throw new ConflictError(`${e.message} (data: ${database.location})`);
        throw e;
      } finally {
        await database.close();
      }
    });
}

/** Creates the demo partnership with a progress bar on stderr (the CLI and the first `npm start`). */
export async function createDemoWithProgress(demo: Services['demo'], opts: DemoOptions): Promise<DemoResult> {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'demo data [{bar}] {percentage}% | {value}/{total} people | {duration_formatted}',
      hideCursor: true,
      // Without a terminal (logs, CI), a line every 10 s instead of a redrawn bar.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    return await demo.create({
      ...opts,
      onProgress: ({ people, total }) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(people);
      },
    });
  } finally {
    if (started) bar.stop();
  }
}
