// The annual and quarterly partnership reports (SPEC 3.7, issue 16): one
// document a scheme and period, built from the measures' own services (NI30,
// NI38, DRR, the Premium Service, NI18), the stored selection runs
// (disproportionality) and the membership and case records (de-selections and
// their outcomes, the cohort profile). One service for the CLI, the /reports
// page and the API; the HTML and PDF are written from the same document.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { can, requirePermission } from '../access/permissions.js';
import { maySee, visiblePeople } from '../access/need-to-know.js';
import { auditList } from '../access/audit.js';
import { addMonths, type IsoDate } from '../calendar/dates.js';
import { previousPerformanceYear } from '../calendar/performance-year.js';
import { END_REASON_LABELS, type EndReason } from '../glossary.js';
import { ForbiddenError, InvalidInputError, isWaymarkError } from '../errors.js';
import { findScheme } from '../schemes/find.js';
import type { PerformanceService } from '../performance/service.js';
import type { Disproportionality } from '../selection/disproportionality.js';
import { visibleDisproportionality } from '../selection/service.js';
import type { DrrFigures } from '../drr/figures.js';
import type { ReportAudience, ReportDocument, ReportDoor, ReportKind, ReportRequest, ReportSection } from './model.js';
import { REPORT_AUDIENCES, REPORT_KINDS } from './model.js';
import {
  cohortSection,
  deselectionSection,
  disproportionalitySection,
  drrSection,
  longDate,
  ni18Section,
  ni30Section,
  ni38Section,
  premiumServiceSection,
  spanText,
  unavailableSection,
  type CohortRow,
  type DeselectionRow,
} from './sections.js';
import { fractionOf, ni30Target, setNi30Target, yearOf, type Ni30TargetInput } from './targets.js';
import { renderReportHtml } from './render-html.js';
import { htmlToPdf } from './pdf.js';
import { SUPPRESSED } from '../disclosure.js';

type Executor = Kysely<DB> | Transaction<DB>;

interface Deps {
  db: Kysely<DB>;
  clock: Clock;
  performance: PerformanceService;
  drr: { figures(actor: Actor, year?: unknown): Promise<DrrFigures> };
}

const DISCLOSURE_BOARD =
  `A board report gives figures only, never a person. Any count of people from 1 to 4 is shown as "${SUPPRESSED}"; where such a count could be worked out from a total and the other figures, ` +
  'a further figure (or the total) is shown as "withheld", so that no small count can be worked back. Rates worked from a withheld count are withheld with it.';
const DISCLOSURE_STAFF = 'A staff report shows every count, and names people only to readers who may see them (restricted people are left out). Reading it is recorded in the audit log.';

/** How the reader can get a target stored: where they are, if they may set one; else whom to ask. */
function howToSetTarget(actor: Actor, door: ReportDoor, scheme: string, year: string): string {
  if (!can(actor, 'scheme:manage')) return 'Ask a scheme manager to set the NI30 target for the scheme and year.';
  if (door === 'web') return 'Or store the target under "Store an NI30 target" on this page.';
  if (door === 'cli') return `Or store the target with \`waymark report target --scheme ${scheme} --year ${year} --ceiling FRACTION\`.`;
  return 'Or store the target with PUT /api/v1/reports/targets.';
}

function kindOf(raw: unknown): ReportKind {
  if (typeof raw === 'string' && (REPORT_KINDS as readonly string[]).includes(raw)) return raw as ReportKind;
  throw new InvalidInputError(`The report kind "${String(raw)}" is not known: annual or quarterly.`, { field: 'kind' });
}

function audienceOf(raw: unknown): ReportAudience {
  if (raw === undefined || raw === null || raw === '') return 'board';
  if (typeof raw === 'string' && (REPORT_AUDIENCES as readonly string[]).includes(raw)) return raw as ReportAudience;
  throw new InvalidInputError(`The audience "${String(raw)}" is not known: board or staff.`, { field: 'audience' });
}

