// `waymark case appointment …`, `case disengagement …`, `case release-task …`
// and `case outreach-days`: appointments and their outcomes (a miss opens
// assertive outreach, a further miss the disengagement pathway), the lead's
// route and outcome on the pathway, release planning, and the partnership's
// days to outreach. Each calls one function of services.appointments.
import type { Command } from 'commander';
import { CliError, withCli, type GlobalOptions } from './context.js';
import type { AppointmentResult } from '../cases/appointments.js';

const print = (json: boolean | undefined, value: unknown, line: string) => process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${line}\n`);

function positiveId(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new CliError(`${what} must be a whole number, not "${value}".`);
  return n;
}

/** What an outcome set going, in words. */
function effects(a: AppointmentResult): string {
  const parts: string[] = [];
  if (a.outreach) parts.push(`assertive outreach ${a.outreach.id} due ${a.outreach.dueDate}`);
  if (a.disengagement) parts.push(`the disengagement pathway (${a.disengagement.id}) opened`);
  if (a.disengagementInProgress) parts.push(`the disengagement pathway ${a.disengagementInProgress} is already in progress`);
  if (a.closedOutreach.length) parts.push(`closed outreach ${a.closedOutreach.join(', ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

export function registerAppointmentCommands(group: Command): void {
  const appointment = group.command('appointment').description('appointments on a case: planned, attended, missed or cancelled');

  appointment
    .command('add')
    .description('record an appointment: planned (any date), or with its outcome for a date up to today')
    .argument('<ref>', 'the person reference')
    .requiredOption('--date <date>', 'the appointment date, YYYY-MM-DD')
    .requiredOption('--purpose <text>', 'what the appointment is for')
    .option('--status <status>', 'planned, attended, missed or cancelled', 'planned')
    .option('--agency <code>', 'the agency it is with (default: the case’s lead agency)')
    .option('--scheme <code>', 'the scheme whose case it is, when the person has several open')
    .option('--json', 'print the appointment as JSON')
    .action(async (ref: string, opts: { date: string; purpose: string; status: string; agency?: string; scheme?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.appointments.record(actor, { personRef: ref }, { date: opts.date, purpose: opts.purpose, status: opts.status, agencyCode: opts.agency ?? null, scheme: opts.scheme ?? null });
        print(opts.json, a, `Appointment ${a.id} for ${a.personRef} on ${a.date} recorded as ${a.status}${effects(a)}.`);
      });
    });

  appointment
    .command('outcome')
    .description('record a planned appointment’s outcome')
    .argument('<id>', 'the appointment id')
    .requiredOption('--status <status>', 'attended, missed or cancelled')
    .option('--version <n>', 'the version you read (refused when someone has changed it since)')
    .option('--json', 'print the appointment as JSON')
    .action(async (id: string, opts: { status: string; version?: string; json?: boolean }, cmd: Command) => {
      const appointmentId = positiveId(id, 'The appointment id');
      const version = opts.version === undefined ? undefined : positiveId(opts.version, 'The version');
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.appointments.recordOutcome(actor, { appointmentId, status: opts.status, version });
        print(opts.json, a, `Appointment ${a.id} for ${a.personRef} on ${a.date} recorded as ${a.status}${effects(a)}.`);
      });
    });

  const pathway = group.command('disengagement').description('the disengagement pathway: the route taken and its outcome');

  pathway
    .command('route')
    .description('record the route taken on the pathway in progress')
    .argument('<ref>', 'the person reference')
    .requiredOption('--route <route>', 'enforcement, breach or return_to_court')
    .option('--date <date>', 'when, YYYY-MM-DD (default: the partnership’s today)')
    .option('--json', 'print the pathway as JSON')
    .action(async (ref: string, opts: { route: string; date?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const d = await services.appointments.recordDisengagementRoute(actor, { personRef: ref }, { route: opts.route, date: opts.date });
        print(opts.json, d, `Disengagement pathway ${d.id} for ${d.personRef} (since ${d.since}): route ${d.route?.replace(/_/g, ' ')} on ${d.routeOn}.`);
      });
    });

  pathway
    .command('outcome')
    .description('record the outcome of the route taken, concluding the pathway')
    .argument('<ref>', 'the person reference')
    .requiredOption('--outcome <text>', 'what came of it')
    .option('--date <date>', 'when, YYYY-MM-DD (default: the partnership’s today)')
    .option('--json', 'print the pathway as JSON')
    .action(async (ref: string, opts: { outcome: string; date?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const d = await services.appointments.recordDisengagementOutcome(actor, { personRef: ref }, { outcome: opts.outcome, date: opts.date });
        print(opts.json, d, `Disengagement pathway ${d.id} for ${d.personRef} concluded on ${d.concludedOn}.`);
      });
    });

  const release = group.command('release-task').description('release planning: accommodation on release, treatment continuity, police told');

  release
    .command('plan')
    .description('plan a release from custody: make the three tasks, due a week before the expected release')
    .argument('<ref>', 'the person reference')
    .option('--expected-release <date>', 'YYYY-MM-DD (default: the current custody’s expected release)')
    .option('--json', 'print the plan as JSON')
    .action(async (ref: string, opts: { expectedRelease?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const p = await services.appointments.planRelease(actor, { personRef: ref }, { expectedRelease: opts.expectedRelease });
        print(opts.json, p, [`Release of ${p.personRef} expected ${p.expectedRelease}: planned.`, ...p.tasks.map((x) => `  ${x.id}  ${x.description}, due ${x.dueDate}`)].join('\n'));
      });
    });

  release
    .command('record')
    .description('record who was told of the release, and when; the task is then done')
    .argument('<id>', 'the task’s case action id')
    .requiredOption('--told-whom <text>', 'who was told')
    .option('--told-on <date>', 'YYYY-MM-DD (default: the partnership’s today)')
    .option('--note <text>', 'anything else to keep')
    .option('--json', 'print the task as JSON')
    .action(async (id: string, opts: { toldWhom: string; toldOn?: string; note?: string; json?: boolean }, cmd: Command) => {
      const actionId = positiveId(id, 'The task id');
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const x = await services.appointments.recordReleaseTask(actor, { actionId, toldWhom: opts.toldWhom, toldOn: opts.toldOn, note: opts.note });
        print(opts.json, x, `${x.description}: told ${x.toldWhom} on ${x.toldOn}; done.`);
      });
    });

  group
    .command('outreach-days')
    .description('show, or set (0 to 60), the days after a missed appointment that its assertive outreach is due')
    .argument('[days]', 'the new number of days')
    .action(async (days: string | undefined, _opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        if (days === undefined) {
          const r = await services.appointments.outreachDays(actor);
          process.stdout.write(`Assertive outreach is due ${r.outreachDays} day${r.outreachDays === 1 ? '' : 's'} after a missed appointment.\n`);
          return;
        }
        const r = await services.appointments.setOutreachDays(actor, days);
        process.stdout.write(`Assertive outreach is now due ${r.outreachDays} day${r.outreachDays === 1 ? '' : 's'} after a missed appointment (was ${r.was}).\n`);
      });
    });
}
