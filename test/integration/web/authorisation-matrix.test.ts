// The authorisation matrix (SPEC 3.8, issue 14): every route of the web app and
// the JSON API, against every role (each in a different agency kind, the
// agencies rotating from route to route), and anonymous, through the real
// pipeline (sessions, CSRF, bearer tokens, the role gate and the services).
//
// HOW TO ADD A ROUTE: add one line to MATRIX below, keyed "METHOD /path/:pattern"
// exactly as the route is registered, saying who is allowed:
//   'public'     anyone, signed in or not;
//   'link'       anyone holding a valid secret link (the URL says it; a made-up one is refused);
//   'signed-in'  every signed-in user, whatever the role;
//   [roles]      only these roles (any agency kind), e.g. PEOPLE, MANAGERS, ADMIN below;
//   (who) => …   a rule on role AND agency kind, e.g. only(PEOPLE, ['police', 'drug_service']):
//                every agency kind is then tried for every role. (The ordinary person's
//                case is led by LEAD_AGENCY, probation, for rules about the case's lead.)
// A variant of a route (a query that changes who may use it, such as an export)
// is keyed with its query: "GET /schemes/:code/panel/minutes?format=csv".
// Optionally `url` (when the default params do not fit: query strings, a
// particular record), `form` (POST fields; give harmless input: a unique code, a
// made-up record, or a form the handler refuses with 400 after the gate), and
// `endsSession` (the request ends the session: it runs last, on a fresh one).
// Default params: :code the scheme, :year 2009-10, :username a throwaway user,
// :token a live invitation, :file init.js, and :id by the segment before it
// (people, runs, imports, duplicates, merges, tokens; anything else 999999,
// which may answer 404: allowed means anything but 401/403 and 5xx).
//
// Deny: 403 (or a redirect to /sign-in for anonymous on pages, 401 on the API).
// API routes are called with bearer tokens (read scope for GET, role scope
// otherwise; a read token must be refused on anything but GET).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { accessFixture, defaultAddress, send, AGENCY_KINDS, AS_OF, LEAD_AGENCY, ROLES, type AccessFixture, type Session, type Who } from '../../support/access-fixture.js';
import type { AgencyKind, Role } from '../../../src/glossary.js';

type Allowed = 'public' | 'link' | 'signed-in' | readonly Role[] | ((who: Who) => boolean);
interface Entry {
  allow: Allowed;
  url?: (x: AccessFixture) => string;
  form?: (x: AccessFixture, n: number) => Record<string, string>;
  endsSession?: true;
}

// Who holds which permission today (src/access/permissions.ts), by outcome.
const PEOPLE: readonly Role[] = ['practitioner', 'scheme_manager', 'analyst', 'administrator'];
const MANAGERS: readonly Role[] = ['scheme_manager', 'administrator'];
const SELECTORS: readonly Role[] = ['scheme_manager', 'analyst', 'administrator'];
const FIGURES: readonly Role[] = ['scheme_manager', 'analyst', 'board_member', 'administrator'];
const ANALYSTS: readonly Role[] = ['analyst', 'administrator'];
/** The gravity table (offences:edit). */
const GRADERS: readonly Role[] = ['scheme_manager', 'analyst', 'administrator'];
const ADMIN: readonly Role[] = ['administrator'];

/** These roles, in these agency kinds only. */
const only =
  (roles: readonly Role[], agencies: readonly AgencyKind[]) =>
  (who: Who): boolean =>
    roles.includes(who.role) && agencies.includes(who.agency);
/** Who may record or withdraw consent to share health detail (need-to-know.ts mayRecordConsent): the fixture's person is led by LEAD_AGENCY. */
const CONSENT = (who: Who): boolean =>
  who.role === 'administrator' || (['practitioner', 'scheme_manager'].includes(who.role) && (who.agency === 'drug_service' || who.agency === LEAD_AGENCY));

/** The disengagement pathway's route and outcome: the case's lead agency (LEAD_AGENCY), scheme managers and administrators. */
const CASE_LEAD = (who: Who): boolean => who.role === 'administrator' || who.role === 'scheme_manager' || (who.role === 'practitioner' && who.agency === LEAD_AGENCY);
/** Case work (issue 15), and changing the fixture's case: its team is probation (the lead), the drug service and the police. */
const CASE_WORK: readonly Role[] = ['practitioner', 'scheme_manager', 'administrator'];
const CASE_TEAM = (who: Who): boolean =>
  who.role === 'administrator' || who.role === 'scheme_manager' || (who.role === 'practitioner' && [LEAD_AGENCY, 'drug_service', 'police'].includes(who.agency));

const e = (allow: Allowed, opts: Omit<Entry, 'allow'> = {}): Entry => ({ allow, ...opts });

