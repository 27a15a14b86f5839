// Information-sharing agreements between agencies (SPEC 3.8): recording,
// listing and ending them. An agreement names its parties (agencies), its
// purpose, the categories of data shared and the days [from, to) it is in
// force. Disclosures look up the agreement they rely on in disclosures.ts.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { requirePermission } from '../access/permissions.js';
import type { Clock } from '../calendar/clock.js';
import { requireIsoDate, type IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export interface NewAgreement {
  title: string;
  /**
   * Agency codes: `CODE` for an agency of the actor's partnership,
   * `PARTNERSHIP:CODE` for one of another partnership in the installation
   * (a transfer between partnerships relies on such an agreement).
   */
  parties: readonly string[];
  purpose: string;
  /** The categories of data shared, as the agreement words them (e.g. "identity", "offending"). */
  data: readonly string[];
  from: string;
  to?: string | null;
}

export interface AgreementParty {
  agencyId: number;
  /** `CODE`, or `PARTNERSHIP:CODE` for an agency of another partnership. */
  code: string;
  name: string;
}

export interface Agreement {
  id: number;
  title: string;
  purpose: string;
  data: string[];
  from: IsoDate;
  /** Exclusive: the first day it is no longer in force; null while open. */
  to: IsoDate | null;
  parties: AgreementParty[];
  recordedBy: string;
  recordedAt: string;
}

/** Who manages agreements: an administrator ('agreements:manage'). */
const MANAGE = 'agreements:manage' as const;

function cleanText(v: string | undefined, what: string, field: string, max: number): string {
  const s = (v ?? '').trim();
  if (!s) throw new InvalidInputError(`Enter the agreement's ${what}.`, { field });
  if (s.length > max) throw new InvalidInputError(`The agreement's ${what} must be at most ${max} characters.`, { field });
  return s;
}

/** Splits "A, B" or a list of such into trimmed, distinct, non-empty items. */
export function listOf(values: string | readonly string[] | undefined): string[] {
  const all = (typeof values === 'string' ? [values] : (values ?? [])).flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim()).filter(Boolean);
  return [...new Set(all)];
}

/** Resolves agency codes to ids; refuses, naming them, any code that names no agency. */
async function resolveParties(db: Kysely<DB>, actor: Actor, codes: readonly string[]): Promise<AgreementParty[]> {
  const parties: AgreementParty[] = [];
  const unknown: string[] = [];
  for (const given of codes) {
    const [pcode, acode] = given.includes(':') ? given.split(':', 2) as [string, string] : [null, given];
    let q = db.selectFrom('agencies as a').innerJoin('partnerships as p', 'p.id', 'a.partnership_id').select(['a.id', 'a.code', 'a.name', 'p.code as pcode', 'a.partnership_id']).where('a.code', '=', acode.trim());
    q = pcode === null ? q.where('a.partnership_id', '=', actor.partnershipId) : q.where('p.code', '=', pcode.trim());
    const row = await q.executeTakeFirst();
    if (!row) unknown.push(given);
    else parties.push({ agencyId: row.id, code: row.partnership_id === actor.partnershipId ? row.code : `${row.pcode}:${row.code}`, name: row.name });
  }
  if (unknown.length) {
    throw new InvalidInputError(
      `No agency ${unknown.join(', ')}. Name each party by its agency code (as listed under Administration > Agencies), or PARTNERSHIP:CODE for an agency of another partnership.`,
      { field: 'parties' },
    );
  }
  const ids = new Set(parties.map((p) => p.agencyId));
  if (ids.size < 2) throw new InvalidInputError('An agreement needs at least two different agencies as parties.', { field: 'parties' });
  if (!parties.some((p) => !p.code.includes(':'))) throw new InvalidInputError("At least one party must be an agency of your partnership.", { field: 'parties' });
  return parties;
}

