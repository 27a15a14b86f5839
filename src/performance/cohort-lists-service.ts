// Frozen cohort lists: a scheme's members on a date, kept unchanged so an NI30
// or OGRS3 figure can be reproduced for the cohort agreed at the time.
import { requirePermission, mayNot } from '../access/permissions.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import type { IsoDate } from '../calendar/dates.js';
import { performanceYear } from '../calendar/performance-year.js';
import * as q from './queries.js';
import { date, invalid, scheme, type Db } from './service-support.js';

export async function freezeCohortList(
  db: Db,
  actor: Actor,
  input: { schemeCode: string; name: string; cohortDate?: IsoDate | null; year?: string | null; note?: string | null },
): Promise<{ id: number; name: string; cohortDate: IsoDate; members: number }> {
  requirePermission(actor, 'scheme:manage', mayNot(actor, 'freeze a cohort list'));
  if (!input.name?.trim()) throw invalid('name: a frozen cohort list needs a name.');
  let yearLabel: string | null = null;
  let cohortDate = date('cohortDate', input.cohortDate);
  if (input.year) {
    try {
      const y = performanceYear(input.year);
      yearLabel = y.label;
      cohortDate ??= y.start;
    } catch (e) {
      throw invalid((e as Error).message);
    }
  }
  if (!cohortDate) throw invalid('cohortDate: give the cohort date, or the performance year (its 1 April is used).');
  return db.transaction().execute(async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    const existing = await trx.selectFrom('cohort_lists').select('id').where('partnership_id', '=', actor.partnershipId).where('scheme_id', '=', s.id).where('name', '=', input.name).executeTakeFirst();
    if (existing) throw invalid(`name: scheme ${s.code} already has a cohort list called "${input.name}" (id ${existing.id}); lists are frozen and never changed.`);
    const l = await trx
      .insertInto('cohort_lists')
      .values({
        partnership_id: actor.partnershipId,
        scheme_id: s.id,
        name: input.name.trim(),
        performance_year: yearLabel,
        cohort_date: cohortDate!,
        note: input.note ?? null,
        frozen_by: actor.userId,
        frozen_by_label: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await q.cohortMembers(trx, actor.partnershipId, { kind: 'membership', schemeId: s.id, cohortDate: cohortDate! });
    if (members.length) await trx.insertInto('cohort_list_members').values(members.map((person_id) => ({ cohort_list_id: l.id, person_id }))).execute();
    await appendAudit(trx, actor, {
      action: 'collection',
      what: `froze cohort list "${input.name}" of ${s.code} on ${cohortDate}`,
      details: { cohortListId: l.id, members: members.length },
    });
    return { id: l.id, name: input.name.trim(), cohortDate: cohortDate!, members: members.length };
  });
}

export async function listCohortLists(db: Db, actor: Actor, input: { schemeCode?: string | null } = {}) {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort lists'));
  let query = db
    .selectFrom('cohort_lists as l')
    .innerJoin('schemes as s', 's.id', 'l.scheme_id')
    .select((eb) => [
      'l.id',
      'l.name',
      's.code as scheme',
      'l.performance_year',
      'l.cohort_date',
      'l.frozen_at',
      'l.frozen_by_label',
      eb.selectFrom('cohort_list_members as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.cohort_list_id', '=', 'l.id').as('members'),
    ])
    .where('l.partnership_id', '=', actor.partnershipId)
    .orderBy('l.id');
  if (input.schemeCode) query = query.where('s.code', '=', input.schemeCode);
  return query.execute();
}
