// The report's sections (issue 16), pure: each measure's output, or the rows a
// query read, turned into headings, key figures, tables, charts and method
// notes, with the board's disclosure control applied (disclosure.ts). No I/O:
// the report service (service.ts) reads the data and calls these.
import { addDays, type IsoDate } from '../calendar/dates.js';
import type { PerformanceYear } from '../calendar/performance-year.js';
import type { DrrFigures } from '../drr/figures.js';
import { END_REASON_LABELS, type EndReason } from '../glossary.js';
import type { Ni18Report } from '../performance/ni18-service.js';
import type { Ni30Report } from '../performance/ni30-service.js';
import type { Ni38Report } from '../performance/ni38-service.js';
import type { PremiumServiceReport, DaysSummary } from '../performance/premium-service.js';
import type { Disproportionality } from '../selection/disproportionality.js';
import { cellText, isShareWithheld, isSmallCount, suppressRow, SUPPRESSED, tableFor, type SuppressedTable, type TableCell } from '../disclosure.js';
import type { ReportCell, ReportFigure, ReportSection, ReportTable } from './model.js';
import { shownNi30, shownNi38, shownText, type Shown } from '../performance/disclosed.js';
import { barChart, lineChart } from './svg-charts.js';

export const pct = (n: number | null | undefined, dp = 1) => (n === null || n === undefined ? '–' : `${(n * 100).toFixed(dp)}%`);
export const dec = (n: number | null | undefined, dp = 2) => (n === null || n === undefined ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(dp));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2008-04-01 as "1 April 2008". */
export function longDate(d: IsoDate): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[m! - 1]} ${y}`;
}
/** [start, end) as "1 April 2008 to 31 March 2009". */
export const spanText = (start: IsoDate, end: IsoDate) => `${longDate(start)} to ${longDate(addDays(end, -1))}`;
const when = (iso: string | null | undefined) => (iso ? longDate(iso.slice(0, 10)) : null);

/** A cell that is a plain figure (not a count of people). */
const fig = (text: string, value: number | null = null): ReportCell => ({ text, value, withheld: null });
/** A cell from a suppressed table. */
const cell = (c: TableCell): ReportCell => ({ text: cellText(c), value: c.withheld ? null : c.value, withheld: c.withheld });
/** A figure as the viewer may see it (performance/disclosed.ts), as a report cell. */
const shownReportCell = (s: Shown, format: (n: number) => string = String): ReportCell => ({ text: shownText(s, format), value: s.withheld ? null : s.value, withheld: s.withheld });
const countCell = (named: boolean, n: number): ReportCell =>
  !named && isSmallCount(n) ? { text: SUPPRESSED, value: null, withheld: 'small' } : { text: String(n), value: n, withheld: null };

/** A one-column table of counts by category, with its total, suppressed for the board. */
export function countTable(caption: string, head: [string, string], rows: { label: string; n: number }[], named: boolean, totalLabel = 'Total'): { table: ReportTable; t: SuppressedTable } {
  const t = tableFor(named, rows.map((r) => [r.n]), { rowTotals: false, columnTotals: true, columns: 1 });
  return {
    t,
    table: {
      caption,
      head,
      rows: rows.map((r, i) => ({ label: r.label, cells: [cell(t.cells[i]![0]!)] })),
      total: { label: totalLabel, cells: [cell(t.columnTotals[0]!)] },
    },
  };
}

// ------------------------------------------------------------------ NI30

export function ni30Section(r: Ni30Report, named: boolean, upTo: 1 | 2 | 3 | 4): ReportSection {
  const quarters = r.quarters.filter((q) => q.quarter <= upTo);
  const actual = quarters.reduce((a, q) => a + q.actual, 0);
  const expected = quarters.reduce((a, q) => a + q.expected, 0);
  const yearToDate = upTo < 4;
  const shown = shownNi30(named, r);
  const lines = [{ name: 'Expected a quarter (threshold ÷ 4)', value: r.threshold / 4 }];
  if (r.stretchThreshold !== null) lines.push({ name: 'Stretch target a quarter', value: r.stretchThreshold / 4 });
  const extract = r.dataCurrency.lastOutcomesImport ?? null;
  const extractNote = `Data: convictions imported ${when(extract) ?? 'never'}; latest outcome on record ${r.dataCurrency.latestOutcomeDate ? longDate(r.dataCurrency.latestOutcomeDate) : 'none'}.`;
  const table: ReportTable = {
    caption: `NI30 by quarter, ${r.scheme.code} ${r.year}${yearToDate ? `, quarters 1 to ${upTo}` : ''}`,
    head: ['Quarter', 'Actual', 'Expected', 'Variance', 'Cumulative actual', 'Cumulative expected', 'Cumulative variance'],
    rows: quarters.map((q) => ({
      label: `Q${q.quarter} (${spanText(q.start, q.end)})`,
      cells: [fig(String(q.actual), q.actual), fig(dec(q.expected), q.expected), fig(dec(q.variance), q.variance), fig(String(q.cumulativeActual), q.cumulativeActual), fig(dec(q.cumulativeExpected), q.cumulativeExpected), fig(dec(q.cumulativeVariance), q.cumulativeVariance)],
    })),
    total: { label: yearToDate ? 'Year to date' : 'Year', cells: [fig(String(actual), actual), fig(dec(expected), expected), fig(dec(actual - expected), actual - expected), fig(''), fig(''), fig('')] },
  };
  const chart = barChart({
    id: 'report-ni30-quarters',
    title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`,
    description: `Offences proven by conviction each quarter, by offence date, against the expected ${dec(r.threshold / 4)} a quarter.`,
    categories: quarters.map((q) => `Q${q.quarter}`),
    series: [{ name: 'Actual', values: quarters.map((q) => q.actual) }],
    lines,
    xLabel: `Quarter of ${r.year}`,
    yLabel: 'Offences proven by conviction',
  });
  const figures: ReportFigure[] = [
    {
      id: 'ni30-quarters',
      title: 'Convictions a quarter against the threshold',
      chart: { id: 'report-ni30-quarters', title: `Convictions a quarter against expected, ${r.scheme.code} ${r.year}`, description: 'Bars: actual convictions a quarter. Dashed line: the expected number a quarter.', svg: chart },
      table,
      method: [...shown.method, extractNote],
      extractDate: extract,
    },
  ];
  const rolling = r.rolling.filter((x) => x.quarter <= upTo);
  if (rolling.length > 1) {
    figures.push({
      id: 'ni30-rolling',
      title: 'Rolling 12 months: observed against predicted',
      chart: {
        id: 'report-ni30-rolling',
        title: `Rolling 12 months, ${r.scheme.code}`,
        description: 'Solid line with circles: observed. Dashed line with squares: predicted.',
        svg: lineChart({
          id: 'report-ni30-rolling',
          title: `Rolling 12 months: observed against predicted, ${r.scheme.code}`,
          description: 'Convictions in the 12 months to the end of each quarter, against a prediction falling in a straight line from the baseline to the threshold.',
          categories: rolling.map((x) => `to ${longDate(addDays(x.end, -1))}`),
          series: [
            { name: 'Observed', values: rolling.map((x) => x.observed) },
            { name: 'Predicted', values: rolling.map((x) => Math.round(x.predicted * 100) / 100) },
          ],
          xLabel: '12 months to the end of',
          yLabel: 'Offences proven by conviction',
        }),
      },
      table: {
        caption: 'Rolling 12 months',
        head: ['12 months', 'Observed', 'Predicted'],
        rows: rolling.map((x) => ({ label: spanText(x.start, x.end), cells: [fig(String(x.observed), x.observed), fig(dec(x.predicted), x.predicted)] })),
        total: null,
      },
      method: ['Observed: convictions for offences committed in the 12 months to each quarter end. Predicted: a straight line from the baseline to the threshold.', extractNote],
      extractDate: extract,
    });
  }
  return {
    id: 'ni30',
    heading: 'NI30: reoffending by the cohort',
    summary: [
      { label: 'Cohort', value: `${shownText(shown.cohortSize)} members on ${longDate(r.cohort.cohortDate)}` },
      { label: `Baseline (${r.baselineYear})`, value: String(r.baseline) },
      { label: 'Performance ceiling', value: `${pct(r.ceiling)}${r.stretch !== null ? `, stretch ${pct(r.stretch)}` : ''}` },
      { label: 'Threshold', value: `${r.threshold}${r.stretchThreshold !== null ? ` (stretch ${r.stretchThreshold})` : ''}` },
      { label: yearToDate ? `Actual, quarters 1 to ${upTo}` : `Actual in ${r.year}`, value: `${actual} against ${dec(expected)} expected` },
      { label: 'Reduction achieved', value: yearToDate ? `${pct(r.reductionAchieved)} (whole year so far)` : pct(r.reductionAchieved) },
      { label: 'Share of the cohort convicted', value: shown.shareConvicted.withheld ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.shareConvicted)} (${shownText(shown.convictedCount)} of ${shownText(shown.cohortSize)})` },
    ],
    figures,
    unavailable: null,
  };
}

// ------------------------------------------------------------------ de-selections

export interface DeselectionRow {
  personId: number;
  endDate: IsoDate;
  endReason: EndReason | null;
  /** The latest drugs-and-alcohol need rating on or before leaving, if any. */
  drugsRating: string | null;
  /** The latest education, training and employment need rating on or before leaving, if any. */
  eteRating: string | null;
  /** On a DRR on leaving, or a treatment action done by then. */
  inTreatment: boolean;
  /** Any needs assessment on or before leaving. */
  assessed: boolean;
}

export const DESELECTION_METHOD = [
  'A de-selection is a membership of the scheme that ended in the period (end date in the period), with the reason recorded on the membership (the memberships import or the panel decision).',
  'Outcomes are read from the case plans as they stood on the day the person left: "drug-free" when the latest needs assessment rated drugs and alcohol as no need; "in treatment" when the person was on a Drug Rehabilitation Requirement (supervision periods, kind DRR) on the day they left, or a treatment action (a release treatment task, or a drugs and alcohol plan action) was done by then; "employed" when the latest needs assessment rated education, training and employment as no need (in work, training or education).',
  'A person never assessed is counted under "not assessed"; outcomes are not exclusive, so they do not add up to the number de-selected.',
];

export function deselectionSection(rows: DeselectionRow[], named: boolean, period: { start: IsoDate; end: IsoDate }, extract: string | null, namedList: { ref: string; name: string; endDate: IsoDate; reason: string }[] | null): ReportSection {
  const reasons = [...(Object.keys(END_REASON_LABELS) as EndReason[]), null];
  const groups = reasons
    .map((reason) => ({ reason, rs: rows.filter((r) => r.endReason === reason) }))
    .filter((g) => g.reason !== null || g.rs.length > 0);
  const matrix = groups.map((g) => [
    g.rs.length,
    g.rs.filter((r) => r.drugsRating === 'none').length,
    g.rs.filter((r) => r.inTreatment).length,
    g.rs.filter((r) => r.eteRating === 'none').length,
    g.rs.filter((r) => !r.assessed).length,
  ]);
  const t = tableFor(named, matrix, { rowTotals: false, columnTotals: true, columns: 5 });
  const table: ReportTable = {
    caption: `De-selections by reason and outcome, ${spanText(period.start, period.end)}`,
    head: ['Reason', 'De-selected', 'Drug-free', 'In treatment', 'Employed', 'Not assessed'],
    rows: groups.map((g, i) => ({ label: g.reason ? END_REASON_LABELS[g.reason] : 'No reason recorded', cells: t.cells[i]!.map(cell) })),
    total: { label: 'All de-selections', cells: t.columnTotals.map(cell) },
  };
  const figures: ReportFigure[] = [
    { id: 'deselections-table', title: 'De-selections, their reasons and outcomes', chart: null, table, method: [...DESELECTION_METHOD], extractDate: extract },
  ];
  if (namedList) {
    figures.push({
      id: 'deselections-named',
      title: 'People de-selected (staff report)',
      chart: null,
      table: {
        caption: 'People de-selected in the period',
        head: ['Person', 'Reference', 'Left on', 'Reason'],
        rows: namedList.map((p) => ({ label: p.name, cells: [fig(p.ref), fig(longDate(p.endDate)), fig(p.reason)] })),
        total: null,
      },
      method: ['Only people you may see are listed; reading this list is recorded in the audit log.'],
      extractDate: extract,
    });
  }
  return {
    id: 'deselections',
    heading: 'De-selections and their outcomes',
    summary: [{ label: 'De-selected in the period', value: cellText(t.columnTotals[0]!) }],
    figures,
    unavailable: null,
  };
}

// ------------------------------------------------------------------ cohort profile

export interface CohortRow {
  personId: number;
  daysOnScheme: number;
  baselineConvictions: number;
  inCustody: boolean;
  /** The area's name, or a phrase for none. */
  area: string;
}

function bands<T>(rows: T[], defs: { label: string; test: (r: T) => boolean }[]): { label: string; n: number }[] {
  return defs.map((d) => ({ label: d.label, n: rows.filter(d.test).length }));
}

export function cohortSection(rows: CohortRow[], named: boolean, cohortDate: IsoDate, baselineYear: PerformanceYear, extract: string | null): ReportSection {
  const years = countTable(
    `Members on ${longDate(cohortDate)} by time on the scheme`,
    ['Time on the scheme', 'Members'],
    bands(rows, [
      { label: 'Under 1 year', test: (r) => r.daysOnScheme < 365 },
      { label: '1 year to under 2', test: (r) => r.daysOnScheme >= 365 && r.daysOnScheme < 730 },
      { label: '2 years to under 3', test: (r) => r.daysOnScheme >= 730 && r.daysOnScheme < 1095 },
      { label: '3 years or more', test: (r) => r.daysOnScheme >= 1095 },
    ]),
    named,
  );
  const convictions = countTable(
    `Members by convictions in the baseline year ${baselineYear.label}`,
    ['Convictions', 'Members'],
    bands(rows, [
      { label: 'None', test: (r) => r.baselineConvictions === 0 },
      { label: '1 or 2', test: (r) => r.baselineConvictions >= 1 && r.baselineConvictions <= 2 },
      { label: '3 to 5', test: (r) => r.baselineConvictions >= 3 && r.baselineConvictions <= 5 },
      { label: '6 to 10', test: (r) => r.baselineConvictions >= 6 && r.baselineConvictions <= 10 },
      { label: '11 or more', test: (r) => r.baselineConvictions >= 11 },
    ]),
    named,
  );
  const balance = countTable(
    `Members in the community and in custody on ${longDate(cohortDate)}`,
    ['Where', 'Members'],
    [
      { label: 'In the community', n: rows.filter((r) => !r.inCustody).length },
      { label: 'In custody', n: rows.filter((r) => r.inCustody).length },
    ],
    named,
  );
  const areaNames = [...new Set(rows.map((r) => r.area))].sort((a, b) => a.localeCompare(b));
  const areaRows = areaNames.map((a) => ({ label: a, n: rows.filter((r) => r.area === a).length }));
  const areas = countTable(`Members by area of their address on ${longDate(cohortDate)}`, ['Area', 'Members'], areaRows, named);
  const shownAreas = areaRows.filter((_, i) => !areas.t.cells[i]![0]!.withheld);
  const withheldAreas = areaRows.length - shownAreas.length;
  const areaChart =
    shownAreas.length > 0
      ? barChart({
          id: 'report-cohort-areas',
          title: `Members by area, ${longDate(cohortDate)}`,
          description: `Members of the cohort by the area of their address.${withheldAreas ? ` ${withheldAreas} area${withheldAreas === 1 ? ' is' : 's are'} left out of the chart: ${SUPPRESSED} members, or withheld to protect such a count.` : ''}`,
          categories: shownAreas.map((a) => a.label),
          series: [{ name: 'Members', values: shownAreas.map((a) => a.n) }],
          xLabel: 'Area',
          yLabel: 'Members',
        })
      : null;
  const note = 'Sources: memberships, custody periods, addresses and convictions.';
  const fig1 = (id: string, title: string, table: ReportTable, method: string): ReportFigure => ({ id, title, chart: null, table, method: [method, note], extractDate: extract });
  return {
    id: 'cohort',
    heading: 'The cohort',
    summary: [
      { label: 'Members on the cohort date', value: countCell(named, rows.length).text },
      { label: 'Cohort date', value: longDate(cohortDate) },
    ],
    // With no members there is nothing to profile: the section says so, and shows no tables of zeros.
    figures: rows.length === 0 ? [] : [
      fig1('cohort-years', 'Years on the scheme', years.table, 'Time on the scheme before the cohort date, over all of a member\'s spans on it.'),
      fig1('cohort-convictions', 'Convictions in the baseline year', convictions.table, `Offences proven by conviction committed in ${baselineYear.label} (${spanText(baselineYear.start, baselineYear.end)}), by offence date; cautions are not counted.`),
      fig1('cohort-balance', 'Community and custody', balance.table, 'In custody: a custody period (remand or sentence) covering the cohort date.'),
      {
        id: 'cohort-areas',
        title: 'Spread by area',
        chart: areaChart ? { id: 'report-cohort-areas', title: `Members by area, ${longDate(cohortDate)}`, description: 'Bars: members in each area, labelled with the count.', svg: areaChart } : null,
        table: areas.table,
        method: ['The area of the address the person lived at on the cohort date (the latest address starting on or before it), by its name; addresses outside the partnership\'s areas are counted together.', note],
        extractDate: extract,
      },
    ],
    unavailable: rows.length === 0 ? 'The scheme had no members on the cohort date.' : null,
  };
}

// ------------------------------------------------------------------ NI38

export function ni38Section(r: Ni38Report, named: boolean, names: { ref: string; name: string; actual: number; predicted: number }[] | null): ReportSection {
  const extract = null;
  const x = shownNi38(named, r);
  const table: ReportTable = {
    caption: `NI38 cohort identified ${spanText(r.from, addDays(r.to, 1))}`,
    head: ['Figure', 'Value'],
    rows: [
      { label: 'Cohort (drug-misusing offenders identified)', cells: [shownReportCell(x.cohortSize)] },
      { label: 'Actual proven offences', cells: [shownReportCell(x.actual)] },
      { label: 'Predicted offences', cells: [shownReportCell(x.predicted, (n) => dec(n))] },
      { label: 'Actual ÷ predicted', cells: [shownReportCell(x.ratio, (n) => dec(n, 3))] },
      { label: 'Contributors (people whose excess accounts for the difference)', cells: [shownReportCell(x.contributorCount)] },
    ],
    total: null,
  };
  const figures: ReportFigure[] = [{ id: 'ni38-figures', title: 'NI38 against the prediction', chart: null, table, method: x.method, extractDate: extract }];
  if (names && names.length) {
    figures.push({
      id: 'ni38-contributors',
      title: 'Contributors by name (staff report)',
      chart: null,
      table: {
        caption: 'NI38 contributors',
        head: ['Person', 'Reference', 'Actual', 'Predicted'],
        rows: names.map((n) => ({ label: n.name, cells: [fig(n.ref), fig(String(n.actual), n.actual), fig(dec(n.predicted), n.predicted)] })),
        total: null,
      },
      method: ['Named only to staff who may see drug tests, and only people they may see; reading the names is recorded in the audit log.'],
      extractDate: extract,
    });
  }
  return {
    id: 'ni38',
    heading: 'NI38: drug-misusing offenders',
    summary: [
      ...(r.period.note ? [{ label: 'Status', value: r.period.note }] : []),
      { label: 'Contributors', value: shownText(x.contributorCount) },
      ...(r.namesWithheld ? [{ label: 'Names', value: r.namesWithheld }] : named ? [] : [{ label: 'Names', value: 'Not in a board report: a count only.' }]),
    ],
    figures,
    unavailable: null,
  };
}

// ------------------------------------------------------------------ DRR

/**
 * DRR from the year's figures with every count (the report service asks for
 * them whole), suppressed here for the board: the quarters are rows, each
 * measure a column with the year's count as its total.
 */
export function drrSection(f: DrrFigures, named: boolean, upTo: 1 | 2 | 3 | 4, extract: string | null): ReportSection {
  const quarters = f.quarters.filter((q) => q.quarter <= upTo);
  const keys = ['starts', 'completions', 'earlyTerminations', 'otherEnds'] as const;
  const matrix = quarters.map((q) => keys.map((k) => q[k] ?? 0));
  // Each count falls in one quarter, so the column totals are the year's counts (or the year to date).
  const t = tableFor(named, matrix, { rowTotals: false, columnTotals: true, columns: keys.length });
  const table: ReportTable = {
    caption: `DRR starts and completions, ${f.year}${upTo < 4 ? `, quarters 1 to ${upTo}` : ''}`,
    head: ['Quarter', 'Starts', 'Completions', 'Early terminations', 'Ended otherwise'],
    rows: quarters.map((q, i) => ({ label: `Q${q.quarter} (${spanText(q.start, q.end)})`, cells: t.cells[i]!.map(cell) })),
    total: { label: upTo === 4 ? 'Year' : 'Year to date', cells: t.columnTotals.map(cell) },
  };
  const canChart = !t.suppressed;
  const lines = f.target ? [{ name: 'Target of starts a quarter', value: f.target.starts / 4 }, ...(f.target.completions !== null ? [{ name: 'Target of completions a quarter', value: f.target.completions / 4 }] : [])] : [];
  const chart = canChart
    ? barChart({
        id: 'report-drr',
        title: `DRR starts and completions a quarter, ${f.year}`,
        description: "Starts and completions each quarter against a quarter of the year's target.",
        categories: quarters.map((q) => `Q${q.quarter}`),
        series: [
          { name: 'Starts', values: quarters.map((q) => q.starts ?? 0) },
          { name: 'Completions', values: quarters.map((q) => q.completions ?? 0) },
        ],
        lines,
        xLabel: `Quarter of ${f.year}`,
        yLabel: 'DRR orders',
      })
    : null;
  const sumShown = (k: 'starts' | 'completions') => {
    const j = keys.indexOf(k);
    return t.columnTotals[j]!.withheld ? null : t.columnTotals[j]!.value;
  };
  const against = (k: 'starts' | 'completions', target: number | null | undefined) => {
    const n = sumShown(k);
    return n === null || !target ? '–' : pct(n / target);
  };
  return {
    id: 'drr',
    heading: 'Drug Rehabilitation Requirements',
    summary: [
      { label: 'Target', value: f.target ? `${f.target.starts} starts${f.target.completions === null ? '' : `, ${f.target.completions} completions`}` : 'None set for this year' },
      { label: upTo < 4 ? 'Starts to date against the year\'s target' : 'Starts against target', value: against('starts', f.target?.starts) },
      { label: upTo < 4 ? 'Completions to date against the year\'s target' : 'Completions against target', value: against('completions', f.target?.completions) },
      ...(upTo === 4 ? [{ label: 'Completion rate', value: named || !t.suppressed ? pct(f.completionRate) : 'withheld' }] : []),
    ],
    figures: [
      {
        id: 'drr-quarters',
        title: 'Starts and completions against target',
        chart: chart ? { id: 'report-drr', title: `DRR starts and completions a quarter, ${f.year}`, description: 'Patterned bars: starts and completions. Dashed lines: a quarter of the targets.', svg: chart } : null,
        table,
        method: [f.method, ...(canChart ? [] : [`No chart: some counts are withheld (${SUPPRESSED}, or to protect such a count).`])],
        extractDate: extract,
      },
    ],
    unavailable: null,
  };
}

// ------------------------------------------------------------------ disproportionality

export function disproportionalitySection(d: Disproportionality | null, named: boolean, run: { id: number; asOf: IsoDate; createdAt: string } | null): ReportSection {
  if (!d || !run) return { id: 'disproportionality', heading: 'Disproportionality in selection', summary: [], figures: [], unavailable: 'No selection run for this scheme on or before the end of the period.' };
  const dims: Record<string, string> = { ethnicity: 'Ethnicity', sex: 'Sex', age_band: 'Age band' };
  const tables = d.dimensions.map((dim) => tableFor(named, dim.groups.map((g) => [g.pool, g.selected]), { rowTotals: false, columnTotals: true, columns: 2 }));
  // Every dimension splits the same pool: a total withheld in one table (to protect a cell) is
  // withheld in all, or another table would give it back; and the overall rate (selected ÷ pool)
  // is withheld with either total, or when those selected or not are few.
  for (const j of [0, 1]) {
    if (tables.some((t) => t.columnTotals[j]!.withheld)) for (const t of tables) t.columnTotals[j]!.withheld ??= 'secondary';
  }
  const poolShown = !named && (isSmallCount(d.pool) || tables.some((t) => t.columnTotals[0]!.withheld)) ? null : d.pool;
  const rateHidden = !named && (poolShown === null || isShareWithheld(named, d.selected, d.pool) || tables.some((t) => t.columnTotals[1]!.withheld));
  const overall: ReportCell = rateHidden ? { text: 'withheld', value: null, withheld: 'secondary' } : fig(pct(d.overallRate), d.overallRate);
  const figures: ReportFigure[] = d.dimensions.map((dim, k) => {
    const t = tables[k]!;
    return {
      id: `disproportionality-${dim.dimension}`,
      title: `Selection by ${dims[dim.dimension]!.toLowerCase()}`,
      chart: null,
      table: {
        caption: `Pool and selected by ${dims[dim.dimension]!.toLowerCase()} (reference group: ${dim.reference ?? 'none'})`,
        head: [dims[dim.dimension]!, 'In the pool', 'Selected', 'Selection rate', 'Ratio to overall', 'Ratio to reference'],
        rows: dim.groups.map((g, i) => {
          const rowHidden = (k: number) => t.cells[k]!.some((c) => c.withheld) || isShareWithheld(named, dim.groups[k]!.selected, dim.groups[k]!.pool);
          const hidden = rowHidden(i);
          // A ratio shown beside a shown rate gives the rate it divides by: withheld when that rate is.
          const ref = dim.groups.findIndex((x) => x.group === dim.reference);
          const w = (text: string, v: number | null, also = false): ReportCell => (hidden || also ? { text: 'withheld', value: null, withheld: 'secondary' } : fig(text, v));
          return {
            label: g.group,
            cells: [cell(t.cells[i]![0]!), cell(t.cells[i]![1]!), w(pct(g.rate), g.rate), w(dec(g.ratioToOverall), g.ratioToOverall, rateHidden), w(dec(g.ratioToReference), g.ratioToReference, ref >= 0 && rowHidden(ref))],
          };
        }),
        total: { label: 'Everyone', cells: [cell(t.columnTotals[0]!), cell(t.columnTotals[1]!), overall, fig('1.00', 1), fig('')] },
      },
      method: [
        'From the latest selection run of the scheme on or before the end of the period: everyone in the pool, and those selected (members kept and proposed selections).',
        'Selection rate = selected ÷ pool for each group; the ratio to overall divides it by the rate over everyone, the ratio to reference by the rate of the largest group. A ratio well above 1 asks whether the matrix bears harder on that group.',
        `Run ${run.id}, scored as of ${longDate(run.asOf)} (run on ${when(run.createdAt)}).`,
        ...(named ? [] : ['A rate is withheld with its counts when a group, or those selected or not selected in it, number fewer than 5.']),
      ],
      extractDate: run.asOf,
    };
  });
  return {
    id: 'disproportionality',
    heading: 'Disproportionality in selection',
    summary: [
      { label: 'Pool', value: poolShown === null ? (isSmallCount(d.pool) ? SUPPRESSED : 'withheld') : String(poolShown) },
      { label: 'Overall selection rate', value: overall.text },
    ],
    figures,
    unavailable: null,
  };
}

// ------------------------------------------------------------------ Premium Service and NI18

export function premiumServiceSection(r: PremiumServiceReport, named: boolean, upTo: 1 | 2 | 3 | 4): ReportSection {
  const quarters = r.quarters.filter((q) => q.quarter <= upTo);
  // The year's cases are the quarters' sum: a small quarter hidden beside a shown
  // total could be worked back, so each group's quarters and total are suppressed
  // together (secondary suppression), and a hidden count hides its medians too.
  const withTotal = upTo === 4;
  const column = (group: 'members' | 'others') => {
    const counts = quarters.map((q) => q[group].cases);
    const shown = suppressRow(named, counts, withTotal ? r.wholeYear[group].cases : counts.reduce((a, b) => a + b, 0));
    return { cells: shown.cells, total: withTotal ? shown.total : null };
  };
  const shownMembers = column('members');
  const shownOthers = column('others');
  const days = (s: DaysSummary, shownCases: number | null): ReportCell[] => {
    if (shownCases === null && !named) {
      const kind = isSmallCount(s.cases) ? 'small' : 'secondary';
      const hidden: ReportCell = { text: 'withheld', value: null, withheld: 'secondary' };
      return [kind === 'small' ? countCell(false, s.cases) : hidden, hidden, hidden];
    }
    return [countCell(named, s.cases), fig(s.medianDays === null ? '–' : dec(s.medianDays, 0), s.medianDays), fig(s.p90Days === null ? '–' : dec(s.p90Days, 0), s.p90Days)];
  };
  const table: ReportTable = {
    caption: `Days from charge to disposal, ${r.scheme.code} members against everyone else, ${r.year}`,
    head: ['Quarter', 'Members: cases', 'Members: median days', 'Members: 90th percentile', 'Others: cases', 'Others: median days', 'Others: 90th percentile'],
    rows: quarters.map((q, i) => ({ label: `Q${q.quarter}`, cells: [...days(q.members, shownMembers.cells[i]!), ...days(q.others, shownOthers.cells[i]!)] })),
    total: withTotal ? { label: 'Year', cells: [...days(r.wholeYear.members, shownMembers.total), ...days(r.wholeYear.others, shownOthers.total)] } : null,
  };
  const chartable = quarters.every((q) => q.members.medianDays !== null && q.others.medianDays !== null && (named || (!isSmallCount(q.members.cases) && !isSmallCount(q.others.cases))));
  const svg = chartable
    ? barChart({
        id: 'report-premium',
        title: `Median days from charge to disposal, ${r.scheme.code} ${r.year}`,
        description: 'Median days from charge to disposal each quarter, scheme members against everyone else.',
        categories: quarters.map((q) => `Q${q.quarter}`),
        series: [
          { name: `${r.scheme.code} members`, values: quarters.map((q) => q.members.medianDays!) },
          { name: 'Everyone else', values: quarters.map((q) => q.others.medianDays!) },
        ],
        xLabel: `Quarter of ${r.year}`,
        yLabel: 'Median days',
      })
    : null;
  const extract = r.dataCurrency.lastOutcomesImport ?? r.dataCurrency.lastArrestsImport;
  return {
    id: 'premium-service',
    heading: 'The Premium Service: speedy enforcement',
    summary: [
      { label: 'Members: median days, whole year', value: named || !isSmallCount(r.wholeYear.members.cases) ? dec(r.wholeYear.members.medianDays, 0) : 'withheld' },
      { label: 'Everyone else: median days, whole year', value: named || !isSmallCount(r.wholeYear.others.cases) ? dec(r.wholeYear.others.medianDays, 0) : 'withheld' },
    ],
    figures: [
      {
        id: 'premium-service-quarters',
        title: 'Days from charge to disposal',
        chart: svg ? { id: 'report-premium', title: `Median days from charge to disposal, ${r.scheme.code} ${r.year}`, description: 'Patterned bars: members and everyone else.', svg } : null,
        table,
        method: [...r.method, `Data: arrests imported ${when(r.dataCurrency.lastArrestsImport) ?? 'never'}, outcomes ${when(r.dataCurrency.lastOutcomesImport) ?? 'never'}.`],
        extractDate: extract,
      },
    ],
    unavailable: null,
  };
}

export function ni18Section(r: Ni18Report, named: boolean): ReportSection {
  const rateHidden = isShareWithheld(named, r.reoffenders, r.caseload);
  const rate = (v: number | null) => (rateHidden ? { text: 'withheld', value: null, withheld: 'secondary' as const } : fig(pct(v), v));
  const extract = r.dataCurrency.lastOutcomesImport;
  return {
    id: 'ni18',
    heading: 'NI18: probation caseload reoffending',
    summary: [
      { label: 'Snapshot month', value: r.snapshotMonth },
      { label: 'Actual rate', value: rate(r.actualRate).text },
      { label: 'Predicted rate', value: pct(r.predictedRate) },
    ],
    figures: [
      {
        id: 'ni18-figures',
        title: 'Caseload reoffending against prediction',
        chart: null,
        table: {
          caption: `NI18, adult caseload in ${r.snapshotMonth}${r.scheme ? ` (${r.scheme.code} members)` : ''}, followed up to ${longDate(addDays(r.followUpEnds, -1))}`,
          head: ['Figure', 'Value'],
          rows: [
            { label: 'Adult caseload', cells: [countCell(named, r.caseload)] },
            { label: 'Proven to reoffend within 3 months', cells: [countCell(named, r.reoffenders)] },
            { label: 'Actual rate', cells: [rate(r.actualRate)] },
            { label: 'Predicted rate', cells: [fig(pct(r.predictedRate), r.predictedRate)] },
            { label: 'Difference (negative is better)', cells: [rateHidden ? { text: 'withheld', value: null, withheld: 'secondary' } : fig(r.difference === null ? '–' : `${(r.difference * 100).toFixed(1)} points`, r.difference)] },
          ],
          total: null,
        },
        method: [...r.method, `Data: outcomes imported ${when(extract) ?? 'never'}; latest outcome ${r.dataCurrency.latestOutcomeDate ? longDate(r.dataCurrency.latestOutcomeDate) : 'none'}.`],
        extractDate: extract,
      },
    ],
    unavailable: null,
  };
}

/** A section whose measure could not be worked out, saying why (and nothing else). */
export function unavailableSection(id: ReportSection['id'], heading: string, why: string): ReportSection {
  return { id, heading, summary: [], figures: [], unavailable: why };
}
