// `waymark person timeline REF [--kind K,K] [--cursor C] [--limit N] [--reason R] [--json]`:
// one page of the person's timeline, newest first, as the person page and
// GET /api/v1/people/{id}/timeline give it (the same service). The next
// page's cursor is printed last. Logged as a consultation, like every view.
import type { Command } from 'commander';
import { justificationOf, justificationOptions } from './justification.js';
import { withCli, type GlobalOptions } from './context.js';
import { personByRef } from '../people/by-ref.js';
import { TIMELINE_KINDS, timelineKindsOf } from '../people/service.js';
import { InvalidInputError } from '../errors.js';

export function registerTimelineCommands(person: Command): void {
  const timeline = person
    .command('timeline')
    .description("one page of a person's timeline, newest first (the next page with --cursor)")
    .argument('<ref>', 'the person reference')
    .option('--kind <kinds>', `only these kinds, separated by commas (${TIMELINE_KINDS.join(', ')})`)
    .option('--cursor <cursor>', 'where the page starts: the cursor the previous page printed')
    .option('--limit <n>', 'entries on the page (default 50, at most 200)');
  justificationOptions(timeline)
    .option('--json', 'print { "timeline": [...], "next": cursor|null, "counts": {...} }')
    .action(async (ref: string, opts: { kind?: string; cursor?: string; limit?: string; justification?: string; reason?: string; json?: boolean }, cmd: Command) => {
      const justification = justificationOf(opts);
      const kinds = opts.kind === undefined ? [] : timelineKindsOf(opts.kind);
      if (opts.kind !== undefined && kinds.length !== opts.kind.split(',').filter((k) => k.trim()).length) {
        throw new InvalidInputError(`--kind takes kinds of entry separated by commas, from: ${TIMELINE_KINDS.join(', ')}.`, { field: 'kind' });
      }
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ database, services, actor }) => {
        const p = await personByRef(database.db, actor, ref);
        const page = await services.people.timeline(actor, p.id, { channel: 'cli', justification, timeline: { kinds, cursor: opts.cursor, limit: opts.limit } });
        if (opts.json) {
          process.stdout.write(JSON.stringify({ timeline: page.items, next: page.next, counts: page.counts }, null, 2) + '\n');
          return;
        }
        for (const e of page.items) process.stdout.write(`${e.date}  ${e.title}${e.detail ? ` — ${e.detail}` : ''}${e.by ? ` (by ${e.by})` : ''}\n`);
        const last = page.before + page.items.length;
        process.stdout.write(`\n${page.items.length ? `Entries ${page.before + 1} to ${last}` : 'No entries'} of ${page.matching}${kinds.length ? ` (${page.total} in all)` : ''}, most recent first.\n`);
        if (page.next) process.stdout.write(`More: waymark person timeline ${p.person_ref}${opts.kind ? ` --kind ${kinds.join(',')}` : ''} --cursor ${page.next}\n`);
      });
    });
}