/** THE table: one line per route. */
const MATRIX: Record<string, Entry> = {
  // static assets and the public pages
  'GET /assets/application.css': e('public'),
  'GET /assets/govuk/*': e('public', { url: () => '/assets/govuk/manifest.json' }),
  'GET /assets/moj/*': e('public', { url: () => '/assets/moj/images/icon-alert-information.svg' }),
  'GET /assets/js/:file': e('public'),
  'GET /assets/waymark.svg': e('public'),
  'GET /health': e('public'),
  'GET /sign-in': e('public'),
  'POST /sign-in': e('public', { form: () => ({ username: '', password: '' }) }),
  'GET /sign-in/oidc': e('public'),
  'GET /sign-in/oidc/callback': e('public'),
  'GET /invitations/:token': e('link'),
  'POST /invitations/:token': e('link', { form: () => ({ password: 'one long password', confirm: 'another long password' }) }),
  // one's own account
  'GET /': e('signed-in'),
  'GET /account': e('signed-in'),
  'GET /account/second-factor': e('signed-in'),
  'POST /account/second-factor': e('signed-in', { form: () => ({ code: '' }) }),
  'GET /account/password': e('signed-in'),
  'POST /account/password': e('signed-in', { form: () => ({ current: 'wrong', password: 'one long password', confirm: 'another long password' }) }),
  'POST /sign-out': e('signed-in', { endsSession: true }),
  'POST /sign-out-everywhere': e('signed-in', { endsSession: true }),
  // people
  'GET /people': e(PEOPLE, { url: (x) => `/people?q=${x.personRef}` }),
  'GET /people/:id': e(PEOPLE),
  'POST /people/:id/view': e(PEOPLE, { form: () => ({ justification: 'Checking the authorisation matrix' }) }),
  'POST /people/:id/consent': e(CONSENT, { form: () => ({ scope: 'all', givenDate: AS_OF }) }),
  'POST /people/:id/consent/withdraw': e(CONSENT, { form: () => ({ date: AS_OF }) }),
  'PUT /api/v1/people/:id/consent': e(CONSENT, { form: () => ({ scope: 'all', givenDate: AS_OF }) }),
  'DELETE /api/v1/people/:id/consent': e(CONSENT, { url: (x) => `/api/v1/people/${x.personId}/consent?date=${AS_OF}` }),
  // restricted records (scheme managers and administrators); the forms name an
  // unknown user, which the service refuses after the gate, so nothing changes
  'POST /people/:id/restriction': e(MANAGERS, { form: () => ({ allow: 'no-such-user-anywhere' }) }),
  'POST /people/:id/restriction/lift': e(MANAGERS),
  'PUT /api/v1/people/:id/restriction': e(MANAGERS, { form: () => ({ restricted: true, allow: ['no-such-user-anywhere'] }) as unknown as Record<string, string> }),
  // information-sharing agreements (administrators); the forms are incomplete, refused after the gate
  'GET /admin/agreements': e(ADMIN),
  'POST /admin/agreements': e(ADMIN, { form: () => ({ title: '' }) }),
  'POST /admin/agreements/end': e(ADMIN, { form: () => ({ id: '999999', on: 'not a date' }) }),
  'GET /api/v1/agreements': e(ADMIN),
  'POST /api/v1/agreements': e(ADMIN, { form: () => ({ title: '' }) }),
  // retention review (administrators)
  'GET /admin/retention': e(ADMIN),
  'POST /admin/retention/decisions': e(ADMIN, { form: () => ({ personRef: 'NOBODY', decision: 'keep', reason: '' }) }),
  'POST /admin/retention/period': e(ADMIN, { form: () => ({ years: 'not a number' }) }),
  'GET /api/v1/retention/due': e(ADMIN),
  'POST /api/v1/retention/decisions': e(ADMIN, { form: () => ({ personRef: 'NOBODY', decision: 'keep', reason: '' }) }),
  // schemes
  'GET /schemes': e(PEOPLE),
  'POST /schemes': e(MANAGERS, { form: () => ({ code: 'MATRIX', name: '' }) }),
  'GET /schemes/:code': e(PEOPLE),
  'POST /schemes/:code/tiers': e(MANAGERS, { form: (_x, n) => ({ tierCode: `m${n}`, tierName: `Matrix tier ${n}`, tierRank: String(10 + n) }) }),
  'POST /schemes/:code/strands': e(MANAGERS, { form: (_x, n) => ({ strandCode: `m${n}`, strandName: `Matrix strand ${n}` }) }),
  'POST /schemes/:code/capacity': e(MANAGERS, { form: () => ({ capacity: '3' }) }),
  // selection and the matrix
  'GET /schemes/:code/selection': e(SELECTORS),
  'POST /schemes/:code/selection': e(SELECTORS, { form: () => ({ asOf: AS_OF, matrixVersion: '' }) }),
  'POST /schemes/:code/selection/compare-versions': e(SELECTORS, { form: () => ({ compareAsOf: AS_OF, versionA: '1', versionB: '2' }) }),
  'GET /selection/runs/:id': e(SELECTORS),
  'GET /selection/compare': e(SELECTORS, { url: (x) => `/selection/compare?a=${x.runIds[0]}&b=${x.runIds[1]}` }),
  'GET /schemes/:code/matrix': e(SELECTORS),
  'POST /schemes/:code/matrix': e(MANAGERS, { form: () => ({ note: 'authorisation matrix test' }) }),
  // the panel and transfers
  'GET /schemes/:code/panel': e(PEOPLE, { url: () => `/schemes/PPO/panel?date=${AS_OF}` }),
  'POST /schemes/:code/panel/decisions': e(MANAGERS, { form: () => ({ date: AS_OF, personRef: 'NOBODY', item: 'select', decision: 'accept', action: 'none', reason: 'matrix test' }) }),
  'POST /schemes/:code/panel/automatic-exits': e(MANAGERS, { form: () => ({ date: AS_OF }) }),
  'GET /schemes/:code/panel/minutes': e(PEOPLE, { url: () => `/schemes/PPO/panel/minutes?date=${AS_OF}` }),
  'GET /schemes/:code/panel/minutes?format=csv': e(['scheme_manager', 'analyst', 'administrator'], { url: () => `/schemes/PPO/panel/minutes?date=${AS_OF}&format=csv` }),
  'GET /transfers': e(MANAGERS),
  // performance
  'GET /performance': e(FIGURES),
  'GET /performance/:code/:year': e(FIGURES),
  'GET /performance/gravity': e(FIGURES),
  // A group that is not 3 digits: refused after the gate, so nothing changes.
  'POST /performance/gravity': e(GRADERS, { form: () => ({ groupCode: 'matrix', gravity: '1' }) }),
  'GET /performance/unit-costs': e(FIGURES),
  'POST /performance/unit-costs': e(ANALYSTS),
  // imports, data quality and duplicates
  'GET /imports': e(ADMIN),
  'GET /imports/formats': e(ADMIN),
  'POST /imports': e(ADMIN),
  'GET /imports/:id': e(ADMIN),
  'GET /imports/:id/progress': e(ADMIN),
  // The error file holds the uploaded rows as they came: only the administrator who
  // ran the import may download it (src/imports/records.ts). The fixture's import
  // was run by the CLI operator, so every web user is refused.
  'GET /imports/:id/errors.csv': e([]),
  'GET /data-quality': e(ANALYSTS),
  'GET /duplicates': e(ADMIN),
  'POST /duplicates/:id/merge': e(ADMIN, { form: () => ({ keep: '0', reason: 'matrix test: refused for want of a record to keep' }) }),
  'POST /duplicates/:id/not-duplicate': e(ADMIN, { url: (x) => `/duplicates/${x.duplicateIds.dismiss}/not-duplicate` }),
  'POST /merges/:id/unmerge': e(ADMIN, { form: () => ({ reason: 'matrix test: no such merge' }) }),
  // administration
  'GET /admin': e(ADMIN),
  'GET /admin/users': e(ADMIN),
  'GET /admin/users/new': e(ADMIN),
  'POST /admin/users': e(ADMIN, { form: (_x, n) => ({ username: `matrix-new-${n}`, displayName: 'Matrix new', role: 'practitioner', agency: 'POLICE', credential: 'invitation' }) }),
  'GET /admin/users/:username': e(ADMIN),
  'POST /admin/users/:username/role': e(ADMIN, { form: () => ({ role: 'practitioner', agency: 'POLICE' }) }),
  'POST /admin/users/:username/disable': e(ADMIN),
  'POST /admin/users/:username/second-factor': e(ADMIN),
  'POST /admin/users/:username/password': e(ADMIN, { form: () => ({ credential: 'invitation' }) }),
  'GET /admin/agencies': e(ADMIN),
  'POST /admin/agencies': e(ADMIN, { form: (_x, n) => ({ code: `MATRIX${n}`, name: `Matrix agency ${n}`, kind: 'housing' }) }),
  'GET /admin/areas': e(ADMIN),
  'POST /admin/areas': e(ADMIN, { form: (_x, n) => ({ code: `M0000${n}`, name: `Matrix area ${n}` }) }),
  'GET /admin/tokens': e(ADMIN),
  'POST /admin/tokens': e(ADMIN, { form: (x, n) => ({ user: x.namedUsername, name: `matrix ${n}`, scope: 'read' }) }),
  'POST /admin/tokens/:id/revoke': e(ADMIN),
  // the JSON API
  'GET /api/v1/openapi.json': e('signed-in'),
  'GET /api/v1/people': e(PEOPLE, { url: (x) => `/api/v1/people?q=${x.personRef}` }),
  'GET /api/v1/people/:id': e(PEOPLE),
  // issue 15: appointments, outreach, disengagement and release planning (case work:
  // practitioners, scheme managers, administrators). The forms are refused after the
  // gate: a bad date, an outcome already recorded, no pathway in progress, no custody,
  // an action that is not a release task. The pathway's route and outcome are the
  // lead's (or a scheme manager's or administrator's); by id on the API the fixture has
  // no pathway, so every case worker reaches the service's 404.
  'POST /people/:id/case/appointments': e(CASE_TEAM, { form: () => ({ date: AS_OF, purpose: 'matrix test' }) }),
  'POST /appointments/:id/outcome': e(CASE_TEAM, { form: () => ({ status: 'attended' }) }),
  'POST /people/:id/case/disengagement/route': e(CASE_LEAD, { form: () => ({ route: 'enforcement' }) }),
  'POST /people/:id/case/disengagement/outcome': e(CASE_LEAD, { form: () => ({ outcome: 'matrix test' }) }),
  'POST /people/:id/case/release-plan': e(CASE_TEAM),
  'POST /actions/:id/release-task': e(CASE_TEAM, { form: () => ({ toldWhom: 'matrix test' }) }),
  'POST /api/v1/people/:personRef/appointments': e(CASE_TEAM, { form: () => ({ date: AS_OF, purpose: 'matrix test' }) }),
  // A read, as the case's own GET (which lists its appointments) is.
  'GET /api/v1/appointments/:id': e(PEOPLE),
  'POST /api/v1/appointments/:id/outcome': e(CASE_TEAM, { form: () => ({ status: 'attended' }) }),
  'POST /api/v1/disengagements/:id/route': e(CASE_WORK, { form: () => ({ route: 'enforcement' }) }),
  'POST /api/v1/disengagements/:id/outcome': e(CASE_WORK, { form: () => ({ outcome: 'matrix test' }) }),
  'POST /api/v1/people/:personRef/release-plan': e(CASE_TEAM),
  'POST /api/v1/actions/:id/release-task': e(CASE_TEAM, { form: () => ({ toldWhom: 'matrix test' }) }),
  'GET /api/v1/settings/outreach-days': e(CASE_WORK),
  'PUT /api/v1/settings/outreach-days': e(ADMIN, { form: () => ({ days: 2 }) as unknown as Record<string, string> }),
  // issue 15: risk assessments and MAPPA referrals (permission risk:record to record; person:view to list)
  'POST /people/:id/risk-assessments': e(['practitioner', 'scheme_manager', 'administrator'], { form: () => ({ date: AS_OF, riskOfSeriousHarm: 'low' }) }),
  'POST /people/:id/mappa-referrals': e(['practitioner', 'scheme_manager', 'administrator'], { form: () => ({ date: AS_OF }) }),
  'GET /api/v1/people/:id/risk-assessments': e(PEOPLE),
  'POST /api/v1/people/:id/risk-assessments': e(['practitioner', 'scheme_manager', 'administrator'], { form: () => ({ date: AS_OF, riskOfSeriousHarm: 'low' }) }),
  'GET /api/v1/people/:id/mappa-referrals': e(PEOPLE),
  'POST /api/v1/people/:id/mappa-referrals': e(['practitioner', 'scheme_manager', 'administrator'], { form: () => ({ date: AS_OF }) }),
  // issue 15: DRR (figures only; the target set by scheme managers and administrators)
  'GET /drr': e(FIGURES, { url: () => '/drr?year=2009/10' }),
  'POST /drr/target': e(MANAGERS, { form: () => ({ year: '2009/10', starts: 'not a number' }) }),
  'GET /api/v1/performance/drr': e(FIGURES, { url: () => '/api/v1/performance/drr?year=2009/10' }),
  'PUT /api/v1/performance/drr/target': e(MANAGERS, { form: () => ({ year: '2009/11', starts: '1' }) }),
  // issue 15: cases, caseloads, team, assessments, plan, notes. Case work is for
  // practitioners, scheme managers and administrators; a change to a case only for
  // the agencies on its team (the fixture's: probation leads, drug service, police),
  // scheme managers and administrators. The forms are refused after that gate.
  'GET /caseload': e(CASE_WORK, { url: () => '/caseload?view=team&sort=person' }),
  'GET /people/:id/case': e(PEOPLE),
  'POST /people/:id/case/view': e(PEOPLE, { form: () => ({ justification: 'Checking the authorisation matrix' }) }),
  'POST /people/:id/case': e(CASE_WORK, { form: () => ({ scheme: 'PPO', leadAgency: 'PROBATION' }) }),
  'POST /people/:id/case/lead': e(CASE_TEAM, { form: () => ({ leadAgency: '' }) }),
  'POST /people/:id/case/team': e(CASE_TEAM, { form: () => ({ agency: '' }) }),
  'POST /people/:id/case/team/remove': e(CASE_TEAM, { form: () => ({ agency: '' }) }),
  'POST /people/:id/case/assessments': e(CASE_TEAM, { form: () => ({ kind: 'neither' }) }),
  'POST /people/:id/case/actions': e(CASE_TEAM, { form: () => ({ pathway: '' }) }),
  'POST /actions/:id/outcome': e(CASE_TEAM, { form: () => ({ status: 'neither' }) }),
  'POST /people/:id/case/notes': e(CASE_TEAM, { form: () => ({ body: '' }) }),
  'GET /api/v1/caseload': e(CASE_WORK, { url: () => '/api/v1/caseload?view=today' }),
  'GET /api/v1/people/:personRef/case': e(PEOPLE),
  'POST /api/v1/people/:personRef/case': e(CASE_WORK, { form: () => ({ scheme: 'PPO', leadAgency: 'PROBATION' }) }),
  'POST /api/v1/people/:personRef/case/lead': e(CASE_TEAM, { form: () => ({ leadAgency: 'NO-SUCH-AGENCY' }) }),
  'POST /api/v1/people/:personRef/case/team': e(CASE_TEAM, { form: () => ({ agency: 'NO-SUCH-AGENCY', role: 'matrix' }) }),
  'POST /api/v1/people/:personRef/actions': e(CASE_TEAM, { form: () => ({ pathway: 'accommodation', description: '', ownerAgency: 'PROBATION', dueDate: AS_OF }) }),
  'POST /api/v1/actions/:id/outcome': e(CASE_TEAM, { form: () => ({ status: 'done', outcome: '' }) }),
  'POST /api/v1/people/:personRef/notes': e(CASE_TEAM, { form: () => ({ body: '' }) }),
  'POST /api/v1/people/:personRef/assessments': e(CASE_TEAM, { form: () => ({ kind: 'initial', ratings: {} }) as unknown as Record<string, string> }),
  // issue 15: alerts and watch lists (case:work; an alert is acknowledged by the agencies on its case: the fixture's is led by probation, with the drug service and the police on the team)
  'GET /alerts': e(['practitioner', 'scheme_manager', 'administrator']),
  'POST /alerts/:id/acknowledge': e(only(['practitioner', 'scheme_manager', 'administrator'], [LEAD_AGENCY, 'drug_service', 'police']), { form: () => ({ version: '' }) }),
  'GET /watch-lists': e(['practitioner', 'scheme_manager', 'administrator']),
  'POST /watch-lists': e(['practitioner', 'scheme_manager', 'administrator'], { form: (_x, n) => ({ name: `matrix ${n}`, query: 'released_recently' }) }),
  'GET /watch-lists/:id': e(['practitioner', 'scheme_manager', 'administrator']),
  'GET /watch-lists/:id?format=csv': e(['practitioner', 'scheme_manager', 'administrator'], { url: () => '/watch-lists/999999?format=csv' }),
  'POST /watch-lists/:id/delete': e(['practitioner', 'scheme_manager', 'administrator']),
  'GET /api/v1/alerts': e(['practitioner', 'scheme_manager', 'administrator']),
  'POST /api/v1/alerts/:id/acknowledge': e(only(['practitioner', 'scheme_manager', 'administrator'], [LEAD_AGENCY, 'drug_service', 'police'])),
  'GET /api/v1/watch-lists': e(['practitioner', 'scheme_manager', 'administrator']),
  'POST /api/v1/watch-lists': e(['practitioner', 'scheme_manager', 'administrator'], { form: (_x, n) => ({ name: `matrix api ${n}`, query: 'released_recently' }) }),
  'GET /api/v1/watch-lists/:id/results': e(['practitioner', 'scheme_manager', 'administrator']),
  'DELETE /api/v1/watch-lists/:id': e(['practitioner', 'scheme_manager', 'administrator']),
  // issue 16/17/18: list exports (src/exports/): a list of people needs export:run (case-work lists: case:work), a table of
  // figures performance:view (board members too), an import kind register:export; the route admits the signed-in, the service refuses
  'GET /exports/:kind': e('signed-in', { url: () => '/exports/nonsense?format=csv' }),
  'GET /exports/:kind?kind=scheme-members': e(SELECTORS, { url: () => '/exports/scheme-members?format=csv&scheme=PPO' }),
  'GET /exports/:kind?kind=pool&format=xlsx': e(SELECTORS, { url: () => '/exports/pool?format=xlsx&scheme=PPO' }),
  'GET /exports/:kind?kind=panel-minutes': e(SELECTORS, { url: () => `/exports/panel-minutes?format=csv&scheme=PPO&date=${AS_OF}` }),
  'GET /exports/:kind?kind=caseload': e(CASE_WORK, { url: () => '/exports/caseload?format=xlsx' }),
  'GET /exports/:kind?kind=drr': e(FIGURES, { url: () => '/exports/drr?format=csv' }),
  'GET /exports/:kind?kind=people': e(ADMIN, { url: () => '/exports/people?format=csv' }),
  'GET /api/v1/exports': e('signed-in'),
  'GET /api/v1/exports/:kind': e('signed-in', { url: () => '/api/v1/exports/nonsense?format=csv' }),
  'GET /api/v1/exports/:kind?kind=scheme-members': e(SELECTORS, { url: () => '/api/v1/exports/scheme-members?format=xlsx&scheme=PPO' }),
  'GET /api/v1/exports/:kind?kind=alerts': e(CASE_WORK, { url: () => '/api/v1/exports/alerts?format=csv' }),
  // Board members export the figures too, suppressed as their page shows them (performance/disclosed.ts).
  'GET /api/v1/exports/:kind?kind=ni30': e(FIGURES, { url: () => '/api/v1/exports/ni30?format=csv&scheme=PPO&year=2009/10&ceiling=0.16' }),
  'GET /api/v1/exports/:kind?kind=outcomes': e(ADMIN, { url: () => '/api/v1/exports/outcomes?format=xlsx' }),
  // issue 16/17/18: Premium Service and NI18 (aggregate figures: performance:view)
  'GET /api/v1/performance/premium-service': e(SELECTORS, { url: () => '/api/v1/performance/premium-service?scheme=PPO&year=2009/10' }),
  'GET /api/v1/performance/ni18': e(SELECTORS, { url: () => '/api/v1/performance/ni18?month=2009-06' }),
  // issue 16/17/18: beyond one machine (an import's status from any node)
  // issue 16/17/18: the partnership reports (performance:view, as the dashboard; the staff audience needs performance:names; targets set by scheme:manage)
  'GET /reports': e(FIGURES, { url: () => '/reports' }),
  'GET /reports/download': e(FIGURES, { url: () => '/reports/download?kind=annual&scheme=PPO&year=2009/10&ceiling=0.16&format=html' }),
  'POST /reports/target': e(MANAGERS, { form: () => ({ scheme: 'PPO', year: '2009/10', ceiling: 'not a fraction' }) }),
  'GET /api/v1/reports/:kind': e(FIGURES, { url: () => '/api/v1/reports/annual?scheme=PPO&year=2009/10&ceiling=0.16' }),
  'GET /api/v1/reports/targets': e(FIGURES, { url: () => '/api/v1/reports/targets?scheme=PPO&year=2009/10' }),
  'PUT /api/v1/reports/targets': e(MANAGERS, { form: () => ({ scheme: 'PPO', year: '2009/10', ceiling: '0.16' }) }),
  // issue 16/17/18: the API door onto schemes, selection, the panel, performance, imports and data quality
  // (the same permissions as the pages; the POST bodies are refused after the gate, so nothing changes)
  'GET /api/v1/schemes': e(PEOPLE),
  'GET /api/v1/schemes/:code': e(PEOPLE),
  'GET /api/v1/schemes/:code/selection-runs': e(SELECTORS),
  'POST /api/v1/schemes/:code/selection-runs': e(SELECTORS, { form: () => ({ asOf: 'not a date' }) }),
  'GET /api/v1/selection-runs/:id': e(SELECTORS, { url: (x) => `/api/v1/selection-runs/${x.runIds[0]}` }),
  'GET /api/v1/selection-runs/:id/compare/:otherId': e(SELECTORS, { url: (x) => `/api/v1/selection-runs/${x.runIds[0]}/compare/${x.runIds[1]}` }),
  'GET /api/v1/schemes/:code/review': e(PEOPLE, { url: () => `/api/v1/schemes/PPO/review?asOf=${AS_OF}` }),
  'GET /api/v1/schemes/:code/panel': e(PEOPLE, { url: () => `/api/v1/schemes/PPO/panel?date=${AS_OF}` }),
  'POST /api/v1/schemes/:code/panel/decisions': e(MANAGERS, {
    form: () => ({ date: AS_OF, personRef: 'NOBODY', items: ['proposal:select'], decision: 'accept', action: 'none', reason: 'matrix test' }) as unknown as Record<string, string>,
  }),
  'GET /api/v1/performance/ni30': e(SELECTORS, { url: () => '/api/v1/performance/ni30?scheme=PPO&year=2009/10&ceiling=0.16' }),
  'GET /api/v1/performance/ni38': e(SELECTORS, { url: () => '/api/v1/performance/ni38?year=2009/10' }),
  'GET /api/v1/performance/reoffending': e(SELECTORS, { url: () => '/api/v1/performance/reoffending?from=2009-01-01&to=2009-12-31' }),
  'GET /api/v1/performance/concentration': e(SELECTORS, { url: () => '/api/v1/performance/concentration?from=2009-01-01&to=2009-12-31' }),
  'GET /api/v1/performance/ogrs3': e(SELECTORS, { url: () => `/api/v1/performance/ogrs3?scheme=PPO&asOf=${AS_OF}` }),
  'POST /api/v1/imports/:kind': e(ADMIN, { url: () => '/api/v1/imports/people' }),
  'GET /api/v1/imports/:kind/:id': e(ADMIN, { url: (x) => `/api/v1/imports/people/${x.importId}` }),
  'GET /api/v1/data-quality': e(ANALYSTS),
  'GET /api/v1/duplicates': e(ADMIN),
  // issue 16/17/18: the person page's timeline, a page at a time (the web page's ?kind=&cursor= is GET /people/:id above)
  'GET /api/v1/people/:id/timeline': e(PEOPLE),
  // issue 17: administration and the remaining capabilities (the same permissions as the pages;
  // the edits are refused after the gate, or harmless: a unique code, the throwaway user, a made-up record)
  'GET /api/v1/users': e(ADMIN),
  'GET /api/v1/users/:username': e(ADMIN),
  'POST /api/v1/users': e(ADMIN, { form: (_x, n) => ({ username: `matrix-api-${n}`, displayName: 'Matrix API', role: 'practitioner', agency: 'POLICE' }) }),
  'PATCH /api/v1/users/:username': e(ADMIN, { form: () => ({ role: 'practitioner', agency: 'POLICE' }) }),
  'POST /api/v1/users/:username/password-reset': e(ADMIN, { form: () => ({ credential: 'invitation' }) }),
  'POST /api/v1/users/:username/second-factor-reset': e(ADMIN),
  'GET /api/v1/agencies': e(ADMIN),
  'POST /api/v1/agencies': e(ADMIN, { form: (_x, n) => ({ code: `MATRIXAPI${n}`, name: `Matrix API agency ${n}`, kind: 'housing' }) }),
  'GET /api/v1/areas': e(ADMIN),
  'POST /api/v1/areas': e(ADMIN, { form: (_x, n) => ({ code: `MAPI${n}`, name: `Matrix API area ${n}` }) }),
  'GET /api/v1/tokens': e(ADMIN),
  'POST /api/v1/tokens': e(ADMIN, { form: (x, n) => ({ username: x.namedUsername, name: `matrix api ${n}`, scope: 'read' }) }),
  'DELETE /api/v1/tokens/:id': e(ADMIN),
  'GET /api/v1/schemes/:code/matrix': e(SELECTORS),
  'PUT /api/v1/schemes/:code/matrix': e(MANAGERS, { form: () => ({ config: { noSuchSetting: 1 } }) as unknown as Record<string, string> }),
  'POST /api/v1/schemes': e(MANAGERS, { form: () => ({ code: 'MATRIX', name: ' ' }) }),
  'PATCH /api/v1/schemes/:code': e(MANAGERS, { form: () => ({ capacity: 0 }) as unknown as Record<string, string> }),
  'POST /api/v1/schemes/:code/tiers': e(MANAGERS, { form: () => ({ code: 'matrix', name: 'Matrix', rank: 0 }) as unknown as Record<string, string> }),
  'POST /api/v1/schemes/:code/strands': e(MANAGERS, { form: () => ({ code: 'matrix', name: ' ' }) }),
  'POST /api/v1/duplicates/:id/merge': e(ADMIN, { form: () => ({ keepPersonId: 0, reason: 'matrix test: refused for want of a record to keep' }) as unknown as Record<string, string> }),
  'POST /api/v1/duplicates/:id/not-duplicate': e(ADMIN, { url: (x) => `/api/v1/duplicates/${x.duplicateIds.dismiss}/not-duplicate` }),
  'POST /api/v1/merges/:id/unmerge': e(ADMIN, { form: () => ({ reason: 'matrix test: no such merge' }) }),
  'GET /api/v1/schemes/:code/panel/minutes': e(PEOPLE, { url: () => `/api/v1/schemes/PPO/panel/minutes?date=${AS_OF}` }),
  'POST /api/v1/schemes/:code/panel/automatic-exits': e(MANAGERS, { form: () => ({ date: AS_OF }) }),
  'GET /api/v1/offences/gravity': e(FIGURES),
  'PUT /api/v1/offences/gravity/:group': e(GRADERS, { url: () => '/api/v1/offences/gravity/matrix', form: () => ({ gravity: 1 }) as unknown as Record<string, string> }),
  'GET /api/v1/performance/unit-costs': e(FIGURES),
  'PUT /api/v1/performance/unit-costs': e(ANALYSTS, { form: () => ({ costs: [{ category: 'matrix', pounds: -1 }] }) as unknown as Record<string, string> }),
  'GET /api/v1/performance/cohort-lists': e(FIGURES),
  'POST /api/v1/performance/cohort-lists': e(MANAGERS, { form: () => ({ scheme: 'PPO', name: ' ' }) }),
  'GET /api/v1/transfers': e(MANAGERS),
  'GET /api/v1/audit': e(ADMIN, { url: (x) => `/api/v1/audit?person=${x.personRef}&limit=5` }),
};

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

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
/** The route a table key names (a variant's key without its query). */
const routeOf = (k: string) => k.split('?')[0]!;
const isApi = (url: string) => url.startsWith('/api/');

