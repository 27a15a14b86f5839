// A restricted person is shown to the users named on them and to no one else
// (SPEC 3.8, issue 14), and a board member sees no person at all. The test
// crawls every GET route of the web app and the API, with the fixture's ids and
// codes in place of the parameters (and the restricted person's own id where a
// route takes a person), as users of several roles and agencies who are not
// named on the person, and looks for the person's name, reference and PNC ID in
// every answer: HTML, CSV and JSON alike. Routes a user is refused are crawled
// too: a refusal must not name the person either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { accessFixture, defaultAddress, send, AS_OF, RESTRICTED, type AccessFixture, type Who } from '../../support/access-fixture.js';

let t: TestDatabase;
let x: AccessFixture;

beforeAll(async () => {
  t = await testDatabase();
  x = await accessFixture(t);
}, 60_000);
afterAll(async () => {
  await x?.close();
  await t?.close();
});

/** What identifies the restricted person. */
const MARKS = [RESTRICTED.family, RESTRICTED.given, RESTRICTED.ref, RESTRICTED.pnc];

/** Addresses beyond one per route: the restricted person's own, searches for them, exports, other dates. */
function extraAddresses(x: AccessFixture): Record<string, string[]> {
  const searches = [RESTRICTED.family, RESTRICTED.ref, RESTRICTED.pnc].map(encodeURIComponent);
  return {
    'GET /people': searches.map((q) => `/people?q=${q}`),
    'GET /api/v1/people': searches.map((q) => `/api/v1/people?q=${q}`),
    'GET /people/:id': [`/people/${x.restrictedId}`, `/people/${x.restrictedId}?kind=arrest&kind=outcome`],
    'GET /api/v1/people/:id': [`/api/v1/people/${x.restrictedId}`],
    'GET /api/v1/people/:id/risk-assessments': [`/api/v1/people/${x.restrictedId}/risk-assessments`],
    'GET /api/v1/people/:id/mappa-referrals': [`/api/v1/people/${x.restrictedId}/mappa-referrals`],
    // issue 18: the timeline's pages and filters, of the restricted person
    'GET /api/v1/people/:id/timeline': [`/api/v1/people/${x.restrictedId}/timeline`, `/api/v1/people/${x.restrictedId}/timeline?kind=arrest&limit=5`],
    'GET /schemes': [`/schemes?asOf=${AS_OF}`],
    // issue 16: the reports, the staff audience too (names only of people the reader may see).
    'GET /reports': ['/reports?kind=annual&scheme=PPO&year=2009/10&ceiling=0.16&audience=staff', '/reports?kind=quarterly&quarter=1&scheme=PPO&year=2010/11&ceiling=0.16&audience=staff'],
    'GET /reports/download': ['/reports/download?kind=annual&scheme=PPO&year=2009/10&ceiling=0.16&audience=staff&format=html'],
    'GET /api/v1/reports/:kind': ['/api/v1/reports/annual?scheme=PPO&year=2009/10&ceiling=0.16&audience=staff'],
    'GET /schemes/:code': [`/schemes/PPO?asOf=${AS_OF}`, '/schemes/PPO?asOf=2010-06-25'],
    'GET /schemes/:code/panel': [`/schemes/PPO/panel?date=${AS_OF}`],
    'GET /schemes/:code/panel/minutes': [`/schemes/PPO/panel/minutes?date=${AS_OF}`, `/schemes/PPO/panel/minutes?date=${AS_OF}&format=csv`],
    'GET /selection/runs/:id': [`/selection/runs/${x.runIds[1]}`],
    'GET /selection/compare': [`/selection/compare?a=${x.runIds[0]}&b=${x.runIds[1]}`],
    'GET /performance/:code/:year': ['/performance/PPO/2010-11', '/performance/PPO/2009-10?cohortDate=2010-04-01'],
    'GET /data-quality': [`/data-quality?import=${x.importId}`],
    // issue 15: appointments
    'GET /api/v1/appointments/:id': [`/api/v1/appointments/${x.cases.restricted.appointmentId}`],
    // issue 15: the restricted person's case, and every caseload view (their case has the police and the drug service on its team).
    'GET /people/:id/case': [`/people/${x.restrictedId}/case`],
    'GET /api/v1/people/:personRef/case': [`/api/v1/people/${RESTRICTED.ref}/case`],
    'GET /caseload': ['/caseload?view=team', '/caseload?view=today', '/caseload?view=team&sort=person&order=desc'],
    'GET /api/v1/caseload': ['/api/v1/caseload?view=team', '/api/v1/caseload?view=today'],
    // issue 16: list exports (CSV, so that the crawl reads them; a restricted record leaves only with a justification)
    'GET /exports/:kind': [
      '/exports/scheme-members?format=csv&scheme=PPO',
      `/exports/pool?format=csv&scheme=PPO&run=${x.runIds[1]}`,
      `/exports/selection-run?format=csv&run=${x.runIds[1]}`,
      `/exports/panel-minutes?format=csv&scheme=PPO&date=${AS_OF}`,
      '/exports/caseload?format=csv&view=team',
      '/exports/alerts?format=csv',
    ],
    'GET /api/v1/exports/:kind': [`/api/v1/exports/selection-run?format=csv&run=${x.runIds[1]}`, '/api/v1/exports/caseload?format=csv&view=team'],
    // issue 16: the Premium Service and NI18 (aggregates only)
    'GET /api/v1/performance/premium-service': ['/api/v1/performance/premium-service?scheme=PPO&year=2010/11', '/api/v1/performance/premium-service?scheme=PPO&year=2009/10'],
    'GET /api/v1/performance/ni18': ['/api/v1/performance/ni18?month=2010-04', '/api/v1/performance/ni18?month=2010-04&scheme=PPO'],
    // issue 17: the API door onto schemes, selection runs, the review, the panel, performance and data quality
    'GET /api/v1/schemes': [`/api/v1/schemes?asOf=${AS_OF}`],
    'GET /api/v1/schemes/:code': [`/api/v1/schemes/PPO?asOf=${AS_OF}`, '/api/v1/schemes/PPO?asOf=2010-06-25'],
    'GET /api/v1/selection-runs/:id': [`/api/v1/selection-runs/${x.runIds[0]}`, `/api/v1/selection-runs/${x.runIds[1]}`],
    'GET /api/v1/selection-runs/:id/compare/:otherId': [`/api/v1/selection-runs/${x.runIds[0]}/compare/${x.runIds[1]}`],
    'GET /api/v1/schemes/:code/review': [`/api/v1/schemes/PPO/review?asOf=${AS_OF}`],
    'GET /api/v1/schemes/:code/panel': [`/api/v1/schemes/PPO/panel?date=${AS_OF}`],
    'GET /api/v1/performance/ni30': ['/api/v1/performance/ni30?scheme=PPO&year=2009/10&ceiling=0.16', '/api/v1/performance/ni30?scheme=PPO&year=2010/11&ceiling=0.16'],
    'GET /api/v1/performance/ni38': ['/api/v1/performance/ni38?year=2009/10', '/api/v1/performance/ni38?from=2010-01-01&to=2010-12-31'],
    'GET /api/v1/performance/reoffending': ['/api/v1/performance/reoffending?from=2009-01-01&to=2010-06-30'],
    'GET /api/v1/performance/concentration': ['/api/v1/performance/concentration?from=2009-01-01&to=2010-06-30'],
    'GET /api/v1/performance/ogrs3': [`/api/v1/performance/ogrs3?scheme=PPO&asOf=${AS_OF}`],
    'GET /api/v1/imports/:kind/:id': [`/api/v1/imports/people/${x.importId}`],
    'GET /api/v1/data-quality': [`/api/v1/data-quality?import=${x.importId}`],
  };
}

