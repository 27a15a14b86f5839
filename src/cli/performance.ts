// `waymark ogrs3` and `waymark performance …`: the measures of SPEC 3.6 at the
// command line. `--json` prints only JSON on stdout; otherwise a readable table
// with the method and inputs.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { CliError, withCli, type GlobalOptions } from './context.js';
import { justificationOf, justificationOptions } from './justification.js';
import { Ogrs3RecordError, scoreOgrs3Records } from '../performance/ogrs3-history.js';
import { registerDrrCommands } from './drr.js';

const pct = (x: number | null, dp = 1) => (x === null ? '—' : `${(x * 100).toFixed(dp)}%`);
const num = (x: number | null, dp = 2) => (x === null ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(dp));
const signed = (x: number, dp = 2) => (x > 0 ? '+' : x < 0 ? '−' : '') + num(Math.abs(x), dp);
const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
};

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A fraction: "0.16", or "16%". */
function parseFraction(flag: string) {
  return (v: string) => {
    const m = /^\s*([0-9.]+)\s*(%?)\s*$/.exec(v);
    const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!Number.isFinite(n)) throw new CliError(`${flag}: "${v}" is not a fraction such as 0.16 or 16%.`);
    return n;
  };
}

/** Runs a command against the database; service errors reach the CLI's entry, which prints them. */
function run<T>(cmd: Command, fn: (ctx: Parameters<Parameters<typeof withCli>[1]>[0]) => Promise<T>): Promise<T> {
  return withCli(cmd.optsWithGlobals<GlobalOptions>(), fn);
}