/** The address to request: the entry's own, or the pattern with the fixture's ids and codes. */
function address(pattern: string, entry: Entry): string {
  return entry.url ? entry.url(x) : defaultAddress(pattern, x);
}

function allows(entry: Entry, who: Who | null): boolean {
  const a = entry.allow;
  if (a === 'public' || a === 'link') return true;
  if (who === null) return false;
  if (a === 'signed-in') return true;
  if (typeof a === 'function') return a(who);
  return a.includes(who.role);
}

type Verdict = 'allow' | 'deny';
function verdict(res: LightMyRequestResponse, anonymous: boolean, api: boolean): Verdict {
  if (res.statusCode === 401 || res.statusCode === 403) return 'deny';
  if (anonymous && !api && res.statusCode >= 300 && res.statusCode < 400 && String(res.headers.location ?? '').startsWith('/sign-in')) return 'deny';
  return 'allow';
}

/** Whom to try on a route: every role (its agency kind rotating with the route), or every role in every agency kind. */
function people(entry: Entry, index: number): Who[] {
  if (typeof entry.allow === 'function') return ROLES.flatMap((role) => AGENCY_KINDS.map((agency) => ({ role, agency })));
  return ROLES.map((role, r) => ({ role, agency: AGENCY_KINDS[(index + r * 3) % AGENCY_KINDS.length]! }));
}

