// Each disclosure to another agency names the information-sharing agreement it
// relies on (SPEC 3.8); one with no agreement in force today between the two
// agencies is refused. Called inside the transaction of the disclosure, whose
// audit entry records the agreement's id (`agreementId` in its details).
//
//   transfer             the sender's agency (the CLI operator: any agency of
//                        the sending partnership) to an agency of the receiving
//                        partnership; a notice to an area outside Waymark
//                        delivers nothing, so it needs none
//   user export          the partnership's register leaves to the user's
//                        agency: an agreement naming the user's agency and
//                        another agency of the partnership
//   read of a person     a user's agency reads a record it does not lead,
//                        through any door (web, API, CLI): an agreement
//                        between the user's agency and the lead agency, or,
//                        with no lead, any other agency of the partnership
//   the CLI operator     the data controller's own use: no agreement (logged)
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { isOperator } from '../access/need-to-know.js';
import type { DB } from '../db/schema.js';
import { ForbiddenError, type DoorAdvice } from '../errors.js';

type Trx = Transaction<DB>;

/** The agreement a disclosure relies on; null when the disclosure needs none (the operator, the lead agency). */
export interface DisclosureBasis {
  agreementId: number | null;
}

/**
 * How an administrator records the agreement a refusal wants, in each door's
 * words (src/errors.ts DoorAdvice): the page under Administration, the API's
 * path, the command. `parties` are the agency codes it would name, AGENCY_CODE
 * where any would do.
 */
function howToRecord(parties: readonly string[]): DoorAdvice {
  return {
    web: 'An administrator can record one under Administration > Information-sharing agreements (/admin/agreements).',
    api: `An administrator can record one with POST /api/v1/agreements {"title", "parties": [${parties.map((p) => JSON.stringify(p)).join(', ')}], "purpose", "data", "from"}.`,
    cli: `An administrator can record one with waymark agreement add --title TITLE --parties ${parties.join(',')} --purpose PURPOSE --data CATEGORIES --from YYYY-MM-DD.`,
  };
}

interface AgencyRow {
  id: number;
  code: string;
  name: string;
  partnership_id: number;
}

async function actorAgency(trx: Trx, actor: Actor): Promise<AgencyRow> {
  const row = await trx
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['a.id', 'a.code', 'a.name', 'a.partnership_id'])
    .where('u.id', '=', actor.userId!)
    .executeTakeFirst();
  if (!row) throw new ForbiddenError('Your account belongs to no agency, so nothing may be disclosed to you.');
  return row;
}

const label = (a: Pick<AgencyRow, 'name' | 'code'>) => `${a.name} (${a.code})`;

/**
 * The first agreement in force today (wall clock, UTC) with a party among
 * `from` and another party among `to` (or, with `to` null, any other agency
 * of `partnershipId`).
 */
async function agreementInForce(trx: Trx, from: readonly number[], to: readonly number[] | { partnershipId: number }): Promise<number | null> {
  if (from.length === 0) return null;
  const toCondition = Array.isArray(to)
    ? to.length === 0
      ? sql`false`
      : sql`y.agency_id IN (${sql.join(to as number[])})`
    : sql`y.agency_id IN (SELECT id FROM agencies WHERE partnership_id = ${(to as { partnershipId: number }).partnershipId})`;
  const r = await sql<{ id: number }>`
    SELECT s.id FROM sharing_agreements s
    WHERE s.start_date <= (now() AT TIME ZONE 'UTC')::date
      AND (s.end_date IS NULL OR s.end_date > (now() AT TIME ZONE 'UTC')::date)
      AND EXISTS (SELECT 1 FROM sharing_agreement_parties x WHERE x.agreement_id = s.id AND x.agency_id IN (${sql.join([...from])}))
      AND EXISTS (SELECT 1 FROM sharing_agreement_parties y WHERE y.agreement_id = s.id AND ${toCondition} AND y.agency_id NOT IN (${sql.join([...from])}))
    ORDER BY s.id LIMIT 1`.execute(trx);
  return r.rows[0]?.id ?? null;
}