export function registerPerformanceCommands(program: Command): void {
  const ogrs3 = program
    .command('ogrs3')
    .description('OGRS3 one- and two-year probabilities: for each record of FILE.json (the form of reference/ogrs3/cases.json; needs no database), or for a stored person')
    .argument('[file]', 'JSON array of {id, sex, birthDate, convictionDate, firstSanctionDate, atRiskDate, previousSanctions, offenceCategory}')
    .option('--person <ref>', 'score a stored person instead of a file')
    .option('--as-of <date>', "with --person: the date to score as of (default: the partnership's today)");
  justificationOptions(ogrs3, 'with --person: why you need to see a restricted person (written to the audit log)')
    .action(async (file: string | undefined, opts: { person?: string; asOf?: string; justification?: string; reason?: string }, cmd: Command) => {
      if (opts.person) {
        const justification = justificationOf(opts);
        if (file) throw new CliError('Give FILE or --person, not both.');
        const r = await run(cmd, async ({ services, actor }) =>
          services.performance.personOgrs3(actor, { personRef: opts.person!, asOf: opts.asOf ?? (await services.partnerships.today(actor)), justification }),
        );
        out(JSON.stringify(r, null, 2));
        return;
      }
      if (!file) throw new CliError('ogrs3: give a FILE.json of records, or --person REF.');
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new CliError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new CliError(`${file}: is not valid JSON (${(e as Error).message}).`);
      }
      try {
        out(JSON.stringify(scoreOgrs3Records(json), null, 1));
      } catch (e) {
        if (e instanceof Ogrs3RecordError) throw new CliError(`${file}: ${e.message}`);
        throw e;
      }
    });

  const perf = program.command('performance').description('performance measures: NI30, NI38, NI18, proven reoffending, OGRS3, concentration and the Premium Service (SPEC 3.6)');
  registerDrrCommands(perf);

  perf
    .command('ni30')
    .description('NI30-style cohort reoffending for a scheme and performance year')
    .requiredOption('--scheme <code>', 'scheme code, e.g. PPO')
    .requiredOption('--year <yyyy/yy>', 'performance year, e.g. 2008/09')
    .requiredOption('--ceiling <fraction>', 'performance ceiling: the agreed reduction, e.g. 0.16 or 16%', parseFraction('--ceiling'))
    .option('--stretch <fraction>', 'stretch target, e.g. 0.19', parseFraction('--stretch'))
    .option('--cohort-date <date>', 'cohort date (default 1 April of the year)')
    .option('--cohort-list <id>', 'use a frozen cohort list instead', (v) => Number(v))
    .option('--as-of <date>', 'count only convictions recorded by this date')
    .option('--json', 'print JSON only')
    .action(async (o: { scheme: string; year: string; ceiling: number; stretch?: number; cohortDate?: string; cohortList?: number; asOf?: string; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, ({ services, actor }) =>
        services.performance.ni30(actor, { schemeCode: o.scheme, year: o.year, ceiling: o.ceiling, stretch: o.stretch, cohortDate: o.cohortDate, cohortListId: o.cohortList, asOf: o.asOf }),
      );
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(
        [
          `NI30 cohort reoffending — ${r.scheme.name} (${r.scheme.code}), ${r.year}`,
          '',
          `Cohort                      ${r.cohortSize} (${r.cohort.source === 'frozen_list' ? `frozen list "${r.cohort.list!.name}"` : 'members'} on ${r.cohort.cohortDate})`,
          `Average months on scheme    ${num(r.averageMonthsOnScheme, 1)}`,
          `Baseline (${r.baselineYear})        ${r.baseline}`,
          `Performance ceiling         ${pct(r.ceiling)}${r.stretch !== null ? `   stretch ${pct(r.stretch)} → ${r.stretchThreshold}` : ''}`,
          `Threshold                   ${r.threshold}  (${num(r.threshold / 4)} a quarter)`,
          '',
          table(
            ['Quarter', 'Actual', 'Expected', 'Variance', 'Cum. actual', 'Cum. expected', 'Cum. variance'],
            r.quarters.map((x) => [`Q${x.quarter} (${x.start})`, x.actual, num(x.expected), signed(x.variance), x.cumulativeActual, num(x.cumulativeExpected), signed(x.cumulativeVariance)]),
          ),
          '',
          `Year actual                 ${r.actual}  (${r.underThreshold >= 0 ? `${r.underThreshold} under` : `${-r.underThreshold} over`} the threshold)`,
          `Reduction achieved          ${pct(r.reductionAchieved)}  (target ${pct(r.ceiling)})`,
          `Share of cohort convicted   ${pct(r.shareConvicted)}  (${r.convictedCount} of ${r.cohortSize})`,
          '',
          'Rolling 12 months to each quarter end',
          table(['12 months to', 'Observed', 'Predicted'], r.rolling.map((x) => [x.end, x.observed, num(x.predicted)])),
          '',
          `Data: latest outcome on record ${r.dataCurrency.latestOutcomeDate ?? 'none'}; last outcomes import ${r.dataCurrency.lastOutcomesImport ?? 'none recorded'}${r.dataCurrency.asOf ? `; convictions recorded by ${r.dataCurrency.asOf}` : ''}.`,
          '',
          'Method',
          ...r.method.map((m) => `  - ${m}`),
          `  (method ${r.modelVersion}; stored as result ${r.resultId})`,
        ].join('\n'),
      );
    });

  perf
    .command('ni38')
    .description('NI38-style actual against predicted offending of Class A drug users identified in a cohort period')
    .option('--scheme <code>', 'only people on this scheme in the cohort period')
    .option('--from <date>', 'cohort period start (inclusive)')
    .option('--to <date>', 'cohort period end (inclusive)')
    .option('--year <yyyy/yy>', 'without --from/--to: the January–March quarter of this performance year')
    .option('--model <version>', 'prediction model version (default: the current default model)')
    .option('--as-of <date>', 'count only convictions recorded by this date')
    .option('--json', 'print JSON only')
    .action(async (o: { scheme?: string; from?: string; to?: string; year?: string; model?: string; asOf?: string; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, ({ services, actor }) =>
        services.performance.ni38(actor, { schemeCode: o.scheme, from: o.from, to: o.to, year: o.year, modelVersion: o.model, asOf: o.asOf }),
      );
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(
        [
          `NI38 actual against predicted — ${r.scheme ? `${r.scheme.name} (${r.scheme.code})` : 'whole partnership'}, identified ${r.from} to ${r.to}`,
          ...(r.period.note ? [r.period.note] : []),
          '',
          `Cohort        ${r.cohortSize}  (positive test ${r.identifiedBy.positiveTest}, required assessment ${r.identifiedBy.requiredAssessment})`,
          `Actual        ${r.actual}`,
          `Predicted     ${num(r.predicted, 1)}`,
          `Ratio         ${num(r.ratio, 3)}  (1 = as predicted; below 1 is better)`,
          `Difference    ${signed(r.difference, 1)}`,
          `Contributors  ${r.contributorCount} people account for the difference`,
          `Top 10%       commit ${pct(r.concentration.topDecileShare)} of the cohort's offences`,
          '',
          r.contributors.length ? table(['Person', 'Identified', 'Actual', 'Predicted', 'Excess', 'Cumulative'], r.contributors.map((c) => [c.personRef, c.identifiedOn, c.actual, num(c.predicted, 2), num(c.excess, 2), num(c.cumulativeExcess, 2)])) : '',
          '',
          table(['Area', 'Cohort', 'Actual', 'Predicted', 'Ratio'], r.byArea.map((a) => [a.areaCode ?? '(unknown)', a.cohortSize, a.actual, num(a.predicted, 1), num(a.ratio, 3)])),
          '',
          'Method',
          ...r.method.map((m) => `  - ${m}`),
          `  (model ${r.modelVersion}; stored as result ${r.resultId})`,
        ].join('\n'),
      );
    });

  perf
    .command('premium-service')
    .description('the Premium Service for PPOs: days from charge to disposal for scheme members against everyone else, by quarter (median and 90th percentile)')
    .requiredOption('--scheme <code>', 'scheme code whose members are compared, e.g. PPO')
    .requiredOption('--year <yyyy/yy>', 'performance year, e.g. 2008/09 (quarters by disposal date)')
    .option('--json', 'print JSON only')
    .action(async (o: { scheme: string; year: string; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, ({ services, actor }) => services.performance.premiumService(actor, { schemeCode: o.scheme, year: o.year }));
      if (o.json) return out(JSON.stringify(r, null, 2));
      const cells = (d: { cases: number; medianDays: number | null; p90Days: number | null }) => [d.cases, num(d.medianDays, 1), num(d.p90Days, 0)];
      out(
        [
          `Premium Service: days from charge to disposal — ${r.scheme.name} (${r.scheme.code}) members against everyone else, ${r.year}`,
          '',
          table(
            ['Quarter', 'Members', 'Median', '90th pct', 'Others', 'Median', '90th pct'],
            [...r.quarters.map((q) => [`Q${q.quarter}`, ...cells(q.members), ...cells(q.others)]), ['Year', ...cells(r.wholeYear.members), ...cells(r.wholeYear.others)]],
          ),
          '',
          `Charges in ${r.year} without a matched disposal: members ${r.chargesWithoutDisposal.members}, others ${r.chargesWithoutDisposal.others}`,
          `Data: last arrests import ${r.dataCurrency.lastArrestsImport ?? 'none recorded'}; last outcomes import ${r.dataCurrency.lastOutcomesImport ?? 'none recorded'}.`,
          '',
          'Method',
          ...r.method.map((m) => `  - ${m}`),
          `  (method ${r.methodVersion})`,
        ].join('\n'),
      );
    });

  perf
    .command('ni18')
    .description('NI18-style probation caseload reoffending: the share of the adult caseload in a snapshot month proven to reoffend within 3 months, against a predicted rate')
    .requiredOption('--month <yyyy-mm>', 'snapshot month, e.g. 2009-06')
    .option('--scheme <code>', "only the scheme's members in that month")
    .option('--json', 'print JSON only')
    .action(async (o: { month: string; scheme?: string; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, ({ services, actor }) => services.performance.ni18(actor, { month: o.month, schemeCode: o.scheme }));
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(
        [
          `NI18 probation caseload reoffending — ${r.scheme ? `${r.scheme.name} (${r.scheme.code})` : 'whole partnership'}, snapshot ${r.snapshotMonth}${r.provisional ? '  [PROVISIONAL]' : ''}`,
          '',
          `Adult caseload      ${r.caseload}  (${r.under18} under 18 left out)`,
          `Proven reoffenders  ${r.reoffenders}  (offences ${r.followUpStarts} to ${r.followUpEnds}, proven by ${r.proofBy})`,
          `Actual rate         ${pct(r.actualRate)}`,
          `Predicted rate      ${pct(r.predictedRate)}${r.unscored ? `  (${r.unscored} without an OGRS3 score left out)` : ''}`,
          `Difference          ${r.difference === null ? '—' : `${r.difference > 0 ? '+' : r.difference < 0 ? '−' : ''}${(Math.abs(r.difference) * 100).toFixed(1)} points`}  (below zero is better)`,
          `Data: latest outcome on record ${r.dataCurrency.latestOutcomeDate ?? 'none'}; last outcomes import ${r.dataCurrency.lastOutcomesImport ?? 'none recorded'}.`,
          '',
          'Method',
          ...r.method.map((m) => `  - ${m}`),
          `  (method ${r.methodVersion}, ${r.ogrs3Version})`,
        ].join('\n'),
      );
    });

  const reoffendingOptions = (c: Command) =>
    c
      .option('--scheme <code>', 'only people on this scheme in the period')
      .requiredOption('--from <date>', 'first day of the period whose index events start follow-up')
      .requiredOption('--to <date>', 'last day of that period (inclusive)')
      .option('--as-of <date>', "the date the figures are read on (default: the partnership's today)")
      .option('--json', 'print JSON only');

  reoffendingOptions(perf.command('reoffending').description('proven reoffending like the MoJ measure: binary rate, frequency, severity, cost and concentration')).action(
    async (o: { scheme?: string; from: string; to: string; asOf?: string; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, async ({ services, actor }) => services.performance.reoffending(actor, { schemeCode: o.scheme, from: o.from, to: o.to, asOf: o.asOf ?? (await services.partnerships.today(actor)) }));
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(
        [
          `Proven reoffending — ${r.scheme ? `${r.scheme.name} (${r.scheme.code})` : 'whole partnership'}, follow-up starting ${r.from} to ${r.to}${r.provisional ? '  [PROVISIONAL]' : ''}`,
          '',
          `Cohort                    ${r.cohortSize}`,
          `Reoffenders               ${r.reoffenders}  (binary rate ${pct(r.binaryRate)})`,
          `Proven reoffences         ${r.offences}`,
          `Per offender              ${num(r.frequencyPerOffender)}`,
          `Per reoffender            ${num(r.frequencyPerReoffender)}`,
          `Severity                  total ${num(r.severity.totalGravity)}, mean ${num(r.severity.meanGravity)}, max ${num(r.severity.maxGravity)}; ${r.severity.ungradedOffences} ungraded; ${r.severity.violentOffences} violent`,
          `Top 10% of the cohort     ${pct(r.concentration.topDecileShare)} of reoffences (Gini ${num(r.concentration.gini, 3)})`,
          '',
          table(['Cost category', 'Offences', 'Unit cost', 'Cost'], r.cost.byCategory.map((c) => [c.category, c.offences, c.unitCost === null ? 'not entered' : `£${c.unitCost}`, c.cost === null ? '—' : `£${c.cost.toFixed(0)}`])),
          `Estimated cost £${r.cost.total.toFixed(0)} (${r.cost.uncostedOffences} reoffences not costed)`,
          '',
          'Method',
          ...r.method.map((m) => `  - ${m}`),
          `  (method ${r.modelVersion}; stored as result ${r.resultId})`,
        ].join('\n'),
      );
    },
  );

  reoffendingOptions(perf.command('concentration').description("share of the reoffending cohort's offences committed by its most prolific 10%, and the Lorenz curve")).action(
    async (o: { scheme?: string; from: string; to: string; asOf?: string; json?: boolean }, cmd: Command) => {
      const c = await run(cmd, async ({ services, actor }) => services.performance.concentration(actor, { schemeCode: o.scheme, from: o.from, to: o.to, asOf: o.asOf ?? (await services.partnerships.today(actor)) }));
      if (o.json) return out(JSON.stringify(c, null, 2));
      out(
        [
          `Concentration — ${c.people} people, ${c.offences} proven reoffences`,
          `The most prolific 10% committed ${pct(c.topDecileShare)} (Gini ${num(c.gini, 3)}).`,
          '',
          table(['People (least prolific first)', 'Offences'], c.lorenz.map((p) => [pct(p.people, 0), pct(p.offences)])),
        ].join('\n'),
      );
    },
  );

  perf
    .command('ogrs3')
    .description("OGRS3 for every member of a scheme on a date, or everyone on a frozen cohort list (aggregates; per person for analysts and managers)")
    .requiredOption('--scheme <code>', 'scheme code')
    .option('--as-of <date>', "the date to score as of (default: the partnership's today)")
    .option('--cohort-list <id>', "score a frozen cohort list's people instead of the members on the date", (v) => Number(v))
    .option('--json', 'print JSON only')
    .action(async (o: { scheme: string; asOf?: string; cohortList?: number; json?: boolean }, cmd: Command) => {
      const r = await run(cmd, async ({ services, actor }) => services.performance.cohortOgrs3(actor, { schemeCode: o.scheme, asOf: o.asOf ?? (await services.partnerships.today(actor)), cohortListId: o.cohortList }));
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(
        [
          r.cohort.list
            ? `OGRS3 — ${r.scheme.code} frozen list "${r.cohort.list.name}", as of ${r.asOf}: ${r.cohortSize} (${r.scored} scored)`
            : `OGRS3 — ${r.scheme.code} members on ${r.asOf}: ${r.cohortSize} (${r.scored} scored)`,
          `Mean one-year ${pct(r.meanOneYear)}, two-year ${pct(r.meanTwoYear)}`,
          table(['Band', 'People'], Object.entries(r.bands)),
          '',
          ...r.method.map((m) => `  - ${m}`),
        ].join('\n'),
      );
    });

  perf
    .command('unit-costs')
    .description('show or edit the unit costs of crime used for the estimated cost')
    .addOption(new Option('--set <category=pounds...>', 'set a cost, e.g. --set "domestic burglary=5930"; empty pounds clears it'))
    .option('--groups <category=groups...>', 'set the 3-digit offence groups a category covers, e.g. --groups "domestic burglary=028,029"')
    .option('--price-year <year>', 'price year of the figures set, e.g. 2015/16')
    .option('--json', 'print JSON only')
    .action(async (o: { set?: string[]; groups?: string[]; priceYear?: string; json?: boolean }, cmd: Command) => {
      const split = (s: string, flag: string) => {
        const i = s.lastIndexOf('=');
        if (i <= 0) throw new CliError(`${flag}: "${s}" is not CATEGORY=VALUE.`);
        return [s.slice(0, i).trim().toLowerCase(), s.slice(i + 1).trim()] as const;
      };
      const rows = await run(cmd, async ({ services, actor }) => {
        const current = await services.performance.listUnitCosts(actor);
        const groups = new Map((o.groups ?? []).map((g) => split(g, '--groups')));
        const sets = new Map((o.set ?? []).map((g) => split(g, '--set')));
        for (const category of new Set([...sets.keys(), ...groups.keys()])) {
          const raw = sets.get(category);
          const existing = current.find((c) => c.category === category);
          let pounds: number | null = existing?.pounds ?? null;
          if (raw !== undefined) {
            pounds = raw === '' ? null : Number(raw.replace(/^£/, '').replace(/,/g, ''));
            if (pounds !== null && !Number.isFinite(pounds)) throw new CliError(`--set: "${raw}" for ${category} is not a sum in pounds.`);
          }
          const g = groups.get(category);
          await services.performance.setUnitCost(actor, {
            category,
            pounds,
            priceYear: o.priceYear,
            groupCodes: g === undefined ? undefined : g.split(',').map((x) => x.trim()).filter(Boolean),
          });
        }
        return services.performance.listUnitCosts(actor);
      });
      if (o.json) return out(JSON.stringify(rows, null, 2));
      out(table(['Category', 'Pounds', 'Prices', 'Offence groups', 'Source'], rows.map((r) => [r.category, r.pounds === null ? 'not entered' : `£${r.pounds}`, r.price_year ?? '', r.group_codes.join(','), (r.own ? '(own) ' : '') + (r.source ?? '')])));
    });

  perf
    .command('gravity')
    .description('show or edit the gravity table (by 3-digit Home Office offence group)')
    .option('--set <group=gravity...>', 'e.g. --set 034=8; an empty value removes the row')
    .option('--json', 'print JSON only')
    .action(async (o: { set?: string[]; json?: boolean }, cmd: Command) => {
      const rows = await run(cmd, async ({ services, actor }) => {
        for (const s of o.set ?? []) {
          const [g, v] = s.split('=');
          if (!g || v === undefined) throw new CliError(`--set: "${s}" is not GROUP=GRAVITY.`);
          await services.offences.setGravity(actor, { groupCode: g, gravity: v });
        }
        return services.offences.listGravity(actor);
      });
      if (o.json) return out(JSON.stringify(rows, null, 2));
      out(rows.length ? table(['Group', 'Gravity'], rows.map((r) => [r.groupCode, r.gravity])) : 'The gravity table is empty: every offence is ungraded. Set rows with --set GROUP=GRAVITY.');
    });

  perf
    .command('cohort-freeze')
    .description("freeze a scheme's members on a date as a named NI30 cohort list")
    .requiredOption('--scheme <code>', 'scheme code')
    .requiredOption('--name <name>', 'name of the list, e.g. "NI30 2009/10"')
    .option('--year <yyyy/yy>', 'performance year (its 1 April is the default cohort date)')
    .option('--cohort-date <date>', 'cohort date')
    .option('--note <text>', 'a note, e.g. as agreed with the Home Office')
    .action(async (o: { scheme: string; name: string; year?: string; cohortDate?: string; note?: string }, cmd: Command) => {
      const r = await run(cmd, ({ services, actor }) => services.performance.freezeCohortList(actor, { schemeCode: o.scheme, name: o.name, year: o.year, cohortDate: o.cohortDate, note: o.note }));
      out(`Froze cohort list ${r.id} "${r.name}": ${r.members} members on ${r.cohortDate}. Use it with --cohort-list ${r.id}.`);
    });

  perf
    .command('cohort-lists')
    .description('list the frozen cohort lists')
    .option('--scheme <code>', 'only this scheme')
    .option('--json', 'print JSON only')
    .action(async (o: { scheme?: string; json?: boolean }, cmd: Command) => {
      const rows = await run(cmd, ({ services, actor }) => services.performance.listCohortLists(actor, { schemeCode: o.scheme }));
      if (o.json) return out(JSON.stringify(rows, null, 2));
      out(table(['Id', 'Name', 'Scheme', 'Year', 'Cohort date', 'Members', 'Frozen by'], rows.map((r) => [r.id, r.name, r.scheme, r.performance_year ?? '', r.cohort_date, Number(r.members), r.frozen_by_label])));
    });
}