/** Every GET address to crawl, with the route it belongs to. */
function crawlList(x: AccessFixture): { route: string; url: string }[] {
  const extra = extraAddresses(x);
  const out: { route: string; url: string }[] = [];
  for (const r of x.app.routeTable) {
    if (r.method !== 'GET' || r.url.startsWith('/assets/') || r.url.startsWith('/sign-in/oidc')) continue;
    const route = `${r.method} ${r.url}`;
    let url: string;
    try {
      url = defaultAddress(r.url, x);
    } catch (e) {
      // A route the crawl cannot address would go unchecked: it needs an address in extraAddresses.
      if (!extra[route]?.length) throw new Error(`${route}: the leak crawl has no address for it (${(e as Error).message}); add one to extraAddresses`);
      url = '';
    }
    for (const u of [url, ...(extra[route] ?? [])].filter(Boolean)) out.push({ route, url: u });
  }
  return out;
}

/** GETs every address as this user (sessions on pages, a read token on the API); the answers, by address. */
async function crawl(who: Who): Promise<{ route: string; url: string; status: number; body: string }[]> {
  const session = await x.session(who);
  const bearer = await x.token(who, 'read');
  const list = crawlList(x);
  const out: { route: string; url: string; status: number; body: string }[] = [];
  for (let i = 0; i < list.length; i += 6) {
    const batch = await Promise.all(
      list.slice(i, i + 6).map(async (c) => {
        const api = c.url.startsWith('/api/');
        const res = await send(x.app, { method: 'GET', url: c.url, ...(api ? { bearer } : { session }) });
        return { ...c, status: res.statusCode, body: res.body };
      }),
    );
    out.push(...batch);
  }
  return out;
}

