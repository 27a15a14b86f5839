// The review panel's service: reviews, the agenda, decisions and minutes, and
// the home page's "what needs attention", with the database bound once.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB, IsoDate } from '../db/schema.js';
import { agendaJsonRows, panelAgenda } from './agenda.js';
import { attention } from './attention.js';
import { recordDecision, type DecisionInput } from './decisions.js';
import { minutesCsv, panelMinutes } from './minutes.js';
import { applyAutomaticExits, reviewJsonRows, reviewRows, reviewScheme } from './review.js';

/** The review panel: agenda, decisions and minutes. Built once by the composition root (src/services.ts). */
export function panelService({ db }: { db: Kysely<DB> }) {
  return {
    review: (actor: Actor, input: { schemeCode: string; asOf: string; matrixVersion?: number }) => reviewScheme(db, actor, input),
    reviewRows,
    /** The review as `waymark review --json` prints it and the API returns it. */
    reviewJson: reviewJsonRows,
    applyAutomaticExits: (actor: Actor, input: { schemeCode: string; asOf: string }) => applyAutomaticExits(db, actor, input),
    agenda: (actor: Actor, input: { schemeCode: string; meetingDate: string }) => panelAgenda(db, actor, input),
    /** The agenda by person, as `waymark panel agenda --json` prints it and the API returns it. */
    agendaJson: agendaJsonRows,
    recordDecision: (actor: Actor, input: DecisionInput) => recordDecision(db, actor, input),
    minutes: (actor: Actor, input: { schemeCode: string; meetingDate: string; asFile?: boolean }) => panelMinutes(db, actor, input),
    minutesCsv,
    attention: (actor: Actor, asOf: IsoDate) => attention(db, actor, asOf),
  };
}
