// The retention review page (SPEC 3.8): the records due for review, a decision
// on one (keep, erase, anonymise), and the partnership's retention period.
// Administrators only; every list and decision is logged by the service.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escape, formatDate } from '../html.js';
import { NO_ERRORS, formErrorsOf, type FormErrors } from '../view-models/admin.js';

type Body = Record<string, string | undefined>;

const DONE: Record<string, (ref: string) => string> = {
  keep: (ref) => `${ref} is kept, and comes up for review again later. The decision is in the audit log.`,
  erase: (ref) => `${ref} was erased. The erasure is in the audit log, by id.`,
  anonymise: (ref) => `${ref} was anonymised: the events stay for the figures. The erasure is in the audit log, by id.`,
  period: () => 'The retention period was changed.',
};

export function registerRetentionRoutes(app: FastifyInstance): void {
  const access = 'retention:review' as const;

  async function page(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS, banner?: string) {
    const due = await app.services.retention.due(req.actor!);
    if (form.errors.length) reply.code(400);
    const decision = values.decision ?? '';
    return reply.render('admin-retention.njk', {
      title: 'Retention review',
      banner,
      due,
      values,
      ...form,
      rows: due.records.map((r) => [
        { html: `<a class="govuk-link" href="/people/${r.personId}">${escape(r.personRef)}</a>` },
        { text: `${r.familyName}, ${r.givenNames}` },
        { text: formatDate(r.dateOfBirth) },
        r.activityWithheld ? { text: r.activityWithheld, colspan: 2 } : { text: formatDate(r.lastActivity) },
        ...(r.activityWithheld ? [] : [{ text: formatDate(r.dueOn) }]),
      ]),
      decisionItems: [
        { value: 'keep', text: 'Keep the record', hint: { text: 'It comes up for review again on the date below (a year from today if none).' }, checked: decision === 'keep' },
        { value: 'anonymise', text: 'Anonymise the record', hint: { text: 'Names, identifiers, aliases, postcodes and free text go; the date of birth keeps its year; the events stay for the figures.' }, checked: decision === 'anonymise' },
        { value: 'erase', text: 'Erase the record', hint: { text: 'Every row about the person is deleted. This cannot be undone.' }, checked: decision === 'erase' },
      ],
    });
  }

  app.get('/admin/retention', { config: { access } }, async (req, reply) => {
    const q = req.query as { done?: string; ref?: string };
    const done = q.done ? DONE[q.done] : undefined;
    return page(req, reply, {}, NO_ERRORS, done?.(q.ref ?? 'The record'));
  });

  app.post<{ Body: Body }>('/admin/retention/decisions', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    const personRef = (b.personRef ?? '').trim();
    try {
      await app.services.retention.decide(req.actor!, { personRef, decision: b.decision ?? '', reason: b.reason ?? '', reviewAfter: b.reviewAfter || undefined });
    } catch (e) {
      const form = formErrorsOf(e, 'personRef');
      if (!form) throw e;
      return page(req, reply, b, form);
    }
    return reply.redirect(`/admin/retention?done=${encodeURIComponent(b.decision ?? '')}&ref=${encodeURIComponent(personRef)}`, 303);
  });

  app.post<{ Body: Body }>('/admin/retention/period', { config: { access } }, async (req, reply) => {
    try {
      await app.services.retention.setPeriod(req.actor!, { years: req.body?.years ?? '' });
    } catch (e) {
      const form = formErrorsOf(e, 'years');
      if (!form) throw e;
      return page(req, reply, req.body ?? {}, form);
    }
    return reply.redirect('/admin/retention?done=period', 303);
  });
}
