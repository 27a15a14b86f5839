// Issue 18: the person page opens on the newest 50 timeline entries, with
// "Show more" (a link carrying a cursor) and the kind filter, all without
// JavaScript; the API pages the same timeline (timelineNext on the record,
// GET /api/v1/people/{id}/timeline). Need-to-know decides which entries exist
// at all for a viewer, and every page read is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';

let t: TestDatabase;
let ta: TestApp;
let personId: number;
let restrictedId: number;
const s: Record<string, { jar: Record<string, string>; csrf: string }> = {};

/** 60 arrests and 60 convictions, one each a fortnight apart (an arrest and its conviction on the same day), and 5 intelligence reports. */
const ARRESTS = 60;
const OUTCOMES = 60;
const INTELLIGENCE = 5;
const day = (i: number) => new Date(Date.UTC(2005, 0, 3) + i * 14 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'probation', role: 'practitioner', agency: 'probation' },
  ]);
  const pid = ta.f.partnershipId;
  personId = await createPerson(t.db, ta.f, { ref: 'PAGE1', family: 'Paging', given: 'Pat' });
  restrictedId = await createPerson(t.db, ta.f, { ref: 'PAGE2', restricted: true });
  const base = { partnership_id: pid, person_id: personId };
  await t.db.insertInto('arrests').values(Array.from({ length: ARRESTS }, (_, i) => ({ ...base, arrest_date: day(i), offence_code: '10300', offence_code_raw: '10300', outcome: 'charged' as const }))).execute();
  await t.db
    .insertInto('outcomes')
    .values(Array.from({ length: OUTCOMES }, (_, i) => ({ ...base, offence_date: day(i), outcome_date: day(i), outcome: 'conviction' as const, offence_code: '10300', offence_code_raw: '10300' })))
    .execute();
  await t.db.insertInto('intelligence_reports').values(Array.from({ length: INTELLIGENCE }, (_, i) => ({ ...base, report_date: day(i * 10 + 1), grading: 'B2', topic: `Report ${i}` }))).execute();
  await t.db.insertInto('arrests').values({ partnership_id: pid, person_id: restrictedId, arrest_date: '2009-01-01', offence_code: '10300', offence_code_raw: '10300' }).execute();
  await t.db.insertInto('person_access').values({ person_id: restrictedId, user_id: ta.users.officer!.userId }).execute();
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (who: string, url: string, headers: Record<string, string> = {}) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(s[who]!.jar), ...headers } });
const titles = (html: string) => [...html.matchAll(/<h3 class="moj-timeline__title">([^<]*)<\/h3>/g)].map((m) => m[1]!);
const dates = (html: string) => [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
/** The "Show more" link's address, unescaped, or null. */
const moreHref = (html: string) => {
  const m = /<a class="govuk-link" href="([^"]+)" data-testid="timeline-more"/.exec(html);
  return m ? m[1]!.replace(/&amp;/g, '&').replace(/#timeline$/, '') : null;
};

