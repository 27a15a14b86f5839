// The performance pages' view models (SPEC 3.6): each measure's report turned
// into the rows, summaries and charts its template shows, with small counts
// suppressed for board members (SPEC 3.7, src/disclosure.ts).
import { addDays } from '../../calendar/dates.js';
import { performanceYearOf } from '../../calendar/performance-year.js';
import type { ContributorName } from '../../performance/dashboard.js';
import type { Ni30Report } from '../../performance/ni30-service.js';
import type { Ni38Report } from '../../performance/ni38-service.js';
import type { UnitCost } from '../../performance/reference.js';
import type { ReoffendingReport } from '../../performance/reoffending-service.js';
import type { DaysSummary, PremiumServiceReport } from '../../performance/premium-service.js';
import type { Ni18Report } from '../../performance/ni18-service.js';
import { barChart, lineChart, lorenzChart } from '../../reports/svg-charts.js';
import { countFor, isGroupWithheld, isShareWithheld, suppressRow, SUPPRESSED } from '../../disclosure.js';
import { shownNi30, shownNi38, shownReoffending, shownText } from '../../performance/disclosed.js';
import type { FieldError } from '../forms/performance-form.js';
import { escape, formatDate } from '../html.js';

const pct = (n: number | null | undefined, dp = 1) => (n === null || n === undefined ? '–' : `${(n * 100).toFixed(dp)}%`);
const dec = (n: number | null | undefined, dp = 2) => (n === null || n === undefined ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(dp));
const signed = (n: number) => (n > 0 ? `+${dec(n)}` : dec(n));
const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const numeric = (text: string) => ({ text, format: 'numeric' });