/** A transfer notice to another partnership in the installation. */
export async function transferBasis(trx: Trx, actor: Actor, toPartnershipId: number | null): Promise<DisclosureBasis> {
  if (toPartnershipId === null) return { agreementId: null };
  const receiver = await trx.selectFrom('partnerships').select(['code', 'name']).where('id', '=', toPartnershipId).executeTakeFirstOrThrow();
  if (isOperator(actor)) {
    const ours = await trx.selectFrom('agencies').select('id').where('partnership_id', '=', actor.partnershipId).execute();
    const id = await agreementInForce(trx, ours.map((a) => a.id), { partnershipId: toPartnershipId });
    if (id === null) {
      throw new ForbiddenError(
        `No information-sharing agreement in force today between an agency of this partnership and an agency of ${receiver.name} (${receiver.code}), so the transfer notice may not be sent.`,
        undefined,
        howToRecord(['AGENCY_CODE', `${receiver.code}:AGENCY_CODE`]),
      );
    }
    return { agreementId: id };
  }
  const mine = await actorAgency(trx, actor);
  const id = await agreementInForce(trx, [mine.id], { partnershipId: toPartnershipId });
  if (id === null) {
    throw new ForbiddenError(
      `No information-sharing agreement in force today between ${label(mine)} and an agency of ${receiver.name} (${receiver.code}), so the transfer notice may not be sent.`,
      undefined,
      howToRecord([mine.code, `${receiver.code}:AGENCY_CODE`]),
    );
  }
  return { agreementId: id };
}

/**
 * SQL, over an agreement row `s`: it is in force today, names the reader's
 * agency, and names the lead agency (with no lead, any other agency of the
 * partnership): personReadBasis's rule for a read by an agency that does not lead.
 */
function agreementBetween(readerAgency: RawBuilder<unknown>, lead: RawBuilder<number | null>): RawBuilder<boolean> {
  return sql<boolean>`s.start_date <= (now() AT TIME ZONE 'UTC')::date
    AND (s.end_date IS NULL OR s.end_date > (now() AT TIME ZONE 'UTC')::date)
    AND EXISTS (SELECT 1 FROM sharing_agreement_parties x WHERE x.agreement_id = s.id AND x.agency_id = ${readerAgency})
    AND EXISTS (SELECT 1 FROM sharing_agreement_parties y WHERE y.agreement_id = s.id AND y.agency_id <> ${readerAgency}
      AND (y.agency_id = ${lead} OR (${lead} IS NULL AND y.agency_id IN (SELECT o.id FROM agencies o JOIN agencies r ON r.partnership_id = o.partnership_id WHERE r.id = ${readerAgency}))))`;
}

