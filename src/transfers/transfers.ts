// Transfers out of the area (SPEC 3.2): a notice with the person's summary,
// delivered to the receiving partnership's inbox when it also uses Waymark.
import { requirePermission } from '../access/permissions.js';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit, auditList } from '../access/audit.js';
import { restrictionAllows } from '../access/need-to-know.js';
import type { DB } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';
import { personByRef } from '../people/by-ref.js';
import { findScheme } from '../schemes/find.js';
import { transferBasis } from '../sharing/disclosures.js';

export interface TransferView {
  id: number;
  fromPartnership: string;
  toAreaCode: string;
  toPartnership: string | null;
  status: string;
  notifiedAt: string;
  summary: Record<string, unknown>;
  note: string | null;
}

/** Records the notice (and its audit entry) inside the caller's transaction; a de-selection for a move sends one too. */
export async function insertTransfer(trx: Transaction<DB>, actor: Actor, input: { personId: number; schemeId: number | null; toAreaCode: string; note: string | null }): Promise<number> {
  const person = await trx.selectFrom('people').select(['person_ref', 'family_name', 'given_names', 'date_of_birth']).where('id', '=', input.personId).where('partnership_id', '=', actor.partnershipId).executeTakeFirstOrThrow();
  const pnc = await trx.selectFrom('person_identifiers').select('value').where('person_id', '=', input.personId).where('kind', '=', 'pnc').executeTakeFirst();
  // The receiving partnership, when it also uses this installation.
  const to = await trx.selectFrom('areas').select('partnership_id').where('code', '=', input.toAreaCode).where('partnership_id', '<>', actor.partnershipId).orderBy('partnership_id').limit(1).executeTakeFirst();
  // A notice delivered to another partnership relies on an information-sharing agreement (refused without one).
  const basis = await transferBasis(trx, actor, to?.partnership_id ?? null);
  const scheme = input.schemeId ? await trx.selectFrom('schemes').select(['code', 'name']).where('id', '=', input.schemeId).executeTakeFirst() : undefined;
  const summary = { familyName: person.family_name, givenNames: person.given_names, dateOfBirth: person.date_of_birth, pncId: pnc?.value ?? null, scheme: scheme?.name ?? null };
  const row = await trx
    .insertInto('transfers')
    .values({
      partnership_id: actor.partnershipId,
      person_id: input.personId,
      scheme_id: input.schemeId,
      to_area_code: input.toAreaCode,
      to_partnership_id: to?.partnership_id ?? null,
      summary: JSON.stringify(summary),
      note: input.note,
      status: to ? 'sent' : 'notified_outside',
      created_by: actor.userId,
      created_by_label: actor.label,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, actor, {
    action: 'disclosure',
    personId: input.personId,
    what: `transfer notice to area ${input.toAreaCode}${to ? ` (partnership ${to.partnership_id})` : ' (outside Waymark)'}`,
    details: { transferId: row.id, agreementId: basis.agreementId },
  });
  return row.id;
}

/** A move out of the area: records the transfer and notifies the receiving partnership's inbox when it uses Waymark. */
export async function createTransfer(
  db: Kysely<DB>,
  actor: Actor,
  input: { personRef: string; toAreaCode: string; schemeCode?: string | null; note?: string | null },
): Promise<{ id: number; status: string; toPartnershipId: number | null }> {
  requirePermission(actor, 'panel:decide');
  if (!input.toAreaCode?.trim()) throw new InvalidInputError('Give the area code the person has moved to.');
  return db.transaction().execute(async (trx) => {
    const person = await personByRef(trx, actor, input.personRef);
    const scheme = input.schemeCode ? await findScheme(trx, actor.partnershipId, input.schemeCode) : null;
    const id = await insertTransfer(trx, actor, { personId: person.id, schemeId: scheme?.id ?? null, toAreaCode: input.toAreaCode.trim(), note: input.note ?? null });
    const row = await trx.selectFrom('transfers').select(['status', 'to_partnership_id']).where('id', '=', id).executeTakeFirstOrThrow();
    return { id, status: row.status, toPartnershipId: row.to_partnership_id };
  });
}

/**
 * Transfers notified to the actor's partnership. A notice about a person the
 * sending partnership restricted reaches only the users named on them
 * (need-to-know.ts: restrictionAllows); others do not learn it exists. The
 * notices shown are logged as one consultation naming the people (the
 * sending partnership's ids), in the transaction that read them.
 */
export async function transferInbox(db: Kysely<DB>, actor: Actor): Promise<TransferView[]> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('transfers as t')
      .innerJoin('partnerships as f', 'f.id', 't.partnership_id')
      .innerJoin('people as tp', 'tp.id', 't.person_id')
      .select(['t.id', 't.person_id', 'f.name as from_name', 't.to_area_code', 't.status', 't.notified_at', 't.summary', 't.note'])
      .where('t.to_partnership_id', '=', actor.partnershipId)
      .where(restrictionAllows(actor, 'tp'))
      .orderBy('t.notified_at', 'desc')
      .execute();
    await auditList(trx, actor, { what: 'transfers inbox', personIds: rows.map((r) => r.person_id), details: { transferIds: rows.map((r) => r.id) } });
    return rows.map((r) => ({
      id: r.id,
      fromPartnership: r.from_name,
      toAreaCode: r.to_area_code,
      toPartnership: null,
      status: r.status,
      notifiedAt: new Date(r.notified_at).toISOString(),
      summary: JSON.parse(r.summary) as Record<string, unknown>,
      note: r.note,
    }));
  });
}