describe('the person page timeline, a page at a time', () => {
  const total = ARRESTS + OUTCOMES + INTELLIGENCE;

  it('opens on the newest 50 entries and pages through the rest with "Show more" links, newest first, none twice', async () => {
    const seen: string[] = [];
    let url: string | null = `/people/${personId}`;
    const summaries: string[] = [];
    let pages = 0;
    while (url) {
      const res = await get('officer', url);
      expect(res.statusCode).toBe(200);
      const list = titles(res.body);
      expect(list.length).toBeLessThanOrEqual(50);
      summaries.push(/data-testid="timeline-summary">([^<]*)</.exec(res.body)![1]!);
      seen.push(...dates(res.body).map((d, i) => `${d} ${list[i]}`));
      url = moreHref(res.body);
      if (pages++ > 0) expect(res.body).toContain('data-testid="timeline-newest"');
    }
    expect(pages).toBe(3);
    expect(summaries).toEqual([`Entries 1 to 50 of ${total}, most recent first.`, `Entries 51 to 100 of ${total}, most recent first.`, `Entries 101 to ${total} of ${total}, most recent first.`]);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // Newest first across the pages; on one day the conviction before the arrest.
    const sorted = [...seen].sort((a, b) => (a.slice(0, 10) < b.slice(0, 10) ? 1 : a.slice(0, 10) > b.slice(0, 10) ? -1 : 0));
    expect(seen.map((x) => x.slice(0, 10))).toEqual(sorted.map((x) => x.slice(0, 10)));
    const lastDay = day(ARRESTS - 1);
    expect(seen.filter((x) => x.startsWith(lastDay)).map((x) => x.slice(11).split(':')[0])).toEqual(['Convicted', 'Arrested']);
  });

  it('keeps the kinds chosen on every page, and counts them against the whole', async () => {
    const first = await get('officer', `/people/${personId}?kind=arrest`);
    expect(new Set(titles(first.body).map((x) => x.split(':')[0]))).toEqual(new Set(['Arrested']));
    expect(first.body).toContain(`Entries 1 to 50 of ${ARRESTS} of ${total}, most recent first.`);
    expect(first.body).toMatch(/<input[^>]*name="kind"[^>]*value="arrest" checked>/);
    expect(first.body).toContain(`Arrests (${ARRESTS})`);
    const next = moreHref(first.body)!;
    expect(next).toContain('kind=arrest');
    const second = await get('officer', next);
    expect(titles(second.body)).toHaveLength(ARRESTS - 50);
    expect(new Set(titles(second.body).map((x) => x.split(':')[0]))).toEqual(new Set(['Arrested']));
    expect(moreHref(second.body)).toBeNull();
    // Two kinds at once, from the form's repeated field.
    const two = await get('officer', `/people/${personId}?kind=intelligence&kind=arrest`);
    expect(two.body).toContain(`of ${ARRESTS + INTELLIGENCE} of ${total}`);
  });

  it('refuses a cursor it did not give out, saying so', async () => {
    const res = await get('officer', `/people/${personId}?cursor=not-a-cursor`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The cursor is not one this list gave out');
  });

  it('leaves intelligence out of the pages and the counts for those who may not see it', async () => {
    const res = await get('probation', `/people/${personId}`);
    expect(res.body).toContain(`Entries 1 to 50 of ${ARRESTS + OUTCOMES},`);
    expect(res.body).not.toContain('Intelligence reports (');
    // Asking for intelligence by name finds nothing rather than revealing a count.
    const asked = await get('probation', `/people/${personId}?kind=intelligence`);
    expect(titles(asked.body)).toEqual([]);
    expect(asked.body).toContain(`No entries of the kinds chosen (${ARRESTS + OUTCOMES} entries in all).`);
  });

  it('logs every page read as a consultation of the person', async () => {
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).executeTakeFirstOrThrow();
    const first = await get('officer', `/people/${personId}`);
    await get('officer', moreHref(first.body)!);
    const after = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(2);
  });

  it('asks the reason again before another page of a restricted record, keeping the page asked for', async () => {
    const res = await get('officer', `/people/${restrictedId}?kind=arrest`);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('<input type="hidden" name="kind" value="arrest">');
    const shown = await ta.app.inject({
      method: 'POST',
      url: `/people/${restrictedId}/view`,
      headers: { cookie: cookieHeader(s.officer!.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(s.officer!.csrf)}&justification=${encodeURIComponent('Checking the arrest before the panel')}&kind=arrest`,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toMatch(/<input[^>]*name="kind"[^>]*value="arrest" checked>/);
    expect(titles(shown.body)).toEqual(['Arrested: Aggravated assault (summary) (10300)']);
  });
});

describe('the API pages the same timeline', () => {
  it('gives the record with its newest 50 entries, the counts by kind and the cursor of the rest', async () => {
    const res = await get('officer', `/api/v1/people/${personId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timeline).toHaveLength(50);
    expect(body.timelineCounts).toEqual({ arrest: ARRESTS, outcome: OUTCOMES, intelligence: INTELLIGENCE });
    expect(typeof body.timelineNext).toBe('string');
    expect(body.person.personRef).toBe('PAGE1');
    // The rest, a page at a time, from the timeline's own address.
    const all = [...body.timeline];
    let cursor: string | null = body.timelineNext;
    while (cursor) {
      const page = await get('officer', `/api/v1/people/${personId}/timeline?cursor=${encodeURIComponent(cursor)}&limit=40`);
      expect(page.statusCode).toBe(200);
      const p = page.json();
      expect(p.timeline.length).toBeLessThanOrEqual(40);
      all.push(...p.timeline);
      cursor = p.next;
    }
    expect(all).toHaveLength(ARRESTS + OUTCOMES + INTELLIGENCE);
    expect(all.map((e) => e.date)).toEqual([...all.map((e) => e.date)].sort().reverse());
    expect(all[0]).toEqual({ date: day(ARRESTS - 1), kind: 'outcome', title: 'Convicted: Aggravated assault (summary) (10300)', detail: `Committed ${day(ARRESTS - 1)}` });
  });

  it('filters by kind (repeated), and refuses an unknown kind, a bad cursor or limit naming the field', async () => {
    const page = (await get('officer', `/api/v1/people/${personId}/timeline?kind=intelligence&kind=arrest&limit=200`)).json();
    expect(page.timeline).toHaveLength(ARRESTS + INTELLIGENCE);
    expect(page.next).toBeNull();
    expect(new Set(page.timeline.map((e: { kind: string }) => e.kind))).toEqual(new Set(['intelligence', 'arrest']));
    expect((await get('officer', `/api/v1/people/${personId}/timeline?kind=nonsense`)).statusCode).toBe(400);
    const bad = await get('officer', `/api/v1/people/${personId}/timeline?cursor=xyz`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('cursor');
    expect((await get('officer', `/api/v1/people/${personId}/timeline?limit=500`)).statusCode).toBe(400);
  });

  it('holds to need-to-know: no intelligence, not even counted, for probation', async () => {
    const body = (await get('probation', `/api/v1/people/${personId}`)).json();
    expect(body.timelineCounts).toEqual({ arrest: ARRESTS, outcome: OUTCOMES });
    const asked = (await get('probation', `/api/v1/people/${personId}/timeline?kind=intelligence`)).json();
    expect(asked.timeline).toEqual([]);
    expect(asked.counts.intelligence).toBeUndefined();
  });

  it('gives the consent in force with its scope as a list of agency kinds', async () => {
    await t.db.insertInto('health_consents').values({ partnership_id: ta.f.partnershipId, person_id: personId, given_date: '2009-01-01', share_with_all: false, agency_kinds: ['police', 'housing'], recorded_by_label: 'test' }).execute();
    const body = (await get('officer', `/api/v1/people/${personId}`)).json();
    expect(body.consent.consent.scope).toEqual(['police', 'housing']);
    await t.db.deleteFrom('health_consents').where('person_id', '=', personId).execute();
  });

  it('needs the reason for a restricted record, and refuses those not named on it', async () => {
    expect((await get('officer', `/api/v1/people/${restrictedId}/timeline`)).statusCode).toBe(403);
    const ok = await get('officer', `/api/v1/people/${restrictedId}/timeline`, { 'x-justification': 'Checking the arrest before the panel' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().timeline).toHaveLength(1);
    // Not named: not found, as an id no one has, with the same problem.
    const hidden = await get('probation', `/api/v1/people/${restrictedId}/timeline`, { 'x-justification': 'Checking the arrest before the panel' });
    const missing = await get('probation', '/api/v1/people/999999/timeline', { 'x-justification': 'Checking the arrest before the panel' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual({ ...missing.json(), instance: hidden.json().instance });
  });
});
