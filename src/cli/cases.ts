// `waymark case …`: case work at the command line: caseloads, a case, its
// appointments and outcomes. The operator acts as an administrator (every
// change is logged); `caseload --user` says whose caseload to show.
import type { Command } from 'commander';
import { justificationOf, justificationOptions } from './justification.js';
import { registerAppointmentCommands } from './appointments.js';
import { CliError, withCli, type GlobalOptions } from './context.js';
import type { CaseView } from '../cases/model.js';
import { PATHWAYS, PATHWAY_LABELS } from '../glossary.js';

const out = (s: string) => process.stdout.write(`${s}\n`);
const json = (v: unknown) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

function printCase(c: CaseView): void {
  out(`${c.personRef}: case on ${c.scheme.code}, opened ${c.openedOn}, led by ${c.lead.agency}, case manager ${c.caseManager?.name ?? 'none'} (version ${c.version})`);
  if (c.healthWithheld) out(`Health and drug-treatment detail is not shown: ${c.healthWithheld}.`);
  out(c.custody.inCustody ? `In custody (${c.custody.kind}) since ${c.custody.since}; expected release ${c.custody.expectedRelease ?? 'not known'}` : 'In the community');
  out('Team:');
  for (const t of c.team) out(`  ${t.agency} (${t.role})${t.worker ? `: ${t.worker}` : ''}`);
  out('Actions:');
  for (const a of c.actions) out(`  #${a.id} ${a.kind}${a.pathway ? ` [${a.pathway}]` : ''}: ${a.description}; due ${a.dueDate}; ${a.status}${a.overdue ? ' (OVERDUE)' : ''}${a.outcome ? `: ${a.outcome}` : ''}`);
  if (!c.actions.length) out('  none');
  out('Appointments:');
  for (const a of c.appointments) out(`  #${a.id} ${a.date} ${a.purpose}: ${a.status}`);
  if (!c.appointments.length) out('  none');
  out('Alerts:');
  for (const a of c.alerts) out(`  #${a.id} ${a.raisedOn} ${a.kind}: ${a.detail}${a.acknowledgedBy ? ` (acknowledged by ${a.acknowledgedBy})` : ''}`);
  if (!c.alerts.length) out('  none');
  if (c.disengagement) out(`Disengagement pathway: ${c.disengagement.stage} since ${c.disengagement.since}${c.disengagement.route ? `, route ${c.disengagement.route}` : ''}`);
  for (const a of c.assessments) out(`Assessment (${a.kind}) ${a.date}: ${a.ratings.map((r) => `${r.pathway} ${r.rating}`).join(', ')}`);
  out('Notes:');
  for (const n of c.notes) out(`  ${n.date} ${n.author}${n.agency ? `, ${n.agency}` : ''}${n.sensitivity === 'health' ? ' (health)' : ''}: ${n.body}`);
  if (!c.notes.length) out('  none');
}

/** "--rate accommodation=high --rate health=low:note text" into the ratings of an assessment. */
function parseRatings(values: string[]) {
  const ratings: Record<string, { rating: string; note?: string }> = {};
  for (const v of values) {
    const m = /^([a-z_]+)=([a-z]+)(?::(.*))?$/.exec(v.trim());
    if (!m) throw new CliError(`--rate ${v}: write PATHWAY=RATING or PATHWAY=RATING:note, e.g. accommodation=high.`, { field: 'rate' });
    ratings[m[1]!] = { rating: m[2]!, ...(m[3] ? { note: m[3] } : {}) };
  }
  return ratings;
}

const collect = (v: string, prev: string[]) => [...prev, v];

