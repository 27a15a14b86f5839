// The registry of list kinds that export (SPEC 3.7, issue 16): each kind draws
// its list with THE service function that draws it on its page (no second
// query), so need-to-know and withholding apply exactly as on the page, and
// maps the rows to columns. A kind of people names each row's person (for the
// disclosure entry); a kind of figures names nobody.
import type { Actor } from '../access/actor.js';
import type { Permission } from '../access/permissions.js';
import { InvalidInputError } from '../errors.js';
import type { selectionService } from '../selection/service.js';
import type { schemeService } from '../schemes/service.js';
import type { panelService } from '../panel/service.js';
import type { caseService } from '../cases/service.js';
import type { alertService } from '../alerts/service.js';
import type { watchListService } from '../alerts/watch-lists.js';
import type { performanceService } from '../performance/service.js';
import type { drrService } from '../drr/service.js';
import type { peopleService } from '../people/service.js';
import { cellOf, type Cell } from './cells.js';
import { can } from '../access/permissions.js';
import { shownCell, shownNi38, shownReoffending } from '../performance/disclosed.js';
import { IMPORT_KINDS } from '../imports/kind-names.js';

/** The services the kinds draw their lists from (a part of src/services.ts). */
export interface ListServices {
  selection: ReturnType<typeof selectionService>;
  schemes: ReturnType<typeof schemeService>;
  panel: ReturnType<typeof panelService>;
  cases: ReturnType<typeof caseService>;
  alerts: ReturnType<typeof alertService>;
  watchLists: ReturnType<typeof watchListService>;
  performance: ReturnType<typeof performanceService>;
  drr: ReturnType<typeof drrService>;
  people: ReturnType<typeof peopleService>;
}

/** A list's parameters as they come from a query string or CLI options. */
export type ExportParams = Record<string, string | undefined>;

export interface DrawnRow {
  /** The person the row is about (lists of people), for the disclosure entry. */
  personId?: number;
  cells: Cell[];
}

export interface DrawnList {
  title: string;
  /** The scheme the list is of, for the file name; null when it has none. */
  scheme: string | null;
  columns: string[];
  rows: DrawnRow[];
}

export interface ParamSpec {
  name: string;
  required?: boolean;
  description: string;
}

export interface ListKind {
  /** A list of people (each row names one) or of aggregate figures only. */
  figuresOnly: boolean;
  /**
   * A table of figures whose counts from 1 to 4 the export itself suppresses
   * for readers who may not see people (board members), as its page does
   * (src/performance/disclosed.ts, or the measure's own service). A table
   * without it holds its small counts as they are, so only those who may see
   * people's figures (performance:names) export it.
   */
  suppressesSmallCounts?: true;
  /** A list whose file never carries a restricted record, justification or not (watch lists: docs/need-to-know.md). */
  neverRestricted?: true;
  /** Who may export it (besides what the list's own service asks). */
  permission: Permission;
  label: string;
  params: ParamSpec[];
  /** Where the list is on the web (for the docs and the links). */
  page: string;
  draw(s: ListServices, actor: Actor, p: ExportParams, today: string): Promise<DrawnList>;
}

function need(p: ExportParams, name: string, what: string): string {
  const v = p[name]?.trim();
  if (!v) throw new InvalidInputError(`Say ${what} (${name}).`, { field: name });
  return v;
}

function id(p: ExportParams, name: string, what: string): number {
  const v = need(p, name, what);
  const n = Number(v);
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidInputError(`${name} must be ${what} (a whole number), not "${v}".`, { field: name });
  return n;
}

function fraction(p: ExportParams, name: string, required: boolean): number | undefined {
  const v = p[name]?.trim();
  if (!v) {
    if (required) throw new InvalidInputError(`Say the ${name} as a fraction, e.g. 0.16 or 16%.`, { field: name });
    return undefined;
  }
  const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!Number.isFinite(n)) throw new InvalidInputError(`${name} must be a fraction such as 0.16 or 16%, not "${v}".`, { field: name });
  return n;
}

const opt = (p: ExportParams, name: string): string | undefined => p[name]?.trim() || undefined;

const row = (values: unknown[], personId?: number): DrawnRow => ({ personId, cells: values.map(cellOf) });

/** A withheld figure is written as the word, never as the value. */
const WITHHELD = 'withheld';
/** A count from 1 to 4 withheld from a viewer who may not see people. */
const FEWER_THAN_5 = 'fewer than 5';

const SCHEME: ParamSpec = { name: 'scheme', required: true, description: 'the scheme code, e.g. PPO' };

