// The performance dashboard (SPEC 3.6): choose a scheme, year and ceiling, then
// one page of NI30, rolling 12 months, NI38 with its contributors, proven
// reoffending and concentration, each with its method and inputs beside it,
// and the unit costs of crime. Board members see aggregates only, with small
// counts suppressed (SPEC 3.7).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { partnershipToday } from '../../partnerships.js';
import { httpStatusOf, isWaymarkError, type WaymarkError } from '../../errors.js';
import { contributorNames, dashboardSchemes } from '../../performance/dashboard.js';
import { addDays, isIsoDate, performanceYear, performanceYearOf, type PerformanceYear } from '../../performance/periods.js';
import { listUnitCosts, mayEditUnitCosts, ni30, ni38, reoffending, setUnitCost, type Ni30Report, type Ni38Report, type ReoffendingReport } from '../../performance/service.js';
import { barChart, lineChart, lorenzChart } from '../../reports/charts.js';
import { boardCount, isSmallCount, SUPPRESSED } from '../../reports/disclosure.js';
import { escape, formatDate } from '../html.js';

type Query = { scheme?: string; year?: string; ceiling?: string; stretch?: string; cohortDate?: string };
interface FieldError {
  text: string;
  href: string;
}

const YEAR_IN_URL = /^(\d{4})-(\d{2})$/;

/** '2008-09' in a URL is the performance year 2008/09. */
export function yearFromUrl(s: string): PerformanceYear | null {
  const m = YEAR_IN_URL.exec(s);
  if (!m) return null;
  try {
    return performanceYear(`${m[1]}/${m[2]}`);
  } catch {
    return null;
  }
}

export const yearToUrl = (label: string) => label.replace('/', '-');

/** A fraction from the form: "0.16", or "16%" for the same. Undefined when empty. */
export function parseFraction(raw: string | undefined): number | undefined | 'invalid' {
  const s = (raw ?? '').trim();
  if (s === '') return undefined;
  const percent = s.endsWith('%');
  const n = Number(percent ? s.slice(0, -1).trim() : s);
  if (!Number.isFinite(n)) return 'invalid';
  const f = percent ? n / 100 : n;
  return f >= 0 && f < 1 ? f : 'invalid';
}

const pct = (n: number | null | undefined, dp = 1) => (n === null || n === undefined ? '–' : `${(n * 100).toFixed(dp)}%`);
const dec = (n: number | null | undefined, dp = 2) => (n === null || n === undefined ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(dp));
const signed = (n: number) => (n > 0 ? `+${dec(n)}` : dec(n));
const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const numeric = (text: string) => ({ text, format: 'numeric' });

function renderProblem(reply: FastifyReply, e: WaymarkError) {
  const status = httpStatusOf(e);
  reply.code(status);
  const title = status === 404 ? 'Page not found' : status === 403 ? 'You cannot see this page' : 'There is a problem with the request';
  return reply.render('error.njk', { title, message: e.message });
}

