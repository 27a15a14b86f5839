// The case page, drawn for a GET and again for a refused form: every form on
// it (cases.ts, appointments.ts) submits through submitCaseForm, so a refusal
// comes back as the page with an error summary, the message on its field and
// what was typed, and a stale edit as a page that leads back to the case.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { JustificationRequiredError } from '../../access/permissions.js';
import { StaleEditError } from '../../errors.js';
import { PATHWAYS } from '../../glossary.js';
import { FORM_BODY_LIMIT, refusedForm, type FormSpec, type RefusedForm } from '../forms/refused-form.js';
import { casePageView } from '../view-models/cases.js';

type Body = Record<string, string | string[] | undefined>;

export const caseUrl = (personId: number, anchor = '') => `/people/${personId}/case${anchor}`;

/**
 * The case page's forms: each one's name (its fields' ids begin with it), the
 * fields the services may name in a refusal, and where a refusal naming none
 * of them points. The templates (case.njk, case/*.njk) draw the same ids.
 */
export const CASE_FORMS = {
  open: { name: 'open', fields: ['scheme', 'leadAgency', 'caseManager', 'openedOn'], at: 'open-case' },
  lead: { name: 'lead', fields: ['leadAgency', 'caseManager'], at: 'change-lead' },
  team: { name: 'team', fields: ['agency', 'role', 'worker'], at: 'change-team' },
  teamRemove: { name: 'team-remove', fields: [], at: 'team' },
  action: { name: 'action', fields: ['pathway', 'description', 'ownerAgency', 'dueDate'], at: 'add-action' },
  actionOutcome: (actionId: number) => ({ name: `action-${actionId}`, fields: ['status', 'outcome'], at: `action-${actionId}-status` }),
  assessment: { name: 'assess', fields: ['kind', 'date', ...PATHWAYS.flatMap((p) => [`ratings.${p}`, `ratings.${p}.note`])], at: 'add-assessment' },
  note: { name: 'note', fields: ['body', 'sensitivity'], at: 'note-body' },
  appointment: { name: 'appointment', fields: ['date', 'purpose', 'agencyId', 'status'], at: 'record-appointment' },
  appointmentOutcome: (appointmentId: number) => ({ name: `appointment-${appointmentId}`, fields: ['status'], at: `appointment-${appointmentId}-status` }),
  disengagementRoute: { name: 'disengagement-route', fields: ['route', 'date'], ids: { route: 'disengagement-route' }, at: 'disengagement' },
  disengagementOutcome: { name: 'disengagement-outcome', fields: ['outcome', 'date'], ids: { outcome: 'disengagement-outcome' }, at: 'disengagement' },
  releasePlan: { name: 'release', fields: ['expectedRelease'], at: 'release' },
  releaseTask: (actionId: number) => ({ name: `task-${actionId}`, fields: ['toldWhom', 'toldOn'], at: `task-${actionId}-toldWhom` }),
} satisfies Record<string, FormSpec | ((id: number) => FormSpec)>;

export async function showCase(app: FastifyInstance, actor: Actor, id: number, justification: string | undefined, reply: FastifyReply, refused?: RefusedForm) {
  let view;
  try {
    view = await app.services.cases.view(actor, { personId: id }, { justification, channel: 'web' });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      // A restricted record is drawn only with a reason for viewing: a refused
      // form's problem is said on its own page, leading back to the case.
      if (refused) {
        reply.code(refused.status);
        return reply.render('error.njk', { title: 'There is a problem', message: refused.errors[0]?.text, next: { href: caseUrl(id), text: 'Go back to the case' } });
      }
      reply.code(403);
      return reply.render('justify.njk', { title: 'This record is restricted', personId: id, action: `/people/${id}/case/view`, fieldErrors: {} });
    }
    throw e;
  }
  const choices = await app.services.cases.choices(actor, { personId: id });
  if (refused) reply.code(refused.status);
  return reply.render('case.njk', casePageView(actor, view, choices, refused));
}

/**
 * One of the case page's forms: makes the change and follows the address it
 * gives (303), or, when the service refuses the input or finds a clash,
 * draws the case page again with the form as typed. A stale edit gets a page
 * saying what happened, leading back to the case. `personId` is the case's
 * person: from the address, or for a form on a row, looked up from the row
 * (never from the form, which the user could change); when there is none the
 * refusal goes to the error page as before.
 */
export async function submitCaseForm(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  form: { personId: number | (() => Promise<number | null>); spec: FormSpec; anchor: string },
  change: () => Promise<string>,
) {
  try {
    return reply.redirect(await change(), 303);
  } catch (e) {
    // A row's form (an action's, an appointment's) finds its person from the row, only when refused.
    const personId = typeof form.personId === 'number' ? form.personId : await form.personId().catch(() => null);
    if (personId === null) throw e;
    if (e instanceof StaleEditError) {
      reply.code(412);
      return reply.render('error.njk', {
        title: 'Someone else changed this first',
        message: e.message,
        next: { href: caseUrl(personId, `#${form.anchor}`), text: 'Go back to the case to see it as it is now' },
      });
    }
    const refused = refusedForm(e, form.spec, (req.body ?? {}) as Body);
    if (!refused) throw e;
    return showCase(app, req.actor!, personId, undefined, reply, refused);
  }
}

/** Registers one of the case page's forms: case work, with the body limit above; the handler calls submitCaseForm. */
export function caseFormRoute(app: FastifyInstance, path: string, handler: (param: string, body: Body, req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) {
  app.post<{ Params: { id: string }; Body: Body }>(path, { config: { access: 'case:work' }, bodyLimit: FORM_BODY_LIMIT }, (req, reply) => handler(req.params.id, req.body ?? {}, req, reply));
}

