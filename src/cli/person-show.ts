// `waymark person show REF [--justification R] [--json]`: one person's record as the
// person page and GET /api/v1/people/{id} give it (the same service): identity,
// identifiers, addresses, schemes, custody and what is withheld from you.
// Logged as a consultation, like every view; a restricted record needs a reason (--justification, or --reason: justification.ts).
import type { Command } from 'commander';
import { withCli, type GlobalOptions } from './context.js';
import { justificationOf, justificationOptions } from './justification.js';
import { personByRef } from '../people/by-ref.js';
import type { PersonRecord } from '../people/service.js';

export function registerShowCommands(person: Command): void {
  const show = person
    .command('show')
    .description("one person's record: identity, identifiers, addresses, schemes and custody (as the person page)")
    .argument('<ref>', 'the person reference')
    .option('--json', 'print the record as GET /api/v1/people/{id} answers it');
  justificationOptions(show)
    .action(async (ref: string, opts: { justification?: string; reason?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ database, services, actor }) => {
        const p = await personByRef(database.db, actor, ref);
        const record = await services.people.view(actor, p.id, { channel: 'cli', justification: justificationOf(opts) });
        process.stdout.write(opts.json ? JSON.stringify(record, null, 2) + '\n' : personText(record));
      });
    });
}

const span = (from: string, to: string | null) => `${from} to ${to ?? 'now'}`;

/** The record as lines of text, section by section, as the person page lays it out. */
export function personText(r: PersonRecord): string {
  const p = r.person;
  const out: string[] = [];
  out.push(`${p.familyName}, ${p.givenNames} (${p.personRef})${p.restricted ? ' [restricted]' : ''}`);
  out.push(`Born ${p.dateOfBirth}; sex ${p.sex}${p.ethnicity ? `; ethnicity ${p.ethnicity}` : ''}${p.dateOfDeath ? `; died ${p.dateOfDeath}` : ''}`);
  const section = (title: string, lines: string[], none: string) => {
    out.push('', title);
    out.push(...(lines.length ? lines : [none]).map((l) => `  ${l}`));
  };
  section('Identifiers', r.identifiers.map((i) => `${i.kind}: ${i.value}`), 'None recorded.');
  section(
    'Addresses, newest first',
    r.addresses.map((a) => `${span(a.fromDate, a.toDate)}  ${a.areaName ? `${a.areaName} (${a.areaCode})` : `${a.areaCode} (outside the partnership)`}${a.postcode ? `  ${a.postcode}` : ''}`),
    'None recorded.',
  );
  section(
    'Schemes',
    r.memberships.map((m) => `${m.schemeCode}${m.tier ? ` (${m.tier})` : ''}  ${span(m.startDate, m.endDate)}${m.endReason ? `; left: ${m.endReason}` : ''}`),
    'Not on a scheme.',
  );
  section(
    'Custody',
    r.custody.map((c) => `${c.kind}  ${span(c.receptionDate, c.releaseDate)}${c.releaseDate === null && c.expectedReleaseDate ? `; due out ${c.expectedReleaseDate}` : ''}${c.establishment ? `; ${c.establishment}` : ''}`),
    'None recorded.',
  );
  const entries = Object.values(r.timelineCounts).reduce((a, b) => a + (b ?? 0), 0);
  out.push('', `Timeline: ${entries} entries (waymark person timeline ${p.personRef}).${r.openCaseId !== null ? ` Open case: ${r.openCaseId}.` : ''}`);
  if (r.withheld.length) section('Withheld from you', r.withheld, '');
  return out.join('\n') + '\n';
}