let counter = 0;

interface Case {
  route: string;
  method: string;
  url: string;
  who: Who | null;
  scope?: 'read' | 'role';
  expect: Verdict;
  entry: Entry;
}

async function attempt(c: Case): Promise<string | null> {
  const n = ++counter;
  const api = isApi(c.url);
  const form = c.method === 'GET' ? undefined : (c.entry.form?.(x, n) ?? {});
  let session: Session | undefined;
  let bearer: string | undefined;
  if (c.who && api) bearer = await x.token(c.who, c.scope ?? (c.method === 'GET' ? 'read' : 'role'));
  else if (c.who) session = c.entry.endsSession ? await x.freshSession(c.who) : await x.session(c.who);
  const res = await send(x.app, { method: c.method, url: c.url, session, bearer, form });
  const as = c.who ? `${c.who.role} (${c.who.agency})${c.scope ? ` with a ${c.scope} token` : ''}` : 'anonymous';
  const got = verdict(res, !c.who, api);
  if (res.statusCode >= 500) return `${c.route} as ${as}: ${res.statusCode} (the route failed) ${res.body.slice(0, 200)}`;
  if (res.statusCode === 403 && /The form had expired/.test(res.body)) return `${c.route} as ${as}: refused for its CSRF token: the test must send a valid one`;
  const answer = `${res.statusCode}${res.headers.location ? ` → ${res.headers.location}` : ''}`;
  if (got !== c.expect) return `${c.route} as ${as}: expected ${c.expect}, got ${answer}`;
  // A refusal has one shape: 401 for a stranger on the API, the sign-in page for a stranger
  // on a page (a made-up secret link: 403), and 403 for a signed-in user.
  if (got === 'deny') {
    const link = c.entry.allow === 'link';
    const want = !c.who ? (api ? 401 : link ? 403 : 303) : 403;
    if (res.statusCode !== want) return `${c.route} as ${as}: refused with ${answer}, not ${want}`;
  }
  return null;
}