function quarterOf(kind: ReportKind, raw: unknown): 1 | 2 | 3 | 4 | null {
  if (kind === 'annual') {
    if (raw !== undefined && raw !== null && raw !== '') throw new InvalidInputError('An annual report covers the whole year: leave the quarter out, or ask for a quarterly report.', { field: 'quarter' });
    return null;
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[1-4]$/.test(raw.trim()) ? Number(raw) : NaN;
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new InvalidInputError('Choose the quarter of the performance year: 1 (April to June), 2, 3 or 4 (January to March).', { field: 'quarter' });
}

/** When each kind of data was last imported (the extract date of the figures built on it). */
async function lastImport(db: Executor, partnershipId: number, kinds: string[]): Promise<string | null> {
  const r = await db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('finished_at').as('at'))
    .where('partnership_id', '=', partnershipId)
    .where('status', '=', 'completed')
    .where('kind', 'in', kinds)
    .executeTakeFirst();
  if (r?.at) return new Date(r.at as unknown as string).toISOString();
  // No import recorded (a demo, or data loaded otherwise): the partnership's data date, if set.
  const p = await db.selectFrom('partnerships').select('data_as_of').where('id', '=', partnershipId).executeTakeFirst();
  return p?.data_as_of ? String(p.data_as_of).slice(0, 10) : null;
}

async function deselections(db: Executor, partnershipId: number, schemeId: number, start: IsoDate, end: IsoDate): Promise<(DeselectionRow & { endReasonRaw: string | null })[]> {
  const rating = (pathway: string) => sql<string | null>`(
      SELECT nr.rating FROM needs_ratings nr JOIN needs_assessments na ON na.id = nr.assessment_id
      WHERE na.partnership_id = ${partnershipId} AND na.person_id = m.person_id AND na.assessment_date <= m.end_date AND nr.pathway = ${pathway}
      ORDER BY na.assessment_date DESC, na.id DESC LIMIT 1)`;
  const r = await sql<{ person_id: number; end_date: IsoDate; end_reason: EndReason | null; end_reason_raw: string | null; drugs: string | null; ete: string | null; treatment: boolean; assessed: boolean }>`
    SELECT m.person_id, m.end_date::text AS end_date, m.end_reason, m.end_reason_raw,
      ${rating('drugs_alcohol')} AS drugs,
      ${rating('education_training_employment')} AS ete,
      (EXISTS (SELECT 1 FROM supervision_periods sp WHERE sp.partnership_id = ${partnershipId} AND sp.person_id = m.person_id AND sp.kind = 'drr'
                AND sp.start_date < m.end_date AND (sp.end_date IS NULL OR sp.end_date >= m.end_date))
       OR EXISTS (SELECT 1 FROM case_actions ca WHERE ca.partnership_id = ${partnershipId} AND ca.person_id = m.person_id AND ca.status = 'done'
                AND ca.completed_on <= m.end_date AND (ca.kind = 'release_treatment' OR (ca.kind = 'plan' AND ca.pathway = 'drugs_alcohol')))) AS treatment,
      EXISTS (SELECT 1 FROM needs_assessments na WHERE na.partnership_id = ${partnershipId} AND na.person_id = m.person_id AND na.assessment_date <= m.end_date) AS assessed
    FROM memberships m
    WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${schemeId} AND m.end_date >= ${start}::date AND m.end_date < ${end}::date
    ORDER BY m.end_date, m.person_id`.execute(db);
  return r.rows.map((x) => ({
    personId: Number(x.person_id),
    endDate: String(x.end_date).slice(0, 10),
    endReason: x.end_reason,
    endReasonRaw: x.end_reason_raw,
    drugsRating: x.drugs,
    eteRating: x.ete,
    inTreatment: Boolean(x.treatment),
    assessed: Boolean(x.assessed),
  }));
}