/**
 * The marks each answer shows. A search echoes its own query, and an API error
 * names its own address (problem details' instance), so a mark the request
 * itself carried is not looked for in its answer (the others are).
 */
function leaks(answers: { route: string; url: string; status: number; body: string }[], marks: readonly string[]): string[] {
  const found: string[] = [];
  for (const a of answers) {
    const body = a.body.toLowerCase();
    const address = new URL(a.url, 'http://x');
    const q = address.searchParams.get('q')?.toLowerCase();
    const path = decodeURIComponent(address.pathname).toLowerCase().split('/');
    const seen = marks.filter((m) => m.toLowerCase() !== q && !path.includes(m.toLowerCase()) && body.includes(m.toLowerCase()));
    if (seen.length) found.push(`${a.route} (${a.url}, ${a.status}) shows ${seen.join(', ')}`);
  }
  return found;
}

describe('a restricted person', () => {
  it('is shown to the user named on them (so the crawl can see a leak)', async () => {
    const named: Who = { role: 'practitioner', agency: 'probation' };
    const session = await x.session(named);
    const view = await send(x.app, { method: 'POST', url: `/people/${x.restrictedId}/view`, session, form: { justification: 'Checking the leak test can see a name' } });
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain(RESTRICTED.family.toUpperCase());
    expect(view.body).toContain(RESTRICTED.pnc);
  });

  const viewers: [string, Who][] = [
    ['a housing practitioner', { role: 'practitioner', agency: 'housing' }],
    ['a local-authority analyst', { role: 'analyst', agency: 'local_authority' }],
    ['a police scheme manager not named on them', { role: 'scheme_manager', agency: 'police' }],
    ['an administrator not named on them', { role: 'administrator', agency: 'police' }],
  ];
  for (const [label, who] of viewers) {
    it(`is shown nowhere to ${label}: no page, list, export or API answer names them`, async () => {
      const answers = await crawl(who);
      // The crawl reached pages that list people, so an empty result means something.
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(5);
      const refused = await send(x.app, { method: 'POST', url: `/people/${x.restrictedId}/view`, session: await x.session(who), form: { justification: 'I would like to see this record' } });
      expect(refused.statusCode).toBe(404);
      const found = leaks([...answers, { route: 'POST /people/:id/view', url: `/people/${x.restrictedId}/view`, status: refused.statusCode, body: refused.body }], MARKS);
      expect(found).toEqual([]);
    }, 60_000);
  }
});

describe('a board member', () => {
  it('sees no person at all: no name and no reference on any page they may open', async () => {
    const people = await t.db.selectFrom('people').select(['family_name', 'person_ref']).where('partnership_id', '=', x.f.partnershipId).execute();
    const marks = [...new Set(people.flatMap((p) => [p.family_name, p.person_ref]))];
    const answers = await crawl({ role: 'board_member', agency: 'local_authority' });
    const allowed = answers.filter((a) => a.status !== 401 && a.status !== 403);
    // The performance pages at least.
    expect(allowed.filter((a) => a.route.startsWith('GET /performance')).length).toBeGreaterThan(1);
    expect(leaks(answers, marks)).toEqual([]);
  }, 60_000);
});