export function registerPerformanceRoutes(app: FastifyInstance): void {
  const db = () => app.deps.database.db;

  // The chooser: a GET form, so it works without JavaScript; a complete
  // choice is sent on to the dashboard's own address.
  app.get<{ Querystring: Query }>('/performance', { config: { access: 'performance:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const schemes = await dashboardSchemes(db(), actor);
    const today = await partnershipToday(db(), actor.partnershipId);
    const submitted = req.query.scheme !== undefined || req.query.year !== undefined || req.query.ceiling !== undefined;
    const errors: FieldError[] = [];
    const fieldErrors: Record<string, string> = {};
    const fail = (field: string, text: string) => {
      errors.push({ text, href: `#${field}` });
      fieldErrors[field] = text;
    };
    const years = recentYears(today);
    if (submitted) {
      const scheme = schemes.find((s) => s.code === req.query.scheme);
      if (!scheme) fail('scheme', 'Select a scheme');
      let year: PerformanceYear | null = null;
      try {
        year = performanceYear(req.query.year ?? '');
      } catch {
        fail('year', 'Select a performance year');
      }
      const ceiling = parseFraction(req.query.ceiling);
      if (ceiling === undefined) fail('ceiling', 'Enter the performance ceiling, for example 0.16 for 16%');
      else if (ceiling === 'invalid') fail('ceiling', 'The performance ceiling must be a fraction from 0 up to 1, for example 0.16, or a percentage such as 16%');
      const stretch = parseFraction(req.query.stretch);
      if (stretch === 'invalid') fail('stretch', 'The stretch target must be a fraction from 0 up to 1, for example 0.2, or a percentage such as 20%');
      if (errors.length === 0) {
        const q = new URLSearchParams({ ceiling: String(ceiling) });
        if (typeof stretch === 'number') q.set('stretch', String(stretch));
        return reply.redirect(`/performance/${encodeURIComponent(scheme!.code)}/${yearToUrl(year!.label)}?${q}`, 303);
      }
      reply.code(400);
    }
    return reply.render('performance-choose.njk', {
      title: 'Performance',
      errors,
      fieldErrors,
      schemeItems: [
        { value: '', text: 'Choose a scheme' },
        ...schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === req.query.scheme })),
      ],
      yearItems: years.map((y, i) => ({ value: y, text: y, selected: req.query.year ? y === req.query.year : i === 1 })),
      values: req.query,
      noSchemes: schemes.length === 0,
    });
  });

  app.get('/performance/unit-costs', { config: { access: 'performance:view' } }, async (req, reply) => {
    return renderUnitCosts(reply, req.actor!, {});
  });

  app.post<{ Body: Record<string, string | undefined> }>('/performance/unit-costs', { config: { access: 'performance:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const body = req.body ?? {};
    const current = await listUnitCosts(db(), actor);
    if (!mayEditUnitCosts(actor)) {
      reply.code(403);
      return reply.render('error.njk', { title: 'You cannot change the unit costs', message: 'Analysts and administrators can edit the unit costs of crime.' });
    }
    const errors: FieldError[] = [];
    const fieldErrors: Record<string, string> = {};
    const changes: { category: string; pounds: number | null }[] = [];
    current.forEach((c, i) => {
      const raw = body[`cost-${i}`];
      if (raw === undefined || body[`category-${i}`] !== c.category) return;
      const text = raw.trim().replace(/^£/, '').replace(/,/g, '');
      const value = text === '' ? null : Number(text);
      if (value !== null && (!Number.isFinite(value) || value < 0)) {
        const msg = `The unit cost of ${c.category} must be a sum in pounds, such as 5930, or left empty`;
        errors.push({ text: msg, href: `#cost-${i}` });
        fieldErrors[`cost-${i}`] = msg;
        return;
      }
      if (value !== c.pounds) changes.push({ category: c.category, pounds: value });
    });
    const priceYear = (body.priceYear ?? '').trim();
    if (priceYear && !/^\d{4}\/\d{2}$/.test(priceYear)) {
      errors.push({ text: 'Enter the price year like 2015/16, or leave it empty', href: '#priceYear' });
      fieldErrors.priceYear = 'Enter the price year like 2015/16, or leave it empty';
    }
    if (errors.length) {
      reply.code(400);
      return renderUnitCosts(reply, actor, { errors, fieldErrors, values: body });
    }
    try {
      for (const ch of changes) await setUnitCost(db(), actor, { ...ch, priceYear: priceYear || null });
    } catch (e) {
      if (isWaymarkError(e)) return renderProblem(reply, e);
      throw e;
    }
    return renderUnitCosts(reply, actor, { saved: changes.length });
  });

  app.get<{ Params: { code: string; year: string }; Querystring: Query }>(
    '/performance/:code/:year',
    { config: { access: 'performance:view' } },
    async (req, reply) => {
      const actor = req.actor!;
      const year = yearFromUrl(req.params.year);
      if (!year) {
        reply.code(404);
        return reply.render('error.njk', { title: 'Page not found', message: `"${req.params.year}" is not a performance year: write it like 2008-09 in the address.` });
      }
      const errors: FieldError[] = [];
      const fieldErrors: Record<string, string> = {};
      const fail = (field: string, text: string) => {
        errors.push({ text, href: `#${field}` });
        fieldErrors[field] = text;
      };
      const ceiling = parseFraction(req.query.ceiling);
      if (ceiling === undefined) fail('ceiling', 'Enter the performance ceiling, for example 0.16 for 16%');
      else if (ceiling === 'invalid') fail('ceiling', 'The performance ceiling must be a fraction from 0 up to 1, for example 0.16, or a percentage such as 16%');
      const stretch = parseFraction(req.query.stretch);
      if (stretch === 'invalid') fail('stretch', 'The stretch target must be a fraction from 0 up to 1, for example 0.2, or a percentage such as 20%');
      const cohortDate = (req.query.cohortDate ?? '').trim();
      if (cohortDate && !isIsoDate(cohortDate)) fail('cohortDate', 'Enter the cohort date as YYYY-MM-DD, for example 2008-04-01, or leave it empty');

      const schemes = await dashboardSchemes(db(), actor);
      const scheme = schemes.find((s) => s.code === req.params.code);
      if (!scheme) {
        reply.code(404);
        return reply.render('error.njk', { title: 'Page not found', message: `There is no scheme with the code ${req.params.code}.` });
      }
      const base = {
        title: `${scheme.name}: performance ${year.label}`,
        scheme,
        year: year.label,
        action: `/performance/${encodeURIComponent(scheme.code)}/${yearToUrl(year.label)}`,
        values: req.query,
        errors,
        fieldErrors,
      };
      if (errors.length) {
        reply.code(400);
        return reply.render('performance.njk', base);
      }

      const today = await partnershipToday(db(), actor.partnershipId);
      let n30: Ni30Report;
      let n38: Ni38Report;
      let reo: ReoffendingReport;
      try {
        n30 = await ni30(db(), actor, { schemeCode: scheme.code, year: year.label, ceiling: ceiling as number, stretch: typeof stretch === 'number' ? stretch : null, cohortDate: cohortDate || null });
        n38 = await ni38(db(), actor, { schemeCode: scheme.code, year: year.label });
        reo = await reoffending(db(), actor, { schemeCode: scheme.code, from: year.start, to: addDays(year.end, -1), asOf: today });
      } catch (e) {
        if (isWaymarkError(e)) return renderProblem(reply, e);
        throw e;
      }
      const named = can(actor, 'person:view');
      const names = named ? await contributorNames(db(), actor, n38.contributors.map((c) => c.personId)) : new Map();
      return reply.render('performance.njk', {
        ...base,
        named,
        today,
        ni30: ni30View(n30, named),
        ni38: ni38View(n38, named, names),
        reoffending: reoffendingView(reo, named),
      });
    },
  );

  async function renderUnitCosts(
    reply: FastifyReply,
    actor: Actor,
    opts: { errors?: FieldError[]; fieldErrors?: Record<string, string>; values?: Record<string, string | undefined>; saved?: number },
  ) {
    const costs = await listUnitCosts(db(), actor);
    const editable = mayEditUnitCosts(actor);
    return reply.render('unit-costs.njk', {
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
    });
  }
}