async function cohort(db: Executor, partnershipId: number, schemeId: number, cohortDate: IsoDate, baseline: { start: IsoDate; end: IsoDate }): Promise<CohortRow[]> {
  const r = await sql<{ person_id: number; days: number; convictions: number; in_custody: boolean; area: string | null; inside: boolean | null }>`
    WITH c AS (
      SELECT DISTINCT m.person_id FROM memberships m
      WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${schemeId}
        AND m.start_date <= ${cohortDate}::date AND (m.end_date IS NULL OR m.end_date > ${cohortDate}::date))
    SELECT c.person_id,
      (SELECT coalesce(sum(least(coalesce(m2.end_date, ${cohortDate}::date), ${cohortDate}::date) - m2.start_date), 0)::int FROM memberships m2
        WHERE m2.partnership_id = ${partnershipId} AND m2.scheme_id = ${schemeId} AND m2.person_id = c.person_id AND m2.start_date < ${cohortDate}::date) AS days,
      (SELECT count(*)::int FROM outcomes o WHERE o.partnership_id = ${partnershipId} AND o.person_id = c.person_id AND o.outcome = 'conviction'
        AND o.offence_date >= ${baseline.start}::date AND o.offence_date < ${baseline.end}::date) AS convictions,
      EXISTS (SELECT 1 FROM custody_periods cp WHERE cp.partnership_id = ${partnershipId} AND cp.person_id = c.person_id
        AND cp.reception_date <= ${cohortDate}::date AND (cp.release_date IS NULL OR cp.release_date > ${cohortDate}::date)) AS in_custody,
      ad.name AS area, ad.inside
    FROM c
    LEFT JOIN LATERAL (
      SELECT coalesce(ar.name, ar2.name) AS name, (coalesce(ar.id, ar2.id) IS NOT NULL) AS inside FROM addresses a
      LEFT JOIN areas ar ON ar.id = a.area_id AND ar.partnership_id = ${partnershipId}
      LEFT JOIN areas ar2 ON ar2.code = a.area_code AND ar2.partnership_id = ${partnershipId}
      WHERE a.partnership_id = ${partnershipId} AND a.person_id = c.person_id AND a.from_date <= ${cohortDate}::date
      ORDER BY a.from_date DESC, a.id DESC LIMIT 1) ad ON true
    ORDER BY c.person_id`.execute(db);
  return r.rows.map((x) => ({
    personId: Number(x.person_id),
    daysOnScheme: Number(x.days),
    baselineConvictions: Number(x.convictions),
    inCustody: Boolean(x.in_custody),
    area: x.inside === null ? 'No address recorded' : x.inside && x.area ? x.area : "Outside the partnership's areas",
  }));
}

/**
 * The latest run's disproportionality table before a date, as the reader may
 * see it: without the people hidden from them, as the run's page counts it.
 */
async function latestRun(db: Executor, actor: Actor, schemeId: number, before: IsoDate): Promise<{ run: { id: number; asOf: IsoDate; createdAt: string }; d: Disproportionality } | null> {
  const r = await db
    .selectFrom('selection_runs')
    .innerJoin('matrix_versions', 'matrix_versions.id', 'selection_runs.matrix_version_id')
    .select(['selection_runs.id', 'selection_runs.as_of', 'selection_runs.created_at', 'selection_runs.summary', 'matrix_versions.config'])
    .where('selection_runs.partnership_id', '=', actor.partnershipId)
    .where('selection_runs.scheme_id', '=', schemeId)
    .where('selection_runs.as_of', '<', before)
    .orderBy('selection_runs.as_of', 'desc')
    .orderBy('selection_runs.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  const summary = (typeof r.summary === 'string' ? JSON.parse(r.summary) : r.summary) as { disproportionality?: Disproportionality };
  if (!summary.disproportionality) return null;
  const run = { id: Number(r.id), asOf: String(r.as_of).slice(0, 10) as IsoDate, createdAt: new Date(r.created_at).toISOString() };
  return { run, d: await visibleDisproportionality(db, actor, { ...run, matrixConfig: r.config }, summary.disproportionality) };
}

async function names(db: Executor, actor: Actor, ids: number[]): Promise<Map<number, { ref: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['people.id', 'people.person_ref', 'people.given_names', 'people.family_name'])
    .where('people.partnership_id', '=', actor.partnershipId)
    .where(sql<boolean>`people.id = ANY(${[...new Set(ids)]}::bigint[])`)
    .where(visiblePeople(actor))
    .execute();
  return new Map(rows.map((p) => [Number(p.id), { ref: p.person_ref, name: `${p.given_names} ${p.family_name}` }]));
}

/** Runs a measure that may not be built or may have no data, as a section that says why when it fails. */
async function guarded(id: ReportSection['id'], heading: string, fn: () => Promise<ReportSection>): Promise<ReportSection> {
  try {
    return await fn();
  } catch (e) {
    // A section the data cannot give (no target, no run yet) says why in the report's words; a
    // refusal or a fault (a database error, whose text may echo stored values) fails the report, and is logged.
    if (e instanceof ForbiddenError || !isWaymarkError(e)) throw e;
    return unavailableSection(id, heading, `Not available: ${e.message}`);
  }
}