/** SQL: the reader's agency's partnership has another agency (with none, nothing passes between agencies). */
function otherAgencies(readerAgency: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM agencies o JOIN agencies r ON r.partnership_id = o.partnership_id WHERE r.id = ${readerAgency} AND o.id <> r.id)`;
}

/**
 * SQL for a list of cases, alerts or actions (caseloads, the home page): the
 * reader may open this person's case without being refused, by the rule of
 * readCase and personReadBasis. Their agency leads the case or the person,
 * or an agreement in force names it and the case's lead (the person's, with
 * no case); the operator reads every one. So a list never shows a case,
 * its manager, its dates or its alerts to an agency that the case itself
 * would refuse for want of an agreement.
 */
export function caseReadable(actor: Actor, readerAgencyId: number | null, cols: { caseLead: string; personLead: string }): RawBuilder<boolean> {
  if (isOperator(actor)) return sql<boolean>`true`;
  if (readerAgencyId === null) return sql<boolean>`false`;
  const reader = sql`${readerAgencyId}::integer`;
  const caseLead = sql.ref(cols.caseLead);
  const personLead = sql.ref(cols.personLead);
  const lead = sql<number | null>`coalesce(${caseLead}, ${personLead})`;
  return sql<boolean>`(${caseLead} = ${reader} OR ${personLead} = ${reader}
    OR (${lead} IS NULL AND NOT ${otherAgencies(reader)})
    OR EXISTS (SELECT 1 FROM sharing_agreements s WHERE ${agreementBetween(reader, lead)}))`;
}

/** Register data leaving the installation to a user (an export, a download). */
export async function exportBasis(trx: Trx, actor: Actor): Promise<DisclosureBasis> {
  if (isOperator(actor)) return { agreementId: null };
  const mine = await actorAgency(trx, actor);
  const id = await agreementInForce(trx, [mine.id], { partnershipId: mine.partnership_id });
  if (id === null) {
    throw new ForbiddenError(
      `No information-sharing agreement in force today between ${label(mine)} and another agency of the partnership, so register data may not be exported to ${mine.code}.`,
      undefined,
      howToRecord([mine.code, 'AGENCY_CODE']),
    );
  }
  return { agreementId: id };
}

/**
 * A read of one person (their record, timeline, case, appointments, risk) by a
 * user whose agency does not lead the case: the same rule on every door (the
 * web page, the API and the CLI, SPEC 3.9), since the person's data reaches
 * that agency whichever door it comes through. It needs an agreement between
 * the user's agency and the lead agency (with no lead, any other agency of the
 * partnership), and is refused without one; the read is then logged as a
 * disclosure naming the agreement. The lead agency's own reads, and the CLI
 * operator's, need none and are consultations. Read in one query when allowed.
 */
export async function personReadBasis(trx: Trx, actor: Actor, leadAgencyId: number | null): Promise<PersonReadBasis> {
  if (isOperator(actor)) return { action: 'consultation', agreementId: null };
  const lead = leadAgencyId === null ? sql<number | null>`NULL::integer` : sql<number | null>`${leadAgencyId}::integer`;
  const r = await sql<{ id: number; agreement_id: number | null; others: boolean }>`
    SELECT a.id, (SELECT s.id FROM sharing_agreements s WHERE ${agreementBetween(sql`a.id`, lead)} ORDER BY s.id LIMIT 1) AS agreement_id,
      ${otherAgencies(sql`a.id`)} AS others
    FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = ${actor.userId}`.execute(trx);
  const row = r.rows[0];
  if (!row) throw new ForbiddenError('Your account belongs to no agency, so nothing may be disclosed to you.');
  if (leadAgencyId === row.id) return { action: 'consultation', agreementId: null };
  // No agency leads, and the partnership has no agency but the reader's: nothing passes between agencies.
  if (leadAgencyId === null && !row.others) return { action: 'consultation', agreementId: null };
  if (row.agreement_id !== null) return { action: 'disclosure', agreementId: row.agreement_id };
  const mine = await actorAgency(trx, actor);
  if (leadAgencyId === null) {
    throw new ForbiddenError(
      `No information-sharing agreement in force today between ${label(mine)} and another agency of the partnership, and no agency leads this person's case, so ${mine.code} may not read the record.`,
      undefined,
      howToRecord([mine.code, 'AGENCY_CODE']),
    );
  }
  const leadRow = await trx.selectFrom('agencies').select(['id', 'code', 'name', 'partnership_id']).where('id', '=', leadAgencyId).executeTakeFirstOrThrow();
  throw new ForbiddenError(
    `No information-sharing agreement in force today between ${label(mine)} and ${label(leadRow)}, which leads this person's case, so ${mine.code} may not read the record.`,
    undefined,
    howToRecord([mine.code, leadRow.code]),
  );
}

/** How a read of a person is logged, and the agreement it relied on (null: none needed). */
export interface PersonReadBasis {
  action: 'consultation' | 'disclosure';
  agreementId: number | null;
}
