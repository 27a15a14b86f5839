// The person page, drawn for a GET and again for a refused form: its forms
// (risk.ts, consent.ts, restrictions.ts) submit through submitPersonForm, so a
// refusal comes back as the page with an error summary, the message on its
// field and what was typed, as the case page's do (case-page.ts), through the
// same mechanism (forms/refused-form.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../access/actor.js';
import type { PersonView } from '../../people/service.js';
import { can, JustificationRequiredError } from '../../access/permissions.js';
import { refusedForm, type FormSpec, type RefusedForm } from '../forms/refused-form.js';
import { personPageView, timelineKindsOf } from '../view-models/people.js';
import { restrictionSection, type RestrictionQuery } from '../view-models/restrictions.js';

type Body = Record<string, string | string[] | undefined>;

export const personUrl = (personId: number, anchor = '') => `/people/${personId}${anchor}`;

/**
 * The person page's forms: each one's name (its fields' ids begin with it but
 * where `ids` says otherwise), the fields the services may name in a refusal,
 * and where a refusal naming none of them points. person.njk draws the same ids.
 */
export const PERSON_FORMS = {
  risk: { name: 'risk', fields: ['date', 'riskOfSeriousHarm', 'assessorAgency', 'assessor', 'notes'], ids: { riskOfSeriousHarm: 'risk-rosh', assessorAgency: 'risk-agency' }, at: 'record-risk' },
  mappa: { name: 'mappa', fields: ['date', 'outcome', 'outcomeDate'], at: 'record-mappa' },
  consent: { name: 'consent', fields: ['scope', 'givenDate'], lists: ['scope'], at: 'record-consent' },
  consentWithdraw: { name: 'consent-withdraw', fields: ['date'], ids: { date: 'consent-withdrawDate' }, at: 'record-consent' },
  restriction: { name: 'restriction', fields: ['allow'], ids: { allow: 'allow' }, at: 'restriction' },
} satisfies Record<string, FormSpec>;

export interface TimelineParams {
  kind?: string | string[];
  cursor?: string;
}

/** The timeline's page as hidden fields of the form that asks why a restricted record is viewed. */
export function timelineHidden(t: TimelineParams): { name: string; value: string }[] {
  return [...timelineKindsOf(t.kind).map((k) => ({ name: 'kind', value: k })), ...(typeof t.cursor === 'string' && t.cursor ? [{ name: 'cursor', value: t.cursor.slice(0, 200) }] : [])];
}

/**
 * The person page (reading it is logged by the service). `refused` is a form
 * the services refused: the page is drawn with its status, the error summary
 * and that form open as typed. A restricted record is drawn only with a reason
 * for viewing, which a form does not carry: the refusal is then said on its
 * own page, leading back to the person.
 */
export async function showPerson(
  app: FastifyInstance,
  actor: Actor,
  idParam: string | number,
  justification: string | undefined,
  reply: FastifyReply,
  query: RestrictionQuery,
  t: TimelineParams,
  refused?: { form: RefusedForm; anchor: string },
) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) {
    reply.code(404);
    return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
  }
  const kinds = timelineKindsOf(t.kind);
  const cursor = typeof t.cursor === 'string' && t.cursor ? t.cursor : null;
  let view: PersonView;
  try {
    view = await app.services.people.page(actor, id, { justification, channel: 'web', timeline: { kinds, cursor } });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      if (refused) {
        reply.code(refused.form.status);
        return reply.render('error.njk', { title: 'There is a problem', message: refused.form.errors[0]?.text, next: { href: personUrl(id, `#${refused.anchor}`), text: 'Go back to the person' } });
      }
      reply.code(403);
      return reply.render('justify.njk', { title: 'This record is restricted', personId: id, hidden: timelineHidden(t), fieldErrors: {} });
    }
    throw e;
  }
  if (refused) reply.code(refused.form.status);
  return reply.render('person.njk', {
    ...personPageView(view, { kinds, cursor, mayOpenCase: can(actor, 'case:work'), refused: refused?.form }),
    ...(await restrictionSection(app, actor, id, query, refused?.form)),
  });
}

/**
 * One of the person page's forms: makes the change and follows the address it
 * gives (303), or, when the service refuses the input or finds a clash, draws
 * the person page again with the form as typed (400, or 409). Any other error
 * (not found, forbidden) is thrown to the error page as before.
 */
export async function submitPersonForm(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  form: { personId: number; spec: FormSpec; anchor: string },
  change: () => Promise<string>,
) {
  try {
    return reply.redirect(await change(), 303);
  } catch (e) {
    const refused = refusedForm(e, form.spec, (req.body ?? {}) as Body);
    if (!refused) throw e;
    return showPerson(app, req.actor!, form.personId, undefined, reply, {}, {}, { form: refused, anchor: form.anchor });
  }
}