/** Records an agreement; audited as a collection. Returns its id. */
export async function recordAgreement(db: Kysely<DB>, actor: Actor, input: NewAgreement, clock?: Clock): Promise<number> {
  requirePermission(actor, MANAGE, 'Only an administrator may record or end an information-sharing agreement.');
  const title = cleanText(input.title, 'title', 'title', 200);
  const purpose = cleanText(input.purpose, 'purpose', 'purpose', 2000);
  const data = listOf(input.data);
  if (data.length === 0) throw new InvalidInputError('Name the categories of data the agreement shares (for example identity, offending).', { field: 'data' });
  const from = requireIsoDate(input.from?.trim(), 'The date the agreement starts', 'from');
  const to = input.to?.trim() ? requireIsoDate(input.to.trim(), 'The date the agreement ends', 'to') : null;
  if (to !== null && to <= from) throw new InvalidInputError(`The agreement must end after it starts: ${to} is not after ${from}.`, { field: 'to' });
  const codes = listOf(input.parties);
  const parties = await resolveParties(db, actor, codes);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('sharing_agreements')
      .values({ partnership_id: actor.partnershipId, title, purpose, data_categories: data, start_date: from, end_date: to, recorded_by: actor.userId, recorded_by_label: actor.label })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('sharing_agreement_parties').values(parties.map((p) => ({ agreement_id: row.id, agency_id: p.agencyId }))).execute();
    await appendAudit(trx, actor, {
      action: 'collection',
      what: `information-sharing agreement ${row.id} recorded`,
      details: { agreementId: row.id, parties: parties.map((p) => p.agencyId), from, to },
    }, clock);
    return row.id;
  });
}

/** The agreements the actor's partnership recorded or is a party to, newest first. */
export async function listAgreements(db: Kysely<DB>, actor: Actor): Promise<Agreement[]> {
  requirePermission(actor, MANAGE, 'Only an administrator may see the information-sharing agreements.');
  const rows = await db
    .selectFrom('sharing_agreements as s')
    .select(['s.id', 's.title', 's.purpose', 's.data_categories', 's.start_date', 's.end_date', 's.recorded_by_label', 's.recorded_at'])
    .where((eb) =>
      eb.or([
        eb('s.partnership_id', '=', actor.partnershipId),
        eb.exists(eb.selectFrom('sharing_agreement_parties as x').innerJoin('agencies as a', 'a.id', 'x.agency_id').select(sql`1`.as('one')).whereRef('x.agreement_id', '=', 's.id').where('a.partnership_id', '=', actor.partnershipId)),
      ]),
    )
    .orderBy('s.id', 'desc')
    .execute();
  const ids = rows.map((r) => r.id);
  const parties = ids.length
    ? await db
        .selectFrom('sharing_agreement_parties as x')
        .innerJoin('agencies as a', 'a.id', 'x.agency_id')
        .innerJoin('partnerships as p', 'p.id', 'a.partnership_id')
        .select(['x.agreement_id', 'a.id', 'a.code', 'a.name', 'a.partnership_id', 'p.code as pcode'])
        .where('x.agreement_id', 'in', ids)
        .orderBy('a.partnership_id')
        .orderBy('a.code')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    purpose: r.purpose,
    data: r.data_categories,
    from: r.start_date,
    to: r.end_date,
    parties: parties
      .filter((p) => p.agreement_id === r.id)
      .map((p) => ({ agencyId: p.id, code: p.partnership_id === actor.partnershipId ? p.code : `${p.pcode}:${p.code}`, name: p.name })),
    recordedBy: r.recorded_by_label,
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/** Ends an agreement: it is not in force on `on` or after. Audited as an alteration. */
export async function endAgreement(db: Kysely<DB>, actor: Actor, input: { id: number; on: string }, clock?: Clock): Promise<void> {
  requirePermission(actor, MANAGE, 'Only an administrator may record or end an information-sharing agreement.');
  const on = requireIsoDate(input.on?.trim(), 'The date the agreement ends', 'on');
  await db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('sharing_agreements').select(['id', 'start_date', 'end_date']).where('id', '=', input.id).where('partnership_id', '=', actor.partnershipId).forUpdate().executeTakeFirst();
    if (!a) throw new NotFoundError(`No information-sharing agreement ${input.id} is recorded by this partnership.`);
    if (a.end_date !== null && a.end_date <= on) throw new ConflictError(`Agreement ${a.id} already ended on ${a.end_date}.`, { field: 'on' });
    if (on <= a.start_date) throw new InvalidInputError(`Agreement ${a.id} starts on ${a.start_date}; it can only end after that, not on ${on}.`, { field: 'on' });
    await trx.updateTable('sharing_agreements').set({ end_date: on, ended_by_label: actor.label }).where('id', '=', a.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `information-sharing agreement ${a.id} ended`, details: { agreementId: a.id, endDate: on, previousEndDate: a.end_date } }, clock);
  });
}
