// `waymark risk …`: risk of serious harm assessments and MAPPA referrals.
//   waymark risk assess REF --date YYYY-MM-DD --rosh LEVEL [--agency CODE] [--assessor NAME] [--notes TEXT]
//   waymark risk mappa REF --date YYYY-MM-DD [--outcome TEXT] [--outcome-date YYYY-MM-DD]
//   waymark risk show REF [--json]
// Each records through the same service as the web page and the API, audited.
import type { Command } from 'commander';
import { justificationOf, justificationOptions } from './justification.js';
import { CliError, withCli, type GlobalOptions } from './context.js';

export function registerRiskCommands(program: Command): void {
  const risk = program.command('risk').description('risk of serious harm assessments and MAPPA referrals');

  risk
    .command('assess')
    .description('record a risk of serious harm assessment of a person')
    .argument('<ref>', 'the person reference')
    .option('--date <date>', 'the date of the assessment, YYYY-MM-DD')
    .option('--rosh <level>', 'the risk of serious harm: low, medium, high or very_high')
    .option('--agency <code>', 'the code of the assessing agency')
    .option('--assessor <name>', 'who assessed')
    .option('--notes <text>', 'notes')
    .option('--json', 'print the recorded assessment as JSON')
    .action(async (ref: string, opts: { date?: string; rosh?: string; agency?: string; assessor?: string; notes?: string; json?: boolean }, cmd: Command) => {
      if (!opts.date) throw new CliError('Give the date of the assessment: --date YYYY-MM-DD.', { field: 'date' });
      if (!opts.rosh) throw new CliError('Give the risk of serious harm: --rosh low|medium|high|very_high.', { field: 'rosh' });
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const r = await services.risk.recordAssessment(actor, { personRef: ref, date: opts.date!, riskOfSeriousHarm: opts.rosh!, assessorAgency: opts.agency, assessor: opts.assessor, notes: opts.notes });
        if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else process.stdout.write(`Risk assessment ${r.id} of ${r.personRef} recorded: risk of serious harm ${r.riskOfSeriousHarm.replace('_', ' ')} on ${r.date}${r.assessorAgency ? `, by ${r.assessorAgency.name}` : ''}.\n`);
      });
    });

  risk
    .command('mappa')
    .description('record a MAPPA referral of a person, with its outcome when known')
    .argument('<ref>', 'the person reference')
    .option('--date <date>', 'the date of the referral, YYYY-MM-DD')
    .option('--outcome <text>', 'the outcome of the referral (a MAPPA level, say)')
    .option('--outcome-date <date>', 'the date of the outcome, YYYY-MM-DD')
    .option('--json', 'print the recorded referral as JSON')
    .action(async (ref: string, opts: { date?: string; outcome?: string; outcomeDate?: string; json?: boolean }, cmd: Command) => {
      if (!opts.date) throw new CliError('Give the date of the referral: --date YYYY-MM-DD.', { field: 'date' });
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const r = await services.risk.recordMappaReferral(actor, { personRef: ref, date: opts.date!, outcome: opts.outcome, outcomeDate: opts.outcomeDate });
        if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else process.stdout.write(`MAPPA referral ${r.id} of ${r.personRef} recorded on ${r.date}${r.outcome ? `: ${r.outcome}` : ' (no outcome yet)'}.\n`);
      });
    });

  justificationOptions(
    risk
      .command('show')
      .description("a person's risk assessments and MAPPA referrals, newest first")
      .argument('<ref>', 'the person reference'),
  )
    .option('--json', 'print {riskAssessments, mappaReferrals} as JSON')
    .action(async (ref: string, opts: { justification?: string; reason?: string; json?: boolean }, cmd: Command) => {
      const justification = justificationOf(opts);
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const riskAssessments = await services.risk.assessments(actor, { personRef: ref, justification });
        const mappaReferrals = await services.risk.mappaReferrals(actor, { personRef: ref, justification });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ riskAssessments, mappaReferrals })}\n`);
          return;
        }
        const lines = [`Risk assessments of ${ref}:`];
        for (const a of riskAssessments) lines.push(`  ${a.date}  ${a.riskOfSeriousHarm.padEnd(9)}  ${a.assessorAgency?.code ?? '-'}`);
        if (riskAssessments.length === 0) lines.push('  none recorded');
        lines.push(`MAPPA referrals of ${ref}:`);
        for (const m of mappaReferrals) lines.push(`  ${m.date}  ${m.outcome ?? '(no outcome yet)'}${m.outcomeDate ? ` on ${m.outcomeDate}` : ''}`);
        if (mappaReferrals.length === 0) lines.push('  none recorded');
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