/** The last ten performance years, the current one first. */
export function recentYears(today: string): string[] {
  const current = performanceYearOf(today).startYear;
  return Array.from({ length: 10 }, (_, i) => {
    const y = current - i;
    return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

export function ni30View(r: Ni30Report, named: boolean) {
  const quarterLabel = (q: number) => `Q${q}`;
  const shown = shownNi30(named, r);
  const lines = [{ name: 'Expected a quarter (threshold ÷ 4)', value: r.threshold / 4 }];
  if (r.stretchThreshold !== null) lines.push({ name: 'Stretch target a quarter', value: r.stretchThreshold / 4 });
  const chart = barChart({
    id: 'ni30-quarters',
    title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`,
    description: `Offences proven by conviction each quarter, by offence date, against the expected ${dec(r.threshold / 4)} a quarter.`,
    categories: r.quarters.map((q) => quarterLabel(q.quarter)),
    series: [{ name: 'Actual', values: r.quarters.map((q) => q.actual) }],
    lines,
    xLabel: `Quarter of ${r.year}`,
    yLabel: 'Offences proven by conviction',
  });
  const rollingChart = r.rolling.length
    ? lineChart({
        id: 'ni30-rolling',
        title: `Rolling 12 months: observed against predicted, ${r.scheme.code}`,
        description: 'Convictions in the 12 months to the end of each quarter, against a prediction falling in a straight line from the baseline to the threshold.',
        categories: r.rolling.map((x) => `to ${formatDate(addDays(x.end, -1))}`),
        series: [
          { name: 'Observed', values: r.rolling.map((x) => x.observed) },
          { name: 'Predicted', values: r.rolling.map((x) => x.predicted) },
        ],
        xLabel: '12 months to the end of',
        yLabel: 'Offences proven by conviction',
      })
    : null;
  return {
    r,
    method: shown.method,
    chart,
    rollingChart,
    summary: [
      { key: { text: 'Cohort' }, value: { text: `${shownText(shown.cohortSize)} ${r.cohort.source === 'frozen_list' ? `on the frozen list "${r.cohort.list?.name}"` : `members on ${formatDate(r.cohort.cohortDate)}`}` } },
      { key: { text: `Baseline (${r.baselineYear})` }, value: { text: String(r.baseline) } },
      { key: { text: 'Performance ceiling' }, value: { text: `${pct(r.ceiling)}${r.stretch !== null ? `, stretch ${pct(r.stretch)}` : ''}` } },
      { key: { text: 'Average months on the scheme' }, value: { text: r.averageMonthsOnScheme === null ? '–' : r.averageMonthsOnScheme.toFixed(1) } },
      { key: { text: 'Threshold' }, value: { text: `${r.threshold}${r.stretchThreshold !== null ? ` (stretch ${r.stretchThreshold})` : ''}` } },
      { key: { text: 'Expected a quarter' }, value: { text: dec(r.threshold / 4) } },
      { key: { text: `Actual in ${r.year}` }, value: { text: `${r.actual}: ${r.underThreshold >= 0 ? `${dec(r.underThreshold)} under` : `${dec(-r.underThreshold)} over`} the threshold` } },
      { key: { text: 'Reduction achieved' }, value: { text: pct(r.reductionAchieved) } },
      {
        key: { text: 'Share of the cohort convicted' },
        value: { text: shown.shareConvicted.withheld ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.shareConvicted)} (${shownText(shown.convictedCount)} of ${shownText(shown.cohortSize)})` },
      },
    ],
    quarterRows: r.quarters.map((q) => [
      { text: `Q${q.quarter} (${formatDate(q.start)} to ${formatDate(addDays(q.end, -1))})` },
      numeric(String(q.actual)),
      numeric(dec(q.expected)),
      numeric(signed(q.variance)),
      numeric(String(q.cumulativeActual)),
      numeric(dec(q.cumulativeExpected)),
      numeric(signed(q.cumulativeVariance)),
    ]),
    rollingRows: r.rolling.map((x) => [
      { text: `${formatDate(x.start)} to ${formatDate(addDays(x.end, -1))}` },
      numeric(String(x.observed)),
      numeric(dec(x.predicted)),
      numeric(signed(x.observed - x.predicted)),
    ]),
    currency: r.dataCurrency,
  };
}

export function ni38View(r: Ni38Report, named: boolean, names: Map<number, Pick<ContributorName, 'name' | 'restricted'>>) {
  const shown = shownNi38(named, r);
  return {
    r,
    method: shown.method,
    summary: [
      { key: { text: 'Cohort period' }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      ...(r.period.note ? [{ key: { text: 'Status' }, value: { text: r.period.note } }] : []),
      { key: { text: 'Cohort' }, value: { text: `${shownText(shown.cohortSize)} people identified as Class A drug users` } },
      { key: { text: 'Identified by' }, value: { text: `positive test: ${shownText(shown.identifiedBy.positiveTest)}; required assessment: ${shownText(shown.identifiedBy.requiredAssessment)}` } },
      { key: { text: 'Actual' }, value: { text: shownText(shown.actual) } },
      { key: { text: 'Predicted' }, value: { text: shownText(shown.predicted, (n) => dec(n, 1)) } },
      { key: { text: 'Actual ÷ predicted' }, value: { text: shownText(shown.ratio, (n) => n.toFixed(2)) } },
      { key: { text: 'Model version' }, value: { text: r.modelVersion } },
      {
        key: { text: 'Contributors' },
        value: {
          text:
            r.contributorCount === 0
              ? 'None: the cohort offended no more than predicted'
              : shown.difference.withheld
                ? `${shownText(shown.contributorCount)} people account for the difference`
                : `${shownText(shown.contributorCount)} people account for the difference of ${dec(r.difference, 1)}`,
        },
      },
    ],
    areaRows: shown.byArea.map((a) => [
      { text: a.areaCode ?? 'Not known' },
      numeric(shownText(a.cohortSize)),
      numeric(shownText(a.actual)),
      numeric(shownText(a.predicted, (n) => dec(n, 1))),
      numeric(shownText(a.ratio, (n) => n.toFixed(2))),
    ]),
    contributorRows: named
      ? r.contributors.map((c) => {
          const n = names.get(c.personId);
          const label = n?.name ?? c.personRef;
          return [
            { html: `<a class="govuk-link" href="/people/${c.personId}">${escape(label)}</a>` },
            { text: c.personRef },
            { text: formatDate(c.identifiedOn) },
            numeric(String(c.actual)),
            numeric(dec(c.predicted, 2)),
            numeric(dec(c.excess, 2)),
            numeric(dec(c.cumulativeExcess, 2)),
          ];
        })
      : [],
  };
}

export function reoffendingView(r: ReoffendingReport, named: boolean) {
  const shown = shownReoffending(named, r);
  const c = shown.concentration;
  const lorenz =
    !c.withheld && c.lorenz.length > 1 && c.topDecileShare !== null
      ? lorenzChart({
          id: 'concentration',
          title: `Concentration of reoffending, ${r.scheme?.code ?? 'partnership'}`,
          description: "The Lorenz curve of the cohort's proven reoffences over its people, least prolific first.",
          points: c.lorenz,
          topShare: { people: 0.1, offences: c.topDecileShare },
          yLabel: 'Share of reoffences',
        })
      : null;
  return {
    r,
    method: shown.method,
    lorenz,
    summary: [
      { key: { text: 'Follow-up starts' }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      { key: { text: 'Cohort' }, value: { text: shownText(shown.cohortSize) } },
      {
        key: { text: 'Binary rate' },
        value: { text: shown.binaryRate.withheld ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.binaryRate)} (${shownText(shown.reoffenders)} ${r.reoffenders === 1 ? 'reoffender' : 'reoffenders'})` },
      },
      { key: { text: 'Reoffences' }, value: { text: String(r.offences) } },
      {
        key: { text: 'Frequency' },
        value: {
          text: [
            shown.frequencyPerOffender.withheld ? `per offender not shown: ${SUPPRESSED} people` : `${dec(r.frequencyPerOffender)} per offender`,
            shown.frequencyPerReoffender.withheld ? `per reoffender not shown: ${SUPPRESSED} people in a group` : `${dec(r.frequencyPerReoffender)} per reoffender`,
          ].join('; '),
        },
      },
      {
        key: { text: 'Severity' },
        value: {
          text: `mean gravity ${dec(r.severity.meanGravity)}, highest ${r.severity.maxGravity ?? '–'}; ${r.severity.violentOffences} violent; ${r.severity.ungradedOffences} not graded`,
        },
      },
      { key: { text: 'Estimated cost' }, value: { text: `${pounds(r.cost.total)}${r.cost.uncostedOffences ? `; ${r.cost.uncostedOffences} ${r.cost.uncostedOffences === 1 ? 'reoffence' : 'reoffences'} not costed` : ''}` } },
      {
        key: { text: 'Status' },
        value: { text: r.provisional ? `Provisional: ${shown.incompleteFollowUp.withheld ? 'some' : shownText(shown.incompleteFollowUp)} people's follow-up is not complete by ${formatDate(r.asOf)}` : `Final as of ${formatDate(r.asOf)}` },
      },
      { key: { text: 'Method version' }, value: { text: r.modelVersion } },
    ],
    costRows: r.cost.byCategory.map((x) => [
      { text: x.category },
      numeric(String(x.offences)),
      numeric(x.unitCost === null ? 'Not costed' : pounds(x.unitCost)),
      numeric(x.cost === null ? 'Not costed' : pounds(x.cost)),
    ]),
    concentration: {
      withheld: c.withheld,
      topShare: c.topDecileShare === null ? null : pct(c.topDecileShare),
      gini: c.gini === null ? null : c.gini.toFixed(3),
      people: shownText(c.people),
      offences: c.offences,
      rows: c.lorenz.map((p) => [numeric(pct(p.people, 0)), numeric(pct(p.offences))]),
    },
  };
}

/**
 * The Premium Service table: each quarter and the year, members against
 * everyone else. For board members a count of 1 to 4 cases is "fewer than 5",
 * with secondary suppression along the quarters (src/disclosure.ts), as the DRR table does, and the median
 * and 90th percentile of a withheld count are withheld with it (of so few
 * cases they would be one person's days).
 */
export function premiumServiceView(r: PremiumServiceReport, named: boolean) {
  const side = (pick: (x: { members: DaysSummary; others: DaysSummary }) => DaysSummary) => {
    const q = r.quarters.map((x) => pick(x));
    const year = pick(r.wholeYear);
    const shown = suppressRow(named, q.map((d) => d.cases), year.cases);
    return { q, year, shown };
  };
  const members = side((x) => x.members);
  const others = side((x) => x.others);
  const cells = (d: DaysSummary, shownCases: number | null) =>
    shownCases === null
      ? [numeric(SUPPRESSED), numeric('–'), numeric('–')]
      : [numeric(String(shownCases)), numeric(dec(d.medianDays, 1)), numeric(d.p90Days === null ? '–' : String(d.p90Days))];
  return {
    r,
    rows: [
      ...r.quarters.map((q, i) => [{ text: `Q${q.quarter}` }, ...cells(members.q[i]!, members.shown.cells[i]!), ...cells(others.q[i]!, others.shown.cells[i]!)]),
      [{ text: `Whole year ${r.year}` }, ...cells(members.year, members.shown.total), ...cells(others.year, others.shown.total)],
    ],
    unmatched: `${countFor(named, r.chargesWithoutDisposal.members)} of members' charges and ${countFor(named, r.chargesWithoutDisposal.others)} of others' made in ${r.year} have no disposal matched to them.`,
  };
}

/** NI18 for the whole probation caseload and for the scheme's members in it; a rate on a small count is withheld from board members. */
export function ni18View(all: Ni18Report, scheme: Ni18Report, named: boolean) {
  const row = (label: string, r: Ni18Report) => {
    const hide = isGroupWithheld(named, r.caseload) || isShareWithheld(named, r.reoffenders, r.caseload);
    return [
      { text: label },
      numeric(countFor(named, r.caseload)),
      numeric(hide ? '–' : String(r.reoffenders)),
      numeric(hide ? '–' : pct(r.actualRate)),
      numeric(isGroupWithheld(named, r.caseload) ? '–' : pct(r.predictedRate)),
      numeric(hide || r.difference === null ? '–' : `${r.difference > 0 ? '+' : ''}${(r.difference * 100).toFixed(1)} points`),
    ];
  };
  return {
    r: all,
    scheme,
    rows: [row('Whole probation caseload', all), row(`Members of ${scheme.scheme?.code ?? 'the scheme'}`, scheme)],
    status: all.provisional
      ? `Provisional: the wait for proof runs to ${formatDate(all.proofBy)}, after today (${formatDate(all.readOn)}).`
      : `Final: the wait for proof ended on ${formatDate(all.proofBy)}.`,
  };
}

/** The unit-costs page: the table, and the form for those who may edit it. */
export function unitCostsView(
  costs: UnitCost[],
  editable: boolean,
  opts: { errors?: FieldError[]; fieldErrors?: Record<string, string>; values?: Record<string, string | undefined>; saved?: number },
) {
  return {
    title: 'Unit costs of crime',
    editable,
    errors: opts.errors ?? [],
    fieldErrors: opts.fieldErrors ?? {},
    saved: opts.saved,
    priceYear: opts.values?.priceYear ?? '',
    costs: costs.map((c, i) => ({
      index: i,
      category: c.category,
      value: opts.values?.[`cost-${i}`] ?? (c.pounds === null ? '' : String(c.pounds)),
      pounds: c.pounds === null ? 'Not costed' : pounds(c.pounds),
      priceYear: c.price_year ?? '–',
      groups: c.group_codes.join(', '),
      source: c.own ? (c.source ?? 'this partnership') : (c.source ?? 'default'),
    })),
    rows: costs.map((c) => [
      { text: c.category },
      numeric(c.pounds === null ? 'Not costed' : pounds(c.pounds)),
      { text: c.price_year ?? '–' },
      { text: c.group_codes.join(', ') },
      { text: c.own ? `${c.source ?? ''} (this partnership)` : (c.source ?? 'default') },
    ]),
  };
}

/** The gravity table's page: each graded group, and the form for those who may change one. */
export function gravityView(
  rows: { groupCode: string; gravity: number }[],
  version: number,
  editable: boolean,
  opts: { errors?: FieldError[]; fieldErrors?: Record<string, string>; values?: Record<string, string | undefined>; saved?: string },
) {
  const saved = opts.saved === undefined ? null : rows.find((r) => r.groupCode === opts.saved);
  return {
    title: 'Gravity of offences',
    editable,
    version,
    errors: opts.errors ?? [],
    fieldErrors: opts.fieldErrors ?? {},
    values: { groupCode: opts.values?.groupCode ?? '', gravity: opts.values?.gravity ?? '' },
    savedText:
      opts.saved === undefined ? null : saved ? `Offence group ${opts.saved} now has gravity ${saved.gravity}.` : `Offence group ${opts.saved} is now ungraded.`,
    rows: rows.map((r) => [{ text: r.groupCode }, numeric(String(r.gravity))]),
  };
}
