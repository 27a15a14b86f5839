// People: search and the person page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { searchPeople, viewPerson, type PersonRecord } from '../../people/service.js';
import { JustificationRequiredError } from '../../access/permissions.js';

const TIMELINE_LIMIT = 500;

export function registerPeopleRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>('/people', { config: { access: 'person:search' } }, async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 100);
    const results = await searchPeople(app.deps.database.db, req.actor!, q);
    const rows = results.map((p) => [
      { html: `<a class="govuk-link" href="/people/${p.id}">${escape(p.familyName.toUpperCase())}, ${escape(p.givenNames)}</a>${p.restricted ? ' <strong class="moj-badge moj-badge--red">Restricted</strong>' : ''}` },
      { text: p.personRef },
      { text: p.pncId ?? 'None recorded' },
      { text: p.dateOfBirth },
    ]);
    return reply.render('people-search.njk', { title: q ? `People matching ${q}` : 'People', q, results, rows });
  });

  app.get<{ Params: { id: string } }>('/people/:id', { config: { access: 'person:view' } }, async (req, reply) => {
    return showPerson(app, req.actor!, req.params.id, undefined, reply);
  });

  app.post<{ Params: { id: string }; Body: { justification?: string } }>('/people/:id/view', { config: { access: 'person:view' } }, async (req, reply) => {
    const justification = (req.body?.justification ?? '').trim();
    if (justification.length < 10) {
      reply.code(400);
      return reply.render('justify.njk', {
        title: 'This record is restricted',
        personId: Number(req.params.id),
        fieldErrors: { justification: 'Give your reason in at least 10 characters' },
        errors: [{ text: 'Give your reason in at least 10 characters', href: '#justification' }],
      });
    }
    return showPerson(app, req.actor!, req.params.id, justification, reply);
  });
}

async function showPerson(app: FastifyInstance, actor: NonNullable<import('fastify').FastifyRequest['actor']>, idParam: string, justification: string | undefined, reply: FastifyReply) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) {
    reply.code(404);
    return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
  }
  let record: PersonRecord;
  try {
    record = await viewPerson(app.deps.database.db, actor, id, { justification, channel: 'web' });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      reply.code(403);
      return reply.render('justify.njk', { title: 'This record is restricted', personId: id, fieldErrors: {} });
    }
    throw e;
  }
  const p = record.person;
  const timelineItems = record.timeline.slice(0, TIMELINE_LIMIT).map((t) => ({
    label: { text: t.title },
    text: t.detail,
    datetime: { timestamp: t.date, type: 'date' },
  }));
  return reply.render('person.njk', {
    title: `${p.familyName.toUpperCase()}, ${p.givenNames}`,
    record,
    currentMemberships: record.memberships.filter((m) => m.endDate === null),
    identityRows: [
      ['Name', `${p.familyName.toUpperCase()}, ${p.givenNames}`],
      ['Date of birth', p.dateOfBirth],
      ['Sex', p.sex],
      ['Ethnicity', p.ethnicity ?? 'Not recorded'],
      ...(p.dateOfDeath ? [['Date of death', p.dateOfDeath]] : []),
    ].map(([k, v]) => ({ key: { text: k }, value: { text: v } })),
    identifierRows: record.identifiers.map((i) => ({ key: { text: identifierLabel(i.kind) }, value: { text: i.value } })),
    membershipRows: record.memberships.map((m) => [
      { text: m.schemeName },
      { text: m.tier ?? '–' },
      { text: m.startDate },
      { text: m.endDate ?? 'Current' },
      { text: m.endReason ?? '–' },
    ]),
    custodyRows: record.custody.map((c) => [
      { text: c.kind === 'remand' ? 'Remand' : 'Sentenced' },
      { text: c.receptionDate },
      { text: c.releaseDate ?? (c.expectedReleaseDate ? `Expected ${c.expectedReleaseDate}` : 'In custody') },
      { text: c.sentenceDays ? `${c.sentenceDays} days` : '–', format: 'numeric' },
    ]),
    addressRows: record.addresses.map((a) => [
      { text: a.areaName ?? `${a.areaCode} (outside the partnership)` },
      { text: a.postcode ?? '–' },
      { text: a.fromDate },
      { text: a.toDate ?? 'Current' },
    ]),
    timelineItems,
    timelineTruncated: record.timeline.length > TIMELINE_LIMIT,
  });
}

const IDENTIFIER_LABELS: Record<string, string> = {
  pnc: 'PNC ID',
  cro: 'CRO number',
  prison: 'Prison number',
  probation_crn: 'Probation case reference',
  drug_service: 'Drug service ID',
  local: 'Local ID',
};
const identifierLabel = (k: string) => IDENTIFIER_LABELS[k] ?? k;