/** The last ten performance years, the current one first. */
function recentYears(today: string): string[] {
  const current = performanceYearOf(today).startYear;
  return Array.from({ length: 10 }, (_, i) => {
    const y = current - i;
    return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

function ni30View(r: Ni30Report, named: boolean) {
  const quarterLabel = (q: number) => `Q${q}`;
  const count = (n: number) => (named ? String(n) : boardCount(n));
  const shareHidden = !named && (isSmallCount(r.convictedCount) || isSmallCount(r.cohortSize - r.convictedCount));
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
    chart,
    rollingChart,
    summary: [
      { key: { text: 'Cohort' }, value: { text: `${count(r.cohortSize)} ${r.cohort.source === 'frozen_list' ? `on the frozen list "${r.cohort.list?.name}"` : `members on ${formatDate(r.cohort.cohortDate)}`}` } },
      { key: { text: `Baseline (${r.baselineYear})` }, value: { text: String(r.baseline) } },
      { key: { text: 'Performance ceiling' }, value: { text: `${pct(r.ceiling)}${r.stretch !== null ? `, stretch ${pct(r.stretch)}` : ''}` } },
      { key: { text: 'Average months on the scheme' }, value: { text: r.averageMonthsOnScheme === null ? '–' : r.averageMonthsOnScheme.toFixed(1) } },
      { key: { text: 'Threshold' }, value: { text: `${r.threshold}${r.stretchThreshold !== null ? ` (stretch ${r.stretchThreshold})` : ''}` } },
      { key: { text: 'Expected a quarter' }, value: { text: dec(r.threshold / 4) } },
      { key: { text: `Actual in ${r.year}` }, value: { text: `${r.actual}: ${r.underThreshold >= 0 ? `${dec(r.underThreshold)} under` : `${dec(-r.underThreshold)} over`} the threshold` } },
      { key: { text: 'Reduction achieved' }, value: { text: pct(r.reductionAchieved) } },
      {
        key: { text: 'Share of the cohort convicted' },
        value: { text: shareHidden ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.shareConvicted)} (${count(r.convictedCount)} of ${count(r.cohortSize)})` },
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

function ni38View(r: Ni38Report, named: boolean, names: Map<number, { name: string | null; restricted: boolean }>) {
  const count = (n: number) => (named ? String(n) : boardCount(n));
  return {
    r,
    summary: [
      { key: { text: 'Cohort period' }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      { key: { text: 'Cohort' }, value: { text: `${count(r.cohortSize)} people identified as Class A drug users` } },
      { key: { text: 'Identified by' }, value: { text: `positive test: ${count(r.identifiedBy.positiveTest)}; required assessment: ${count(r.identifiedBy.requiredAssessment)}` } },
      { key: { text: 'Actual' }, value: { text: String(r.actual) } },
      { key: { text: 'Predicted' }, value: { text: dec(r.predicted, 1) } },
      { key: { text: 'Actual ÷ predicted' }, value: { text: r.ratio === null ? '–' : r.ratio.toFixed(2) } },
      { key: { text: 'Model version' }, value: { text: r.modelVersion } },
      {
        key: { text: 'Contributors' },
        value: { text: r.contributorCount === 0 ? 'None: the cohort offended no more than predicted' : `${count(r.contributorCount)} people account for the difference of ${dec(r.difference, 1)}` },
      },
    ],
    areaRows: r.byArea.map((a) => {
      const hide = !named && isSmallCount(a.cohortSize);
      return [
        { text: a.areaCode ?? 'Not known' },
        numeric(count(a.cohortSize)),
        numeric(hide ? '–' : String(a.actual)),
        numeric(hide ? '–' : dec(a.predicted, 1)),
        numeric(hide || a.ratio === null ? '–' : a.ratio.toFixed(2)),
      ];
    }),
    contributorRows: named
      ? r.contributors.map((c) => {
          const n = names.get(c.personId);
          const label = n?.name ?? 'Restricted record';
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

function reoffendingView(r: ReoffendingReport, named: boolean) {
  const count = (n: number) => (named ? String(n) : boardCount(n));
  const rateHidden = !named && (isSmallCount(r.reoffenders) || isSmallCount(r.cohortSize - r.reoffenders));
  const c = r.concentration;
  const lorenz =
    c.lorenz.length > 1 && c.topDecileShare !== null
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
    lorenz,
    summary: [
      { key: { text: 'Follow-up starts' }, value: { text: `${formatDate(r.from)} to ${formatDate(r.to)}` } },
      { key: { text: 'Cohort' }, value: { text: count(r.cohortSize) } },
      {
        key: { text: 'Binary rate' },
        value: { text: rateHidden ? `Not shown: ${SUPPRESSED} people in a group` : `${pct(r.binaryRate)} (${count(r.reoffenders)} ${r.reoffenders === 1 ? 'reoffender' : 'reoffenders'})` },
      },
      { key: { text: 'Reoffences' }, value: { text: String(r.offences) } },
      { key: { text: 'Frequency' }, value: { text: `${dec(r.frequencyPerOffender)} per offender; ${dec(r.frequencyPerReoffender)} per reoffender` } },
      {
        key: { text: 'Severity' },
        value: {
          text: `mean gravity ${dec(r.severity.meanGravity)}, highest ${r.severity.maxGravity ?? '–'}; ${r.severity.violentOffences} violent; ${r.severity.ungradedOffences} not graded`,
        },
      },
      { key: { text: 'Estimated cost' }, value: { text: `${pounds(r.cost.total)}${r.cost.uncostedOffences ? `; ${r.cost.uncostedOffences} ${r.cost.uncostedOffences === 1 ? 'reoffence' : 'reoffences'} not costed` : ''}` } },
      { key: { text: 'Status' }, value: { text: r.provisional ? `Provisional: ${count(r.incompleteFollowUp)} people's follow-up is not complete by ${formatDate(r.asOf)}` : `Final as of ${formatDate(r.asOf)}` } },
      { key: { text: 'Method version' }, value: { text: r.modelVersion } },
    ],
    costRows: r.cost.byCategory.map((x) => [
      { text: x.category },
      numeric(String(x.offences)),
      numeric(x.unitCost === null ? 'Not costed' : pounds(x.unitCost)),
      numeric(x.cost === null ? 'Not costed' : pounds(x.cost)),
    ]),
    concentration: {
      topShare: c.topDecileShare === null ? null : pct(c.topDecileShare),
      gini: c.gini === null ? null : c.gini.toFixed(3),
      people: count(c.people),
      offences: c.offences,
      rows: c.lorenz.map((p) => [numeric(pct(p.people, 0)), numeric(pct(p.offences))]),
    },
  };
}