async function inBatches(cases: Case[], size: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < cases.length; i += size) {
    const done = await Promise.all(cases.slice(i, i + size).map(attempt));
    problems.push(...done.filter((p): p is string => p !== null));
  }
  return problems;
}

describe('the authorisation matrix', () => {
  it('has one entry for every route, and every entry is a route', () => {
    const routes = new Set(x.app.routeTable.map(key));
    const missing = [...routes].filter((r) => !(r in MATRIX)).map((r) => `${r} has no entry: add it to MATRIX in test/integration/web/authorisation-matrix.test.ts, saying who may use it`);
    const stale = Object.keys(MATRIX).filter((k) => !routes.has(routeOf(k))).map((k) => `${k} is in MATRIX but is no route: remove the entry or fix its key`);
    expect([...missing, ...stale]).toEqual([]);
    // The single sign-on routes are there because the fixture configures a provider.
    expect(routes.has('GET /sign-in/oidc/callback')).toBe(true);
  });

  it('allows and refuses every role, and anonymous, as the table says', async () => {
    const cases: Case[] = [];
    const last: Case[] = [];
    const rows = x.app.routeTable.flatMap((r) => Object.keys(MATRIX).filter((k) => routeOf(k) === key(r)).map((k) => ({ ...r, route: k })));
    rows.forEach((r, index) => {
      const route = r.route;
      const entry = MATRIX[route]!;
      const query = route.includes('?') ? route.slice(route.indexOf('?')) : '';
      const url = entry.url ? entry.url(x) : address(r.url, entry) + query;
      const into = entry.endsSession ? last : cases;
      into.push({ route, method: r.method, url, who: null, expect: allows(entry, null) ? 'allow' : 'deny', entry });
      for (const who of people(entry, index)) {
        into.push({ route, method: r.method, url, who, expect: allows(entry, who) ? 'allow' : 'deny', entry });
        // A read-only token may only read.
        if (isApi(r.url) && r.method !== 'GET') into.push({ route, method: r.method, url, who, scope: 'read', expect: 'deny', entry });
      }
      // A made-up secret link is refused.
      if (entry.allow === 'link') into.push({ route, method: r.method, url: url.replace(x.invitationToken, 'made-up-link-token'), who: null, expect: 'deny', entry });
    });
    const problems = [...(await inBatches(cases, 6)), ...(await inBatches(last, 1))];
    expect(problems).toEqual([]);
  }, 120_000);
});
