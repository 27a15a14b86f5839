// Selection pages (SPEC 3.3): a scheme's stored runs and the form to start one,
// a run's ranked table with each person's score parts and the
// disproportionality table, two runs side by side, and the matrix editor.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { displayName } from '../view-models/people.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { isIsoDate } from '../../calendar/dates.js';
import type { Disproportionality } from '../../selection/disproportionality.js';
import { MatrixInvalidError, type MatrixProblem } from '../../selection/matrix.js';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { configFromForm, matrixFields, problemMessages } from '../forms/matrix-form.js';
import { escape } from '../html.js';
import { outscoringText } from '../../selection/proposals.js';

/** A comparison margin as a percentage: 0.2 is "20%". */
const marginText = (m: number) => `${Math.round(m * 1000) / 10}%`;
import { WITHHELD_BECAUSE } from '../../access/need-to-know.js';

const PAGE_SIZE = 50;
const COMPARE_LIMIT = 200;

type Body = Record<string, string | undefined>;

export const PROPOSAL_LABELS: Record<string, string> = { select: 'Select', deselect: 'De-select' };

const CRITERION_LABELS: Record<string, string> = {
  recency: 'Days since the last offence or arrest',
  gravity_max: 'Highest offence gravity',
  gravity_total: 'Total offence gravity',
  drugs: 'Positive drug tests',
  ogrs3: 'OGRS3 two-year probability',
  release: 'Due for release',
  no_statutory_supervision: 'No statutory supervision',
  neighbourhood_crime: 'Neighbourhood crime share',
};

export function criterionLabel(name: string): string {
  if (CRITERION_LABELS[name]) return CRITERION_LABELS[name]!;
  const m = /^(offences|arrests|intelligence)_(\d+)m$/.exec(name);
  if (m) return `${m[1] === 'intelligence' ? 'Intelligence reports' : m[1]![0]!.toUpperCase() + m[1]!.slice(1)} in the last ${m[2]} months`;
  return name.replace(/_/g, ' ');
}