export async function buildReport(deps: Deps, actor: Actor, input: ReportRequest): Promise<ReportDocument> {
  requirePermission(actor, 'performance:view');
  const { db } = deps;
  const kind = kindOf(input.kind);
  const audience = audienceOf(input.audience);
  if (audience === 'staff' && !can(actor, 'performance:names')) {
    throw new ForbiddenError(actor.role === 'board_member' ? 'Board members receive the board report only: ask for audience "board".' : 'Only those who may see people in the figures may read the staff report: ask for audience "board".');
  }
  const named = audience === 'staff';
  if (typeof input.schemeCode !== 'string' || input.schemeCode.trim() === '') throw new InvalidInputError('Choose a scheme.', { field: 'scheme' });
  const year = yearOf(input.year);
  const quarter = quarterOf(kind, input.quarter);
  const upTo = quarter ?? 4;
  const period = quarter ? year.quarters[quarter - 1]! : year;
  const progress = input.onProgress ?? (() => undefined);
  const s = await findScheme(db, actor.partnershipId, input.schemeCode.trim());

  let ceiling = fractionOf(input.ceiling, 'ceiling', false);
  let ceilingSource: 'given' | 'stored' = 'given';
  let stretch: number | null = null;
  if (ceiling === null) {
    const t = await ni30Target(db, actor, { scheme: s.code, year: year.label });
    if (!t) throw new InvalidInputError(`Give the NI30 ceiling (e.g. 0.16): no target is stored for ${s.code} ${year.label}. ${howToSetTarget(actor, input.door ?? 'api', s.code, year.label)}`, { field: 'ceiling' });
    ceiling = t.ceiling;
    stretch = t.stretch;
    ceilingSource = 'stored';
  }
  const partnership = await db.selectFrom('partnerships').select('name').where('id', '=', actor.partnershipId).executeTakeFirstOrThrow();

  progress('NI30');
  const n30 = await deps.performance.ni30(actor, { schemeCode: s.code, year: year.label, ceiling, stretch });
  const sections: ReportSection[] = [ni30Section(n30, named, upTo)];

  progress('de-selections and their outcomes');
  const namedPeople = new Set<number>();
  sections.push(
    await db.transaction().execute(async (trx) => {
      const rows = await deselections(trx, actor.partnershipId, s.id, period.start, period.end);
      const extract = await lastImport(trx, actor.partnershipId, ['memberships']);
      let list: { ref: string; name: string; endDate: IsoDate; reason: string }[] | null = null;
      if (named) {
        const who = await names(trx, actor, rows.map((r) => r.personId));
        list = rows
          .filter((r) => who.has(r.personId))
          .map((r) => ({ ...who.get(r.personId)!, endDate: r.endDate, reason: r.endReason ? END_REASON_LABELS[r.endReason] : (r.endReasonRaw ?? 'No reason recorded') }));
        rows.filter((r) => who.has(r.personId)).forEach((r) => namedPeople.add(r.personId));
      }
      return deselectionSection(rows, named, period, extract, list);
    }),
  );

  progress('cohort profile');
  const baseline = previousPerformanceYear(year);
  const cohortRows = await cohort(db, actor.partnershipId, s.id, period.start, baseline);
  sections.push(cohortSection(cohortRows, named, period.start, baseline, await lastImport(db, actor.partnershipId, ['memberships', 'custody', 'addresses', 'outcomes'])));

  progress('NI38');
  sections.push(
    await guarded('ni38', 'NI38: drug-misusing offenders', async () => {
      const r = await deps.performance.ni38(actor, { schemeCode: s.code, year: year.label });
      let list: { ref: string; name: string; actual: number; predicted: number }[] | null = null;
      if (named && maySee(actor, 'drug_tests') && r.contributors.length) {
        const who = await names(db, actor, r.contributors.map((c) => c.personId));
        list = r.contributors.filter((c) => who.has(c.personId)).map((c) => ({ ...who.get(c.personId)!, actual: c.actual, predicted: c.predicted }));
        r.contributors.filter((c) => who.has(c.personId)).forEach((c) => namedPeople.add(c.personId));
      }
      return ni38Section(r, named, list);
    }),
  );

  progress('DRR');
  sections.push(
    await guarded('drr', 'Drug Rehabilitation Requirements', async () => {
      // Every count, suppressed by the report itself (drrSection) for the board, whoever reads it:
      // the DRR service would withhold small counts from a board member without saying which were
      // small and which were withheld to protect them. Restricted records stay out as for the reader.
      const f = await deps.drr.figures(can(actor, 'performance:names') ? actor : { ...actor, role: 'analyst' }, year.label);
      return drrSection(f, named, upTo, await lastImport(db, actor.partnershipId, ['supervision']));
    }),
  );

  progress('disproportionality');
  const run = await latestRun(db, actor, s.id, period.end);
  sections.push(disproportionalitySection(run?.d ?? null, named, run?.run ?? null));

  progress('Premium Service');
  sections.push(await guarded('premium-service', 'The Premium Service: speedy enforcement', async () => premiumServiceSection(await deps.performance.premiumService(actor, { schemeCode: s.code, year: year.label }), named, upTo)));

  progress('NI18');
  // The snapshot month whose three months of follow-up end with the period.
  const month = addMonths(period.end, -4).slice(0, 7);
  sections.push(await guarded('ni18', 'NI18: probation caseload reoffending', async () => ni18Section(await deps.performance.ni18(actor, { month, schemeCode: s.code }), named)));

  if (namedPeople.size) {
    await db.transaction().execute((trx) =>
      auditList(trx, actor, {
        action: input.asFile ? 'disclosure' : 'consultation',
        what: input.asFile ? 'took a staff report that names people as a file' : 'read a staff report that names people',
        personIds: [...namedPeople],
        details: { report: kind, scheme: s.code, year: year.label, quarter },
      }),
    );
  }

  // A figure with no import behind it (data loaded otherwise, as the demo's) stands at the partnership's data date.
  const dataDate = (await db.selectFrom('partnerships').select('data_as_of').where('id', '=', actor.partnershipId).executeTakeFirst())?.data_as_of ?? null;
  if (dataDate) for (const sec of sections) for (const f of sec.figures) f.extractDate ??= String(dataDate).slice(0, 10);

  const periodLabel = quarter ? `quarter ${quarter} of ${year.label} (${spanText(period.start, period.end)})` : `${year.label} (${spanText(period.start, period.end)})`;
  const share = n30.cohortSize >= 1 && n30.cohortSize <= 4 && !named;
  return {
    kind,
    audience,
    namesPeople: namedPeople.size > 0,
    title: `${s.name} (${s.code}): ${kind === 'annual' ? 'annual report' : 'quarterly report'}, ${periodLabel}`,
    partnership: { name: partnership.name },
    scheme: { code: s.code, name: s.name },
    year: year.label,
    quarter,
    period: { start: period.start, end: period.end, label: periodLabel },
    ceiling: { value: ceiling, source: ceilingSource },
    generatedAt: deps.clock.now().toISOString(),
    generatedBy: actor.label,
    headline: {
      cohortSize: share ? null : n30.cohortSize,
      baseline: n30.baseline,
      ceiling: n30.ceiling,
      threshold: n30.threshold,
      actual: n30.quarters.filter((q) => q.quarter <= upTo).reduce((a, q) => a + q.actual, 0),
      reductionAchieved: n30.reductionAchieved,
    },
    sections,
    disclosure: named ? DISCLOSURE_STAFF : DISCLOSURE_BOARD,
  };
}

/** Built once by the composition root (src/services.ts). */
export function reportService(deps: Deps) {
  return {
    /** The report as one typed document. */
    build: (actor: Actor, input: ReportRequest) => buildReport(deps, actor, input),
    /** The document as a standalone HTML page (for the file download and for printing to PDF). */
    html: (doc: ReportDocument) => renderReportHtml(doc),
    /** The document printed to PDF by headless Chromium (tagged, with an outline, a contents list and page numbers). */
    pdf: (doc: ReportDocument) => htmlToPdf(renderReportHtml(doc), { title: doc.title, author: doc.partnership.name }),
    /** The NI30 target stored for a scheme and year, or null. */
    target: (actor: Actor, input: { scheme: unknown; year: unknown }) => ni30Target(deps.db, actor, input),
    /** Sets the NI30 target of a scheme and year (scheme managers and administrators). */
    setTarget: (actor: Actor, input: Ni30TargetInput) => setNi30Target(deps.db, actor, input, deps.clock),
  };
}

export type ReportService = ReturnType<typeof reportService>;
export { longDate };