async function runRows(s: ListServices, actor: Actor, runId: number, onlyPool: boolean): Promise<DrawnList> {
  const run = await s.selection.getRun(actor, { runId, withCriteria: false });
  const results = onlyPool ? run.results.filter((r) => r.inPool) : run.results;
  const labels = await s.people.labels(actor, results.map((r) => r.personId));
  const withheld = run.scoresWithheld !== null;
  return {
    title: onlyPool ? `pool ${run.schemeCode} ${run.asOf}` : `selection run ${run.runId}`,
    scheme: run.schemeCode,
    columns: ['run', 'as_of', 'rank', 'person_ref', 'name', 'score', 'member', 'in_pool', 'above_lowest_member', 'priority', 'proposal', 'proposal_reasons'],
    rows: results.map((r) =>
      row(
        [
          run.runId,
          run.asOf,
          withheld ? WITHHELD : r.rank,
          r.personRef,
          labels.get(r.personId)?.name ?? null,
          withheld ? WITHHELD : r.score,
          r.member,
          r.inPool,
          withheld ? WITHHELD : r.aboveLowestMember,
          r.priority,
          r.proposal,
          r.proposalReasons.map((x) => x.text).join(' '),
        ],
        r.personId,
      ),
    ),
  };
}

export const LIST_KINDS = {
  pool: {
    figuresOnly: false,
    permission: 'export:run',
    label: 'The selection pool: everyone in the pool of the scheme’s latest selection run (or of run=ID), ranked',
    params: [SCHEME, { name: 'run', description: 'a run of the scheme (default its latest)' }],
    page: '/schemes/{scheme}/selection',
    async draw(s, actor, p) {
      const scheme = need(p, 'scheme', 'the scheme');
      let runId: number;
      if (opt(p, 'run')) runId = id(p, 'run', 'a selection run number');
      else {
        const runs = await s.selection.listRuns(actor, { schemeCode: scheme });
        if (!runs[0]) throw new InvalidInputError(`Scheme ${scheme} has no selection run yet, so it has no pool to export. Run the selection first.`, { field: 'scheme' });
        runId = runs[0].runId;
      }
      const list = await runRows(s, actor, runId, true);
      if (list.scheme !== scheme.toUpperCase() && list.scheme !== scheme) throw new InvalidInputError(`Run ${runId} is of scheme ${list.scheme}, not ${scheme}.`, { field: 'run' });
      return list;
    },
  },
  'selection-run': {
    figuresOnly: false,
    permission: 'export:run',
    label: 'A selection run: every row, as its page shows them (scores withheld where the page withholds them)',
    params: [{ name: 'run', required: true, description: 'the run number' }],
    page: '/selection/runs/{run}',
    draw: (s, actor, p) => runRows(s, actor, id(p, 'run', 'a selection run number'), false),
  },
  'panel-minutes': {
    figuresOnly: false,
    permission: 'export:run',
    label: 'The minutes of a panel: its decisions',
    params: [SCHEME, { name: 'date', required: true, description: 'the meeting date, YYYY-MM-DD' }],
    page: '/schemes/{scheme}/panel/minutes?date={date}',
    async draw(s, actor, p) {
      const m = await s.panel.minutes(actor, { schemeCode: need(p, 'scheme', 'the scheme'), meetingDate: need(p, 'date', 'the meeting date') });
      const labels = await s.people.labels(actor, m.decisions.map((d) => d.personId));
      return {
        title: `minutes ${m.schemeCode} ${m.meetingDate}`,
        scheme: m.schemeCode,
        columns: ['meeting_date', 'person_ref', 'name', 'item', 'decision', 'action', 'reason', 'end_reason', 'exit_plan', 'tier', 'score', 'decided_by', 'decided_at', 'items'],
        rows: m.decisions.map((d) =>
          row(
            [m.meetingDate, d.personRef, labels.get(d.personId)?.name ?? null, d.item, d.decision, d.action, d.reason, d.endReason, d.exitPlan, d.tierCode, m.scoresWithheld ? WITHHELD : d.score, d.decidedBy, d.decidedAt, d.items.join('; ')],
            d.personId,
          ),
        ),
      };
    },
  },
  'scheme-members': {
    figuresOnly: false,
    permission: 'export:run',
    label: 'The members of a scheme on a date',
    params: [SCHEME, { name: 'asOf', description: 'the date, YYYY-MM-DD (default today)' }],
    page: '/schemes/{scheme}',
    async draw(s, actor, p, today) {
      const page = await s.schemes.page(actor, need(p, 'scheme', 'the scheme'), opt(p, 'asOf') ?? today);
      return {
        title: `members ${page.code} ${page.asOf}`,
        scheme: page.code,
        columns: ['as_of', 'person_ref', 'name', 'tier', 'start_date', 'years_on_scheme', 'area', 'in_custody', 'custody_sentence_days', 'expected_release_date'],
        rows: page.members.map((m) =>
          row([page.asOf, m.personRef, m.name, m.tier, m.startDate, m.yearsOnScheme, m.areaName, m.inCustody, m.custodySentenceDays, m.expectedReleaseDate], m.personId),
        ),
      };
    },
  },
  caseload: {
    figuresOnly: false,
    permission: 'case:work',
    label: 'A caseload, with the filters and order of its page',
    params: [
      { name: 'view', description: 'mine, team or all (as the caseload page)' },
      { name: 'scheme', description: 'only cases on this scheme' },
      { name: 'lead', description: 'only cases led by this agency (its code)' },
      { name: 'sort', description: 'the order, as the caseload page' },
      { name: 'order', description: 'asc or desc' },
      { name: 'username', description: 'whose caseload (the CLI operator only)' },
    ],
    page: '/caseload',
    async draw(s, actor, p) {
      const c = await s.cases.caseload(actor, { view: opt(p, 'view'), scheme: opt(p, 'scheme'), lead: opt(p, 'lead'), sort: opt(p, 'sort'), order: opt(p, 'order'), username: opt(p, 'username') });
      return {
        title: `caseload ${c.view}`,
        scheme: c.filters.scheme,
        columns: ['person_ref', 'family_name', 'given_names', 'scheme', 'lead', 'case_manager', 'opened_on', 'open_actions', 'overdue_actions', 'next_due', 'unacknowledged_alerts', 'appointments_today'],
        rows: c.cases.map((r) =>
          row([r.personRef, r.familyName, r.givenNames, r.scheme, r.leadCode, r.caseManager, r.openedOn, r.openActions, r.overdueActions, r.nextDue, r.unacknowledgedAlerts, r.appointmentsToday], r.personId),
        ),
      };
    },
  },
  'watch-list': {
    figuresOnly: false,
    neverRestricted: true,
    permission: 'case:work',
    label: 'A saved watch list’s results today',
    params: [{ name: 'list', required: true, description: 'the watch list’s number' }],
    page: '/watch-lists/{list}',
    async draw(s, actor, p) {
      const r = await s.watchLists.run(actor, id(p, 'list', 'a watch list number'));
      return {
        title: `watch list ${r.list.id}`,
        scheme: null,
        columns: ['as_of', 'person_ref', 'name', 'date', 'detail'],
        rows: r.rows.map((w) => row([r.asOf, w.personRef, w.name, w.date, w.detail], w.personId)),
      };
    },
  },
  alerts: {
    figuresOnly: false,
    permission: 'case:work',
    label: 'Your alerts, newest first',
    params: [{ name: 'forUser', description: 'whose alerts (the CLI operator only: a username)' }],
    page: '/alerts',
    async draw(s, actor, p) {
      const all: Awaited<ReturnType<ListServices['alerts']['list']>>['alerts'] = [];
      let cursor: string | undefined;
      // The page's own reader, a page at a time, to the end.
      for (;;) {
        const page = await s.alerts.list(actor, { cursor, limit: 200, forUser: opt(p, 'forUser') });
        all.push(...page.alerts);
        if (!page.next) break;
        cursor = page.next;
      }
      return {
        title: 'alerts',
        scheme: null,
        columns: ['raised_on', 'kind', 'person_ref', 'name', 'scheme', 'about_date', 'detail', 'recipients', 'acknowledged_by', 'acknowledged_at'],
        rows: all.map((a) =>
          row([a.raisedOn, a.kindLabel, a.personRef, a.name, a.scheme, a.aboutDate, a.detail, a.recipients.join('; '), a.acknowledged?.by ?? null, a.acknowledged?.at ?? null], a.personId),
        ),
      };
    },
  },
  ni30: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: 'performance:view',
    label: 'The NI30 table: actual against expected convictions by quarter',
    params: [
      SCHEME,
      { name: 'year', required: true, description: 'the performance year, e.g. 2008/09' },
      { name: 'ceiling', required: true, description: 'the performance ceiling, e.g. 0.16 or 16%' },
      { name: 'stretch', description: 'the stretch target' },
      { name: 'cohortDate', description: 'the cohort date (default 1 April of the year)' },
      { name: 'cohortList', description: 'a frozen cohort list instead' },
      { name: 'asOf', description: 'count only convictions recorded by this date' },
    ],
    page: '/performance/{scheme}/{year}',
    async draw(s, actor, p) {
      const r = await s.performance.ni30(actor, {
        schemeCode: need(p, 'scheme', 'the scheme'),
        year: need(p, 'year', 'the performance year'),
        ceiling: fraction(p, 'ceiling', true)!,
        stretch: fraction(p, 'stretch', false) ?? null,
        cohortDate: opt(p, 'cohortDate') ?? null,
        cohortListId: opt(p, 'cohortList') ? id(p, 'cohortList', 'a cohort list number') : null,
        asOf: opt(p, 'asOf') ?? null,
      });
      return {
        title: `NI30 ${r.scheme.code} ${r.year}`,
        scheme: r.scheme.code,
        columns: ['year', 'quarter', 'start', 'actual', 'expected', 'variance', 'cumulative_actual', 'cumulative_expected', 'cumulative_variance'],
        rows: [
          ...r.quarters.map((q) => row([r.year, `Q${q.quarter}`, q.start, q.actual, q.expected, q.variance, q.cumulativeActual, q.cumulativeExpected, q.cumulativeVariance])),
          row([r.year, 'Year', null, r.actual, r.threshold, r.actual - r.threshold, null, null, null]),
        ],
      };
    },
  },
  ni38: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: 'performance:view',
    label: 'The NI38 table: actual against predicted offending by area (aggregate; contributors are not exported here)',
    params: [
      { name: 'scheme', description: 'only people on this scheme in the cohort period' },
      { name: 'from', description: 'cohort period start' },
      { name: 'to', description: 'cohort period end' },
      { name: 'year', description: 'without from/to: the January–March quarter of this performance year' },
      { name: 'model', description: 'the prediction model version' },
      { name: 'asOf', description: 'count only convictions recorded by this date' },
    ],
    page: '/performance',
    async draw(s, actor, p) {
      const r = await s.performance.ni38(actor, { schemeCode: opt(p, 'scheme') ?? null, from: opt(p, 'from') ?? null, to: opt(p, 'to') ?? null, year: opt(p, 'year') ?? null, modelVersion: opt(p, 'model') ?? null, asOf: opt(p, 'asOf') ?? null });
      const x = shownNi38(can(actor, 'performance:names'), r);
      return {
        title: `NI38 ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ['from', 'to', 'area', 'cohort', 'actual', 'predicted', 'ratio'],
        rows: [
          ...x.byArea.map((a) => row([r.from, r.to, a.areaCode ?? '(unknown)', shownCell(a.cohortSize), shownCell(a.actual), shownCell(a.predicted), shownCell(a.ratio)])),
          row([r.from, r.to, 'All', shownCell(x.cohortSize), shownCell(x.actual), shownCell(x.predicted), shownCell(x.ratio)]),
        ],
      };
    },
  },
  reoffending: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: 'performance:view',
    label: 'Proven reoffending: the headline figures and the cost by category',
    params: [
      { name: 'scheme', description: 'only people on this scheme in the period' },
      { name: 'from', required: true, description: 'first day of the period' },
      { name: 'to', required: true, description: 'last day of the period' },
      { name: 'asOf', description: 'the date the figures are read on (default today)' },
    ],
    page: '/performance',
    async draw(s, actor, p, today) {
      const r = await s.performance.reoffending(actor, { schemeCode: opt(p, 'scheme') ?? null, from: need(p, 'from', 'the first day of the period'), to: need(p, 'to', 'the last day of the period'), asOf: opt(p, 'asOf') ?? today });
      const x = shownReoffending(can(actor, 'performance:names'), r);
      const m = (measure: string, value: unknown) => row([r.from, r.to, measure, value]);
      const c = x.concentration;
      return {
        title: `reoffending ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ['from', 'to', 'measure', 'value'],
        rows: [
          m('cohort', shownCell(x.cohortSize)),
          m('reoffenders', shownCell(x.reoffenders)),
          m('binary rate', shownCell(x.binaryRate)),
          m('proven reoffences', r.offences),
          m('reoffences per offender', shownCell(x.frequencyPerOffender)),
          m('reoffences per reoffender', shownCell(x.frequencyPerReoffender)),
          m('total gravity', r.severity.totalGravity),
          m('mean gravity', r.severity.meanGravity),
          m('top 10% share of reoffences', c.withheld ? WITHHELD : c.topDecileShare),
          m('Gini', c.withheld ? WITHHELD : c.gini),
          ...r.cost.byCategory.map((c) => m(`cost: ${c.category} (${c.offences} offences)`, c.cost)),
          m('estimated cost', r.cost.total),
          m('provisional', r.provisional),
        ],
      };
    },
  },
  concentration: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: 'performance:view',
    label: 'Concentration: the Lorenz curve of the reoffending cohort’s offences',
    params: [
      { name: 'scheme', description: 'only people on this scheme in the period' },
      { name: 'from', required: true, description: 'first day of the period' },
      { name: 'to', required: true, description: 'last day of the period' },
      { name: 'asOf', description: 'the date the figures are read on (default today)' },
    ],
    page: '/performance',
    async draw(s, actor, p, today) {
      const r = await s.performance.reoffending(actor, { schemeCode: opt(p, 'scheme') ?? null, from: need(p, 'from', 'the first day of the period'), to: need(p, 'to', 'the last day of the period'), asOf: opt(p, 'asOf') ?? today });
      const c = shownReoffending(can(actor, 'performance:names'), r).concentration;
      return {
        title: `concentration ${r.from} to ${r.to}`,
        scheme: r.scheme?.code ?? null,
        columns: ['from', 'to', 'share_of_people', 'share_of_offences'],
        // Withheld (a cohort too small for its tenths to hide a person): the tenths, each share withheld.
        rows: c.withheld
          ? Array.from({ length: 11 }, (_, i) => row([r.from, r.to, i / 10, WITHHELD]))
          : c.lorenz.map((l) => row([r.from, r.to, l.people, l.offences])),
      };
    },
  },
  drr: {
    figuresOnly: true,
    suppressesSmallCounts: true,
    permission: 'performance:view',
    label: 'DRR starts and completions by quarter against the target',
    params: [{ name: 'year', description: 'the performance year (default the current one)' }],
    page: '/drr?year={year}',
    async draw(s, actor, p) {
      const r = await s.drr.figures(actor, opt(p, 'year'));
      const n = (v: number | null) => (v === null ? FEWER_THAN_5 : v);
      return {
        title: `DRR ${r.year}`,
        scheme: null,
        columns: ['year', 'quarter', 'start', 'end', 'starts', 'completions', 'early_terminations', 'other_ends', 'target_starts', 'target_completions'],
        rows: [
          ...r.quarters.map((q) => row([r.year, q.label, q.start, q.end, n(q.starts), n(q.completions), n(q.earlyTerminations), n(q.otherEnds), null, null])),
          row([r.year, 'Year', r.start, r.end, n(r.total.starts), n(r.total.completions), n(r.total.earlyTerminations), n(r.total.otherEnds), r.target?.starts ?? null, r.target?.completions ?? null]),
        ],
      };
    },
  },
  disproportionality: {
    figuresOnly: true,
    permission: 'export:run',
    label: 'Disproportionality: selection rates by ethnicity, sex and age band in a selection run',
    params: [{ name: 'run', required: true, description: 'the run number' }],
    page: '/selection/runs/{run}',
    async draw(s, actor, p) {
      const run = await s.selection.getRun(actor, { runId: id(p, 'run', 'a selection run number'), limit: 0, withCriteria: false });
      const d = run.summary.disproportionality;
      return {
        title: `disproportionality run ${run.runId}`,
        scheme: run.schemeCode,
        columns: ['run', 'as_of', 'dimension', 'group', 'pool', 'selected', 'rate', 'ratio_to_overall', 'ratio_to_reference', 'reference_group'],
        rows: [
          row([run.runId, d.asOf, 'all', 'All', d.pool, d.selected, d.overallRate, null, null, null]),
          ...d.dimensions.flatMap((dim) => dim.groups.map((g) => row([run.runId, d.asOf, dim.dimension, g.group, g.pool, g.selected, g.rate, g.ratioToOverall, g.ratioToReference, dim.reference]))),
        ],
      };
    },
  },
} satisfies Record<string, ListKind>;

export type ListKindName = keyof typeof LIST_KINDS;

export const LIST_KIND_NAMES = Object.keys(LIST_KINDS) as ListKindName[];

export function isListKind(kind: string): kind is ListKindName {
  return Object.prototype.hasOwnProperty.call(LIST_KINDS, kind);
}

/** Every parameter any kind takes (the API's query string). */
export const ALL_PARAMS: string[] = [...new Set(Object.values(LIST_KINDS as Record<string, ListKind>).flatMap((k) => k.params.map((p) => p.name)))];

/** Every kind that exports: the lists, then the import kinds (in their import format, src/imports/export.ts). */
export const EXPORT_KINDS: readonly string[] = [...LIST_KIND_NAMES, ...IMPORT_KINDS];
