// Need to know (SPEC 3.8): the one place that says who may see whom, and which
// kinds of personal data each role and agency may see. Pure rules and SQL
// fragments; every service that lists, counts or shows people asks here.
//
//   intelligence                      police only
//   drug tests on arrest or charge    police and drug services (police data)
//   health and drug-treatment detail  drug services and the case's lead, or
//                                     any agency the person consented to share with
//   restricted people                 the named users only
//   board members                     aggregates only: never a person
//   the CLI operator                  everything, as the data controller's own
//                                     use, always logged
//
// A figure or reason that rests on something the viewer may not see is
// withheld whole (see `withheldBecause`), so that no part of it can be worked back.
import { sql, type RawBuilder } from 'kysely';
import type { AgencyKind } from '../glossary.js';
import type { Actor } from './actor.js';

/** Kinds of personal data that not every agency may see. */
export type Sensitive = 'intelligence' | 'drug_tests' | 'health';

/** Every kind of agency, in the order forms list them (a consent's scope names some of them). */
export const AGENCY_KINDS: readonly AgencyKind[] = ['police', 'probation', 'prison', 'drug_service', 'youth_offending', 'local_authority', 'housing', 'voluntary'];

/** Whom the person agreed their health detail may be shared with. */
export type ConsentScope = 'all' | readonly AgencyKind[];

export interface HealthContext {
  /** The consent to share health detail in force for the person, if any. */
  consent?: ConsentScope | null;
  /** Whether the actor's agency leads the person's case. */
  isLead?: boolean;
}

/** The CLI operator acts as the data controller and sees everything (always logged). */
export function isOperator(actor: Pick<Actor, 'userId'>): boolean {
  return actor.userId === null;
}

/** May this actor see this kind of data? Health detail depends on the person (consent, lead). */
export function maySee(actor: Actor, what: Sensitive, health: HealthContext = {}): boolean {
  if (actor.role === 'board_member') return false;
  if (isOperator(actor)) return true;
  const kind = actor.agencyKind;
  switch (what) {
    case 'intelligence':
      return kind === 'police';
    case 'drug_tests':
      return kind === 'police' || kind === 'drug_service';
    case 'health': {
      if (kind === 'drug_service' || health.isLead) return true;
      const consent = health.consent;
      if (!consent || kind === null) return false;
      return consent === 'all' || consent.includes(kind);
    }
  }
}

/**
 * May this actor record or withdraw a person's consent to share health detail?
 * Those who hold that detail already: the case's lead agency and drug-service
 * staff doing casework (practitioners and scheme managers), administrators,
 * and the CLI operator. Analysts and board members never.
 */
export function mayRecordConsent(actor: Actor, health: Pick<HealthContext, 'isLead'> = {}): boolean {
  if (isOperator(actor) || actor.role === 'administrator') return true;
  if (actor.role !== 'practitioner' && actor.role !== 'scheme_manager') return false;
  return actor.agencyKind === 'drug_service' || health.isLead === true;
}

/** SQL: whether the actor's own agency leads the case of the person row (alias `people` unless named). */
export function leadsCase(actor: Actor, alias = 'people'): RawBuilder<boolean> {
  if (actor.userId === null) return sql<boolean>`false`;
  return sql<boolean>`COALESCE(${sql.table(alias)}.lead_agency_id = (SELECT u.agency_id FROM users u WHERE u.id = ${actor.userId}), false)`;
}

/** What the page says in place of withheld data. */
export const WITHHELD_BECAUSE: Record<Sensitive, string> = {
  intelligence: 'it rests on police intelligence, which is shown to police staff only',
  drug_tests: 'it rests on drug test results, which are shown to police and drug-service staff only',
  health: 'it rests on health or drug-treatment detail, which is shown to drug-service staff and the case lead unless the person consented to share it',
};

/**
 * The first kind of data a figure rests on that the actor may not see, or null
 * when the actor may see the whole figure. A figure with a non-null answer is
 * withheld whole: its value, its parts and anything multiplied into it.
 */
export function withheldBecause(actor: Actor, restsOn: Iterable<Sensitive>, health: HealthContext = {}): Sensitive | null {
  for (const s of restsOn) if (!maySee(actor, s, health)) return s;
  return null;
}

/**
 * The people this actor may see, as a condition on a `people` row (alias `people`
 * unless named): in the actor's partnership, and restricted people only for the
 * users named on them. A board member sees no one.
 */
export function visiblePeople(actor: Actor, alias = 'people'): RawBuilder<boolean> {
  const t = sql.table(alias);
  if (actor.role === 'board_member') return sql<boolean>`false`;
  if (isOperator(actor)) return sql<boolean>`${t}.partnership_id = ${actor.partnershipId}`;
  return sql<boolean>`(${t}.partnership_id = ${actor.partnershipId} AND ${restrictionAllows(actor, alias)})`;
}

/**
 * The restriction rule alone, for a `people` row of ANOTHER partnership that
 * was disclosed to the actor's (a transfer notice): a restricted person only
 * for the users named on them. A board member sees no one.
 */
export function restrictionAllows(actor: Actor, alias = 'people'): RawBuilder<boolean> {
  const t = sql.table(alias);
  if (actor.role === 'board_member') return sql<boolean>`false`;
  if (isOperator(actor)) return sql<boolean>`true`;
  return sql<boolean>`(${t}.restricted = false OR EXISTS (
    SELECT 1 FROM person_access pa WHERE pa.person_id = ${t}.id AND pa.user_id = ${actor.userId}))`;
}

/** The same rule for a table that refers to a person by id (`alias.person_id` unless named). */
export function visiblePerson(actor: Actor, personIdColumn: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM people AS vp WHERE vp.id = ${sql.ref(personIdColumn)} AND ${visiblePeople(actor, 'vp')})`;
}

/**
 * maySee(actor, 'health', …) as SQL, for lists that count or show health
 * detail across many cases: true when the actor may see the health detail of
 * the person in `personIdColumn` whose case is led by `leadAgencyColumn` (the
 * actor's agency leads it, or a consent in force covers the actor's agency kind).
 * `actorAgencyId` is the actor's agency (Actor.agencyId or looked up).
 */
export function healthVisible(actor: Actor, actorAgencyId: number | null, cols: { personId: string; leadAgencyId: string }): RawBuilder<boolean> {
  if (maySee(actor, 'health')) return sql<boolean>`true`;
  if (actor.role === 'board_member' || actor.agencyKind === null) return sql<boolean>`false`;
  const lead = actorAgencyId === null ? sql<boolean>`false` : sql<boolean>`COALESCE(${sql.ref(cols.leadAgencyId)} = ${actorAgencyId}, false)`;
  return sql<boolean>`(${lead} OR EXISTS (SELECT 1 FROM health_consents hc WHERE hc.person_id = ${sql.ref(cols.personId)} AND hc.withdrawn_date IS NULL
    AND (hc.share_with_all OR ${actor.agencyKind} = ANY (hc.agency_kinds))))`;
}

/** SQL: whether a case action (alias given) is health or drug-treatment detail (the health pathways, treatment continuity on release). */
export function isHealthAction(alias: string): RawBuilder<boolean> {
  const t = sql.table(alias);
  return sql<boolean>`(${t}.kind = 'release_treatment' OR ${t}.pathway IN ('health', 'drugs_alcohol'))`;
}