const num = (n: number) => String(Math.round(n * 100) / 100);
/** A figure, or a dash where it is withheld from this viewer. */
const shown = (n: number | null) => (n === null ? 'Withheld' : num(n));
const pct = (r: number) => `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
const ratio = (r: number | null) => (r === null ? '–' : (Math.round(r * 100) / 100).toFixed(2));

function criterionValue(v: number | boolean | null): string {
  if (v === null) return '–';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return num(v);
}

const DIMENSION_LABELS: Record<string, string> = { ethnicity: 'ethnicity', sex: 'sex', age_band: 'age band' };

function disproportionalityTables(d: Disproportionality) {
  return d.dimensions.map((dim) => ({
    caption: `Selection rates by ${DIMENSION_LABELS[dim.dimension] ?? dim.dimension}`,
    reference: dim.reference,
    rows: dim.groups.map((g) => [
      { text: g.group },
      { text: String(g.pool), format: 'numeric' },
      { text: String(g.selected), format: 'numeric' },
      { text: pct(g.rate), format: 'numeric' },
      { text: ratio(g.ratioToOverall), format: 'numeric' },
      { text: ratio(g.ratioToReference), format: 'numeric' },
    ]),
  }));
}

export function registerSelectionRoutes(app: FastifyInstance): void {
  const selection = app.services.selection;

  async function selectionPage(reply: FastifyReply, actor: Actor, code: string, form: { asOf?: string; matrixVersion?: string; compareAsOf?: string; versionA?: string; versionB?: string } = {}, errors: { text: string; href: string }[] = []) {
    const [runs, versions] = await Promise.all([selection.listRuns(actor, { schemeCode: code }), selection.listMatrixVersions(actor, { schemeCode: code })]);
    const asOf = form.asOf ?? (await app.services.partnerships.today(actor));
    const versionItems = [{ value: '', text: 'The latest version' }, ...versions.map((v) => ({ value: String(v.version), text: `Version ${v.version}${v.note ? `: ${v.note}` : ''}` }))];
    const runItems = runs.map((r) => ({ value: String(r.runId), text: `Run ${r.runId}, as of ${r.asOf}, matrix version ${r.matrixVersion}` }));
    return reply.render('selection.njk', {
      title: `Selection runs – ${code}`,
      schemeCode: code,
      errors,
      asOf,
      matrixVersion: form.matrixVersion ?? '',
      compareAsOf: form.compareAsOf ?? asOf,
      versionItems: versionItems.map((i) => ({ ...i, selected: i.value === (form.matrixVersion ?? '') })),
      versionOptions: versions,
      versionItemsA: versions.map((v, n) => ({ value: String(v.version), text: `Version ${v.version}`, selected: form.versionA ? form.versionA === String(v.version) : n === versions.length - 2 })),
      versionItemsB: versions.map((v, n) => ({ value: String(v.version), text: `Version ${v.version}`, selected: form.versionB ? form.versionB === String(v.version) : n === versions.length - 1 })),
      runItemsA: runItems.map((i, n) => ({ ...i, selected: n === 1 })),
      runItemsB: runItems.map((i, n) => ({ ...i, selected: n === 0 })),
      runRows: runs.map((r) => [
        { html: `<a class="govuk-link" href="/selection/runs/${r.runId}">Run ${r.runId}</a>` },
        { text: r.asOf },
        { text: String(r.matrixVersion), format: 'numeric' },
        { text: String(r.poolSize), format: 'numeric' },
        { text: String(r.members), format: 'numeric' },
        { text: r.capacity === null ? '–' : String(r.capacity), format: 'numeric' },
        { text: `${r.createdBy}, ${r.createdAt.slice(0, 16).replace('T', ' ')}` },
      ]),
      canCompare: runs.length >= 2,
    });
  }

  app.get<{ Params: { code: string } }>('/schemes/:code/selection', { config: { access: 'selection:run' } }, async (req, reply) => {
    return selectionPage(reply, req.actor!, req.params.code);
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/selection', { config: { access: 'selection:run' } }, async (req, reply) => {
    const asOf = (req.body?.asOf ?? '').trim();
    const version = (req.body?.matrixVersion ?? '').trim();
    const form = { asOf, matrixVersion: version };
    if (!isIsoDate(asOf)) {
      reply.code(400);
      return selectionPage(reply, req.actor!, req.params.code, form, [{ text: 'Enter the as-of date as YYYY-MM-DD, for example 2009-04-01', href: '#asOf' }]);
    }
    try {
      const run = await selection.runSelection(req.actor!, { schemeCode: req.params.code, asOf, matrixVersion: version ? Number(version) : undefined, results: false });
      return reply.redirect(`/selection/runs/${run.runId}`, 303);
    } catch (e) {
      if (e instanceof InvalidInputError || (e instanceof NotFoundError && version)) {
        reply.code(400);
        return selectionPage(reply, req.actor!, req.params.code, form, [{ text: e.message, href: '#asOf' }]);
      }
      throw e;
    }
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/selection/compare-versions', { config: { access: 'selection:run' } }, async (req, reply) => {
    const b = req.body ?? {};
    const form = { compareAsOf: (b.compareAsOf ?? '').trim(), versionA: b.versionA, versionB: b.versionB };
    const errors: { text: string; href: string }[] = [];
    if (!isIsoDate(form.compareAsOf)) errors.push({ text: 'Enter the date to compare on as YYYY-MM-DD', href: '#compareAsOf' });
    if (!b.versionA || !b.versionB || b.versionA === b.versionB) errors.push({ text: 'Choose two different matrix versions to compare', href: '#versionA' });
    if (errors.length) {
      reply.code(400);
      return selectionPage(reply, req.actor!, req.params.code, form, errors);
    }
    const c = await selection.compareMatrixVersions(req.actor!, { schemeCode: req.params.code, asOf: form.compareAsOf, versionA: Number(b.versionA), versionB: Number(b.versionB) });
    return reply.redirect(`/selection/compare?a=${c.a.runId}&b=${c.b.runId}`, 303);
  });

  app.get<{ Params: { id: string }; Querystring: { page?: string } }>('/selection/runs/:id', { config: { access: 'selection:run' } }, async (req, reply) => {
    const runId = Number(req.params.id);
    if (!Number.isSafeInteger(runId) || runId <= 0) throw new NotFoundError('There is no selection run at this address.');
    const page = Math.max(1, Math.min(100000, Number.parseInt(req.query.page ?? '1', 10) || 1));
    const run = await selection.getRun(req.actor!, { runId, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const more = run.results.length > PAGE_SIZE;
    const results = run.results.slice(0, PAGE_SIZE);
    const compared = run.comparisons.flatMap((c) => [c.personId, c.outscoredBy.personId]);
    const labels = await app.services.people.labels(req.actor!, [...new Set([...results.map((r) => r.personId), ...results.flatMap((r) => (r.outscoredBy ? [r.outscoredBy.personId] : [])), ...compared])]);
    const people = results.map((r) => {
      const name = displayName(labels.get(r.personId), r.personRef);
      return {
        ...r,
        name,
        comparisonText: r.outscoredBy ? `Comparison: ${outscoringText(r.outscoredBy, displayName(labels.get(r.outscoredBy.personId), r.outscoredBy.personRef))}` : null,
        scoreText: shown(r.score),
        proposalText: r.proposal ? PROPOSAL_LABELS[r.proposal] : '',
        criteriaRows: r.criteria.map((c) => [
          { text: criterionLabel(c.name) },
          { text: c.withheld ? 'Withheld' : criterionValue(c.value), format: 'numeric' },
          { text: num(c.weight), format: 'numeric' },
          { text: shown(c.contribution), format: 'numeric' },
          { text: c.reasons.map((x) => x.text).join(' ') },
        ]),
      };
    });
    const base = `/selection/runs/${runId}`;
    const s = run.summary.proposals;
    return reply.render('run.njk', {
      title: `Selection run ${runId} – ${run.schemeCode}`,
      run,
      people,
      summaryRows: [
        ['Scheme', run.schemeCode],
        ['As of', run.asOf],
        ['Matrix version', String(run.matrixVersion)],
        ['Pool', String(run.poolSize)],
        ['Members', `${run.members}${run.capacity !== null ? ` of a capacity of ${run.capacity}` : ''}`],
        ['Lowest member score', run.scoresWithheld ? 'Withheld' : s.lowestMemberScore === null ? '–' : num(s.lowestMemberScore)],
        ['Proposals', `${s.selections} to select, ${s.deselections} to de-select`],
        ['Comparison margin', `${marginText(run.comparisonMargin)}: ${run.scoresWithheld ? 'comparisons withheld' : `${run.comparisons.length} member${run.comparisons.length === 1 ? '' : 's'} outscored by more than this`}`],
        ['Run by', `${run.createdBy ?? '–'}${run.createdAt ? `, ${run.createdAt.slice(0, 16).replace('T', ' ')}` : ''}`],
      ].map(([k, v]) => ({ key: { text: k }, value: { text: v } })),
      emptyPool: run.emptyPool,
      scoresWithheld: run.scoresWithheld ? `Scores, ranks and the ranked order are withheld from you because ${WITHHELD_BECAUSE[run.scoresWithheld]}, and the matrix weighs it. People are listed by person reference.` : null,
      margin: marginText(run.comparisonMargin),
      comparisonRows: run.comparisons.map((c) => [
        { html: `<a class="govuk-link" href="/people/${c.personId}">${escape(displayName(labels.get(c.personId), c.personRef))}</a>` },
        { text: num(c.score), format: 'numeric' },
        { html: `<a class="govuk-link" href="/people/${c.outscoredBy.personId}">${escape(displayName(labels.get(c.outscoredBy.personId), c.outscoredBy.personRef))}</a>` },
        { text: num(c.outscoredBy.score), format: 'numeric' },
        { text: c.outscoredBy.ratio === null ? 'Member scores 0' : `${Math.round(c.outscoredBy.ratio * 100)}%`, format: 'numeric' },
      ]),
      dispro: run.summary.disproportionality,
      disproTables: disproportionalityTables(run.summary.disproportionality),
      overallRate: pct(run.summary.disproportionality.overallRate),
      page,
      firstRank: results[0]?.rank ?? 0,
      lastRank: results[results.length - 1]?.rank ?? 0,
      pagination: {
        previous: page > 1 ? { href: `${base}?page=${page - 1}` } : undefined,
        next: more ? { href: `${base}?page=${page + 1}` } : undefined,
      },
    });
  });

  app.get<{ Querystring: { a?: string; b?: string } }>('/selection/compare', { config: { access: 'selection:run' } }, async (req, reply) => {
    const a = Number(req.query.a);
    const b = Number(req.query.b);
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a <= 0 || b <= 0) throw new InvalidInputError('Choose two runs to compare (a and b).');
    const c = await selection.compareRuns(req.actor!, { runA: a, runB: b });
    const rows = c.rows.slice(0, COMPARE_LIMIT);
    const labels = await app.services.people.labels(req.actor!, rows.map((r) => r.personId));
    const side = (x: { rank: number | null; score: number | null; proposal: string | null } | null) =>
      x ? [{ text: x.rank === null ? 'Withheld' : String(x.rank), format: 'numeric' }, { text: shown(x.score), format: 'numeric' }, { text: x.proposal ? PROPOSAL_LABELS[x.proposal] : '' }] : [{ text: '–' }, { text: '–' }, { text: '' }];
    const because = c.a.scoresWithheld ?? c.b.scoresWithheld;
    return reply.render('compare.njk', {
      title: `Compare runs ${a} and ${b}`,
      c,
      scoresWithheld: because ? `Scores, ranks and changes of rank are withheld from you because ${WITHHELD_BECAUSE[because]}, and the matrix weighs it. People are listed by person reference.` : null,
      truncated: c.rows.length > COMPARE_LIMIT,
      limit: COMPARE_LIMIT,
      rows: rows.map((r) => [
        { html: `<a class="govuk-link" href="/people/${r.personId}">${escape(displayName(labels.get(r.personId), r.personRef))}</a>${r.member ? ' <strong class="moj-badge moj-badge--blue">Member</strong>' : ''}` },
        ...side(r.a),
        ...side(r.b),
        { text: r.rankChange === null ? (r.a && r.b ? 'Withheld' : 'In one run only') : r.rankChange === 0 ? 'No change' : r.rankChange < 0 ? `Up ${-r.rankChange}` : `Down ${r.rankChange}` },
      ]),
    });
  });

  // ------------------------------------------------------------ matrix editor

  async function matrixPage(reply: FastifyReply, actor: Actor, code: string, opts: { version?: number; posted?: Record<string, string>; problems?: MatrixProblem[]; note?: string; saved?: number } = {}) {
    const [current, versions, offences] = await Promise.all([
      selection.getMatrix(actor, { schemeCode: code, version: opts.version }),
      selection.listMatrixVersions(actor, { schemeCode: code }),
      app.services.offences.describe(actor),
    ]);
    const groups = matrixFields(current.config, opts.posted, opts.problems ?? []);
    const errors = opts.problems?.length ? problemMessages(groups, opts.problems) : [];
    return reply.render('matrix.njk', {
      title: `Selection matrix – ${code}`,
      schemeCode: code,
      current,
      groups,
      errors,
      note: opts.note ?? '',
      saved: opts.saved,
      canEdit: can(actor, 'scheme:manage'),
      offences,
      historyRows: versions
        .slice()
        .reverse()
        .map((v) => [
          { html: `<a class="govuk-link" href="/schemes/${encodeURIComponent(code)}/matrix?version=${v.version}">Version ${v.version}</a>${v.version === current.version ? ' <strong class="moj-badge">Shown</strong>' : ''}` },
          { text: v.note ?? '' },
          { text: v.createdBy ?? '' },
          { text: v.createdAt ? v.createdAt.slice(0, 16).replace('T', ' ') : '' },
        ]),
    });
  }

  app.get<{ Params: { code: string }; Querystring: { version?: string; saved?: string } }>('/schemes/:code/matrix', { config: { access: 'selection:run' } }, async (req, reply) => {
    const version = req.query.version && /^\d{1,6}$/.test(req.query.version) ? Number(req.query.version) : undefined;
    const saved = req.query.saved && /^\d{1,6}$/.test(req.query.saved) ? Number(req.query.saved) : undefined;
    return matrixPage(reply, req.actor!, req.params.code, { version, saved });
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/matrix', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const current = await selection.getMatrix(req.actor!, { schemeCode: req.params.code });
    const config = configFromForm(current.config, body);
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 500) : '';
    try {
      const saved = await selection.createMatrixVersion(req.actor!, { schemeCode: req.params.code, config, note: note || null });
      return reply.redirect(`/schemes/${encodeURIComponent(req.params.code)}/matrix?saved=${saved.version}`, 303);
    } catch (e) {
      if (!(e instanceof MatrixInvalidError)) throw e;
      const posted = Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      reply.code(400);
      return matrixPage(reply, req.actor!, req.params.code, { posted, problems: e.problems, note });
    }
  });
}