export function registerCaseCommands(program: Command): void {
  const group = program.command('case').description('case management: caseloads, cases, appointments, outreach and plans');

  group
    .command('open')
    .description('open a case for a person on a scheme, with its lead agency and case manager')
    .argument('<ref>', 'the person reference')
    .requiredOption('--scheme <code>', 'the scheme the person is on')
    .requiredOption('--lead <agency>', 'the lead agency code')
    .option('--manager <username>', 'the case manager')
    .option('--date <date>', 'the date opened, YYYY-MM-DD (default: the partnership’s today)')
    .action(async (ref: string, opts: { scheme: string; lead: string; manager?: string; date?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const c = await services.cases.open(actor, { personRef: ref }, { schemeCode: opts.scheme, leadAgency: opts.lead, caseManager: opts.manager ?? null, openedOn: opts.date });
        out(`Case ${c.caseId} opened for ${c.personRef} on ${opts.scheme}.`);
      });
    });

  justificationOptions(
    group
      .command('show')
      .description("show a person's open case, as you may see it (logged)")
      .argument('<ref>', 'the person reference'),
  )
    .option('--json', 'print the case as JSON (the shape of GET /api/v1/people/{personRef}/case)')
    .action(async (ref: string, opts: { justification?: string; reason?: string; json?: boolean }, cmd: Command) => {
      const justification = justificationOf(opts);
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const c = await services.cases.view(actor, { personRef: ref }, { justification, channel: 'cli' });
        if (!c) throw new CliError(`${ref} has no open case.`);
        if (opts.json) json(c);
        else printCase(c);
      });
    });

  group
    .command('caseload')
    .description("a user's caseload: their own cases, their agency's, or what needs action today (logged)")
    .requiredOption('--user <username>', 'whose caseload')
    .option('--view <view>', 'mine, team or today', 'mine')
    .option('--scheme <code>', 'only cases on this scheme')
    .option('--lead <agency>', 'only cases led by this agency (code)')
    .option('--json', 'print {"cases": [...]} as the API does')
    .action(async (opts: { user: string; view: string; scheme?: string; lead?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const c = await services.cases.caseload(actor, { username: opts.user, view: opts.view, scheme: opts.scheme, lead: opts.lead });
        if (opts.json) return json({ view: c.view, today: c.today, counts: c.counts, withheldForAgreement: c.withheldForAgreement, cases: c.cases, next: null });
        out(`${c.user?.name ?? opts.user}: ${c.view} (${c.cases.length} of mine ${c.counts.mine}, team ${c.counts.team}, today ${c.counts.today}) on ${c.today}`);
        if (c.withheldNote) out(c.withheldNote);
        for (const r of c.cases)
          out(`  ${r.personRef}  ${r.familyName.toUpperCase()}, ${r.givenNames}  ${r.scheme}  lead ${r.lead}  next due ${r.nextDue ?? '-'}${r.overdueActions ? `  ${r.overdueActions} OVERDUE` : ''}${r.unacknowledgedAlerts ? `  ${r.unacknowledgedAlerts} alert(s)` : ''}`);
      });
    });

  group
    .command('lead')
    .description("change a case's lead agency and case manager")
    .argument('<ref>', 'the person reference')
    .requiredOption('--lead <agency>', 'the lead agency code')
    .option('--manager <username>', 'the case manager (none when left out)')
    .action(async (ref: string, opts: { lead: string; manager?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        await services.cases.changeLead(actor, { personRef: ref }, { leadAgency: opts.lead, caseManager: opts.manager ?? null });
        out(`The case of ${ref} is now led by ${opts.lead}${opts.manager ? `, case manager ${opts.manager}` : ''}.`);
      });
    });

  group
    .command('team')
    .description("add an agency to a case's team (one role per agency), change its role or worker, or take it off")
    .argument('<ref>', 'the person reference')
    .requiredOption('--agency <agency>', 'the agency code')
    .option('--role <role>', 'its role on the case, e.g. "drug worker"')
    .option('--worker <username>', 'the named worker')
    .option('--remove', 'take the agency off the team')
    .action(async (ref: string, opts: { agency: string; role?: string; worker?: string; remove?: boolean }, cmd: Command) => {
      if (!opts.remove && !opts.role) throw new CliError('Give --role (--role lead for the agency that leads the case, to name its worker), or --remove to take the agency off the team.', { field: 'role' });
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        if (opts.remove) await services.cases.removeTeamMember(actor, { personRef: ref }, { agency: opts.agency });
        else await services.cases.setTeamMember(actor, { personRef: ref }, { agency: opts.agency, role: opts.role!, worker: opts.worker ?? null });
        out(opts.remove ? `${opts.agency} taken off the team of ${ref}.` : `${opts.agency} is on the team of ${ref} as ${opts.role}.`);
      });
    });

  const action = group.command('action').description('plan actions');
  action
    .command('add')
    .description('add a plan action on a pathway, owned by an agency, due on a date')
    .argument('<ref>', 'the person reference')
    .requiredOption('--pathway <pathway>', `one of ${PATHWAYS.join(', ')}`)
    .requiredOption('--description <text>', 'what is to be done')
    .requiredOption('--owner <agency>', 'the owner agency code')
    .requiredOption('--due <date>', 'the due date, YYYY-MM-DD')
    .action(async (ref: string, opts: { pathway: string; description: string; owner: string; due: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.cases.addAction(actor, { personRef: ref }, { pathway: opts.pathway, description: opts.description, ownerAgency: opts.owner, dueDate: opts.due });
        out(`Action ${a.id} added (${PATHWAY_LABELS[a.pathway]}), due ${a.dueDate}.`);
      });
    });
  action
    .command('done')
    .description('mark an action done (or cancelled) with its outcome')
    .argument('<id>', 'the action id')
    .requiredOption('--outcome <text>', 'what came of it')
    .option('--cancel', 'mark it cancelled rather than done')
    .option('--date <date>', 'the date, YYYY-MM-DD (default: the partnership’s today)')
    .action(async (id: string, opts: { outcome: string; cancel?: boolean; date?: string }, cmd: Command) => {
      const actionId = Number(id);
      if (!Number.isSafeInteger(actionId) || actionId <= 0) throw new CliError(`The action id must be a number, not "${id}".`, { field: 'id' });
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.cases.actionOutcome(actor, actionId, { status: opts.cancel ? 'cancelled' : 'done', outcome: opts.outcome, completedOn: opts.date });
        out(`Action ${a.id} ${a.status} on ${a.completedOn}.`);
      });
    });

  group
    .command('note')
    .description('add a case note')
    .argument('<ref>', 'the person reference')
    .requiredOption('--body <text>', 'the note')
    .option('--health', 'health or drug-treatment detail: shown only to those who may see it')
    .option('--date <date>', 'the date, YYYY-MM-DD (default: the partnership’s today)')
    .action(async (ref: string, opts: { body: string; health?: boolean; date?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const n = await services.cases.addNote(actor, { personRef: ref }, { body: opts.body, sensitivity: opts.health ? 'health' : 'normal', date: opts.date });
        out(`Note ${n.id} added to the case of ${ref}${n.sensitivity === 'health' ? ' (health)' : ''}.`);
      });
    });

  group
    .command('assess')
    .description('record a needs assessment rating all seven pathways none, low, medium or high')
    .argument('<ref>', 'the person reference')
    .option('--kind <kind>', 'initial or follow_up', 'initial')
    .option('--date <date>', 'the date, YYYY-MM-DD (default: the partnership’s today)')
    .option('--rate <pathway=rating[:note]>', `a rating, once per pathway (${PATHWAYS.join(', ')})`, collect, [])
    .action(async (ref: string, opts: { kind: string; date?: string; rate: string[] }, cmd: Command) => {
      const ratings = parseRatings(opts.rate);
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.cases.recordAssessment(actor, { personRef: ref }, { kind: opts.kind, date: opts.date, ratings });
        out(`Assessment ${a.id} (${a.kind}) recorded for ${ref} on ${a.date}.`);
      });
    });

  registerAppointmentCommands(group);
}
