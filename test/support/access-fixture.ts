// One partnership with something behind every route, and a user of every role
// in every agency kind, for the tests that walk every route (the authorisation
// matrix and the restricted-record leak crawl). Sessions are made directly in
// the sessions table (no password hashing per user), so forty users cost
// forty inserts; API tokens the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TestDatabase } from './db.js';
import { testApp, cookieHeader, type TestApp } from './app.js';
import { createPerson, type PartnershipFixture } from './fixtures.js';
import { addPerson, createScheme } from '../integration/selection/support.js';
import type { AgencyKind, Role } from '../../src/glossary.js';
import type { Actor } from '../../src/access/actor.js';
import type { ApiTokenScope } from '../../src/db/schema.js';
import { createSession } from '../../src/access/sessions.js';
import { createApiToken } from '../../src/access/api-tokens.js';
import { sha256 } from '../../src/access/tokens.js';
import { SESSION_COOKIE } from '../../src/web/session-cookie.js';
import { CSRF_COOKIE } from '../../src/web/csrf.js';
import { loadConfig, type Config } from '../../src/config.js';
import { csvLine } from '../../src/db/statements.js';
import { listenTestProvider, type TestProvider } from './oidc-provider.js';

export const ROLES: readonly Role[] = ['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator'];
export const AGENCY_KINDS: readonly AgencyKind[] = ['police', 'probation', 'prison', 'drug_service', 'youth_offending', 'local_authority', 'housing', 'voluntary'];

/** The fixture's "today" (partnerships.data_as_of): the pages and cards read their dates from it. */
export const AS_OF = '2010-06-30';
export const SCHEME = 'PPO';
/** The agency that leads the ordinary person's case (people.lead_agency_id). */
export const LEAD_AGENCY: AgencyKind = 'probation';

/** The restricted person: names and numbers that appear nowhere else, so a leak is a plain substring. */
export const RESTRICTED = { ref: 'RSTQ9001', family: 'Quorthwaite', given: 'Zebedina', pnc: '1999/0099917Q', dob: '1979-02-03' } as const;

export interface Who {
  role: Role;
  agency: AgencyKind;
}
export interface Session {
  jar: Record<string, string>;
  csrf: string;
  userId: number;
}

export interface AccessFixture {
  ta: TestApp;
  app: FastifyInstance;
  f: PartnershipFixture;
  /** An ordinary (unrestricted) person, member of the scheme, led by LEAD_AGENCY. */
  personId: number;
  personRef: string;
  restrictedId: number;
  /** The user named on the restricted person (person_access): a probation practitioner. */
  namedUsername: string;
  runIds: [number, number];
  importId: number;
  /** Two open possible duplicates: one to refuse a merge on, one to dismiss. */
  duplicateIds: { merge: number; dismiss: number };
  /** A user an administrator may change, disable and reset (never signed in). */
  targetUsername: string;
  /** A token an administrator may revoke. */
  tokenId: number;
  /** A live invitation link's token. */
  invitationToken: string;
  /** Case work (issue 15): the ordinary person's open case and the restricted person's, each with a missed appointment, its outreach action, an alert and a note. */
  cases: { person: CaseRows; restricted: CaseRows };
  usernameOf(who: Who): string;
  /** A session cookie and its CSRF token for the user of this role and agency (made once, then cached). */
  session(who: Who): Promise<Session>;
  /** A fresh session, for requests that end it. */
  freshSession(who: Who): Promise<Session>;
  /** A bearer token for the user of this role and agency. */
  token(who: Who, scope: ApiTokenScope): Promise<string>;
  close(): Promise<void>;
}

export interface CaseRows {
  caseId: number;
  appointmentId: number;
  actionId: number;
  alertId: number;
  noteId: number;
}

const usernameOf = (w: Who) => `${w.role.replace('_', '-')}-${w.agency.replace('_', '-')}`;

/** Builds the app (with single sign-on configured, so its routes exist) over the fixture partnership. */
export async function accessFixture(t: TestDatabase, configOverrides: Partial<Config> = {}): Promise<AccessFixture> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-access-'));
  const idp: TestProvider = await listenTestProvider();
  idp.start({ redirectUris: ['http://localhost/sign-in/oidc/callback'], identities: [] });
  const oidc = loadConfig({ WAYMARK_OIDC_ISSUER: idp.issuer, WAYMARK_OIDC_CLIENT_ID: idp.clientId, WAYMARK_OIDC_CLIENT_SECRET: idp.clientSecret }).oidc;
  const users = ROLES.flatMap((role) => AGENCY_KINDS.map((agency) => ({ username: usernameOf({ role, agency }), role, agency })));
  users.push({ username: 'target-user', role: 'practitioner', agency: 'police' });
  const ta = await testApp(t, users, { dataDir, oidc, ...configOverrides });
  const { app, f } = ta;
  const db = t.db;
  await db.updateTable('partnerships').set({ data_as_of: AS_OF }).where('id', '=', f.partnershipId).execute();

  // The scheme, an ordinary member and the restricted person (a member too, released this month).
  const scheme = await createScheme(db, f, SCHEME, 3);
  const personRef = 'ORD0001';
  const personId = await addPerson(db, f, {
    ref: personRef,
    offences: [['2010-05-01', '2010-05-20', '02800'], ['2010-03-01', '2010-03-20', '02800']],
    arrests: ['2010-05-01'],
    memberSince: { schemeId: scheme.id, start: '2009-06-01', tierId: scheme.tiers.high },
  });
  await db.updateTable('people').set({ lead_agency_id: f.agencies[LEAD_AGENCY] }).where('id', '=', personId).execute();
  await db.insertInto('person_identifiers').values({ partnership_id: f.partnershipId, person_id: personId, kind: 'pnc', value: '1988/0012345A' }).execute();

  const restrictedId = await addPerson(db, f, {
    ref: RESTRICTED.ref,
    dob: RESTRICTED.dob,
    offences: [['2010-06-01', '2010-06-10', '02800'], ['2010-04-01', '2010-04-20', '02800'], ['2010-02-11', '2010-02-10', '02800']],
    arrests: ['2010-06-01', '2010-04-01'],
    intelligence: ['2010-06-15'],
    positiveTests: ['2010-06-02'],
    custody: { reception: '2010-01-05', release: '2010-06-20', sentenceDays: 180 },
    memberSince: { schemeId: scheme.id, start: '2008-01-01', tierId: scheme.tiers.high },
  });
  // Restricted, with one named user (set with SQL until the person page and CLI can).
  await db.updateTable('people').set({ family_name: RESTRICTED.family, given_names: RESTRICTED.given, restricted: true }).where('id', '=', restrictedId).execute();
  await db.insertInto('person_identifiers').values({ partnership_id: f.partnershipId, person_id: restrictedId, kind: 'pnc', value: RESTRICTED.pnc }).execute();
  const namedUsername = usernameOf({ role: 'practitioner', agency: 'probation' });
  const named = await db.selectFrom('users').select('id').where('username', '=', namedUsername).executeTakeFirstOrThrow();
  await db.insertInto('person_access').values({ person_id: restrictedId, user_id: named.id }).execute();

  // Possible duplicates: the restricted person and a look-alike; two ordinary people.
  const lookAlike = await createPerson(db, f, { ref: 'LOOK0001', family: 'Lookalike', given: 'Zeb', dob: RESTRICTED.dob });
  const twinA = await createPerson(db, f, { ref: 'TWIN0001', family: 'Twinning', given: 'Ann' });
  const twinB = await createPerson(db, f, { ref: 'TWIN0002', family: 'Twinning', given: 'Ann' });
  const dups = await db
    .insertInto('possible_duplicates')
    .values([
      { partnership_id: f.partnershipId, person_id: restrictedId, other_person_id: lookAlike, reason: 'same date of birth and similar name' },
      { partnership_id: f.partnershipId, person_id: twinA, other_person_id: twinB, reason: 'same name and date of birth' },
    ])
    .returning('id')
    .execute();

  // A transfer notice from another partnership about its own restricted person of the same name.
  const other = await db.insertInto('partnerships').values({ code: `X${f.partnershipId}`, name: 'Elsewhere partnership' }).returning('id').executeTakeFirstOrThrow();
  const otherPerson = await db
    .insertInto('people')
    .values({ partnership_id: other.id, person_ref: 'RSTQ9002', family_name: RESTRICTED.family, given_names: RESTRICTED.given, date_of_birth: RESTRICTED.dob, sex: 'male', restricted: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('transfers')
    .values({
      partnership_id: other.id,
      person_id: otherPerson.id,
      scheme_id: null,
      to_area_code: f.areas[0]!.code,
      to_partnership_id: f.partnershipId,
      summary: JSON.stringify({ familyName: RESTRICTED.family, givenNames: RESTRICTED.given, dateOfBirth: RESTRICTED.dob, pncId: RESTRICTED.pnc, scheme: null }),
      note: null,
      status: 'sent',
      created_by: null,
      created_by_label: 'test',
    })
    .execute();

  // Cases: the ordinary person's led by LEAD_AGENCY, the restricted person's
  // by probation too, each with a drug worker and the police on the team.
  const cases = {
    person: await caseFor(db, f, personId, scheme.id, LEAD_AGENCY),
    restricted: await caseFor(db, f, restrictedId, scheme.id, 'probation', named.id),
  };

  // Two matrix versions and two stored runs (the compare pages), as the operator.
  const op = f.operator;
  const matrix = await app.services.selection.getMatrix(op, { schemeCode: SCHEME });
  await app.services.selection.createMatrixVersion(op, { schemeCode: SCHEME, config: matrix.config, note: 'first version' });
  await app.services.selection.createMatrixVersion(op, { schemeCode: SCHEME, config: matrix.config, note: 'second version' });
  const runA = await app.services.selection.runSelection(op, { schemeCode: SCHEME, asOf: AS_OF, results: false });
  const runB = await app.services.selection.runSelection(op, { schemeCode: SCHEME, asOf: '2010-05-31', results: false });

  // A panel decision about the restricted person (the minutes, as a page and as CSV).
  await app.services.panel.recordDecision(op, { schemeCode: SCHEME, meetingDate: AS_OF, personRef: RESTRICTED.ref, item: 'override', decision: 'override', action: 'none', reason: 'Kept on the scheme for now' });

  // A partial import whose rejected rows are the restricted person's (the error rows and the error file).
  const importId = await partialImportAbout(app, op);

  const target = await db.selectFrom('users').select('id').where('username', '=', 'target-user').executeTakeFirstOrThrow();
  const tokenRow = await createApiToken(db, target.id, 'to revoke');
  const tokenId = (await db.selectFrom('api_tokens').select('id').where('token_hash', '=', sha256(tokenRow)).executeTakeFirstOrThrow()).id;
  const adminActor: Actor = { userId: null, partnershipId: f.partnershipId, role: 'administrator', agencyKind: null, label: 'test' };
  const invited = await app.services.access.addUser(adminActor, { username: 'invited-user', displayName: 'Invited user', role: 'practitioner', agencyCode: 'POLICE', credential: 'invitation' });

  const sessions = new Map<string, Promise<Session>>();
  const tokens = new Map<string, Promise<string>>();
  const userIdOf = async (w: Who) => (await db.selectFrom('users').select('id').where('username', '=', usernameOf(w)).executeTakeFirstOrThrow()).id;
  const newSession = async (w: Who): Promise<Session> => {
    const userId = await userIdOf(w);
    const token = await createSession(db, userId, 8);
    const row = await db.selectFrom('sessions').select('csrf_token').where('id', '=', sha256(token)).executeTakeFirstOrThrow();
    return { jar: { [SESSION_COOKIE]: token }, csrf: row.csrf_token, userId };
  };

  return {
    ta,
    app,
    f,
    personId,
    personRef,
    restrictedId,
    namedUsername,
    runIds: [runA.runId!, runB.runId!],
    importId,
    duplicateIds: { merge: dups[0]!.id, dismiss: dups[1]!.id },
    targetUsername: 'target-user',
    tokenId,
    invitationToken: invited.invitationToken!,
    cases,
    usernameOf,
    session(w) {
      const key = usernameOf(w);
      if (!sessions.has(key)) sessions.set(key, newSession(w));
      return sessions.get(key)!;
    },
    freshSession: newSession,
    token(w, scope) {
      const key = `${usernameOf(w)}:${scope}`;
      if (!tokens.has(key)) tokens.set(key, userIdOf(w).then((id) => createApiToken(db, id, `matrix ${scope}`, { scope })));
      return tokens.get(key)!;
    },
    async close() {
      await app.close();
      await idp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An open case with a team, a missed appointment, its outreach action, an alert and a health note. */
async function caseFor(db: TestDatabase['db'], f: PartnershipFixture, personId: number, schemeId: number, lead: AgencyKind, caseManagerId: number | null = null): Promise<CaseRows> {
  const p = f.partnershipId;
  const c = await db
    .insertInto('cases')
    .values({ partnership_id: p, person_id: personId, scheme_id: schemeId, lead_agency_id: f.agencies[lead], case_manager_id: caseManagerId, opened_on: '2009-06-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_team')
    .values([
      { case_id: c.id, agency_id: f.agencies[lead], user_id: caseManagerId, role: 'lead', added_on: '2009-06-01' },
      { case_id: c.id, agency_id: f.agencies.drug_service, role: 'drug worker', added_on: '2009-06-01' },
      { case_id: c.id, agency_id: f.agencies.police, role: 'police officer', added_on: '2009-06-01' },
    ])
    .execute();
  const a = await db
    .insertInto('appointments')
    .values({ partnership_id: p, case_id: c.id, person_id: personId, appointment_date: '2010-06-21', purpose: 'Treatment review', agency_id: f.agencies.drug_service, status: 'missed', outcome_recorded_on: '2010-06-21', created_by_label: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const action = await db
    .insertInto('case_actions')
    .values({ partnership_id: p, case_id: c.id, person_id: personId, kind: 'assertive_outreach', description: 'Follow up the missed appointment', owner_agency_id: f.agencies.drug_service, due_date: '2010-06-23', appointment_id: a.id, created_by_label: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const alert = await db
    .insertInto('alerts')
    .values({ partnership_id: p, person_id: personId, case_id: c.id, kind: 'missed_appointment', raised_on: '2010-06-21', about_date: '2010-06-21', detail: 'Missed Treatment review', dedupe_key: `appointment:${a.id}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const note = await db
    .insertInto('case_notes')
    .values({ partnership_id: p, case_id: c.id, person_id: personId, note_date: '2010-06-22', body: 'Methadone script collected late', sensitivity: 'health', author_label: 'test', agency_id: f.agencies.drug_service })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId: c.id, appointmentId: a.id, actionId: action.id, alertId: alert.id, noteId: note.id };
}

/** A people import, partial, whose rows about the restricted person are all rejected. */
async function partialImportAbout(app: FastifyInstance, actor: Actor): Promise<number> {
  const file = app.services.imports.uploadPath('.csv');
  const header = ['person_ref', 'pnc_id', 'family_name', 'given_names', 'date_of_birth', 'sex', 'area_code'];
  // Each rejected value holds one of the person's marks: a name too long, a malformed PNC ID, a reference too long.
  const rows = [
    header,
    [RESTRICTED.ref, RESTRICTED.pnc, `${RESTRICTED.family} ${'x'.repeat(200)}`, RESTRICTED.given, RESTRICTED.dob, 'male', 'E06000001'],
    [RESTRICTED.ref, `${RESTRICTED.pnc}-not-a-pnc`, RESTRICTED.family, RESTRICTED.given, RESTRICTED.dob, 'male', 'E06000001'],
    [`${RESTRICTED.ref}${'9'.repeat(200)}`, RESTRICTED.pnc, RESTRICTED.family, RESTRICTED.given, '31/02/1979', 'male', 'E06000001'],
  ];
  fs.writeFileSync(file, rows.map((r) => csvLine(r)).join(''));
  const importId = await app.services.imports.startImport(actor, { kind: 'people', uploadedPath: file, fileName: 'people.csv', mode: 'partial', sessionId: null });
  for (let i = 0; i < 400; i++) {
    if (!(await app.services.imports.runningImport(actor, importId))) {
      const rec = await app.services.imports.getImport(actor, importId);
      if (rec.status !== 'running' && (await app.deps.database.db.selectFrom('import_errors').select('import_id').where('import_id', '=', importId).executeTakeFirst())) return importId;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the fixture's import ${importId} did not finish`);
}

const ID_BY_SEGMENT: Record<string, (x: AccessFixture) => number> = {
  people: (x) => x.personId,
  runs: (x) => x.runIds[0],
  imports: (x) => x.importId,
  duplicates: (x) => x.duplicateIds.merge,
  merges: () => 999999,
  tokens: (x) => x.tokenId,
  cases: (x) => x.cases.person.caseId,
  appointments: (x) => x.cases.person.appointmentId,
  actions: (x) => x.cases.person.actionId,
  alerts: (x) => x.cases.person.alertId,
  notes: (x) => x.cases.person.noteId,
};

/**
 * A route's pattern with the fixture's ids and codes: :code the scheme, :year
 * 2009-10, :username a throwaway user, :token a live invitation, :file init.js,
 * :id by the segment before it (people, runs, imports, duplicates, merges,
 * tokens; anything else 999999). Throws for a parameter it cannot fill.
 */
export function defaultAddress(pattern: string, x: AccessFixture, ids: Partial<Record<string, number>> = {}): string {
  const parts = pattern.split('/');
  return parts
    .map((p, i) => {
      const segment = parts[i - 1]!;
      if (p === ':id') return String(ids[segment] ?? (ID_BY_SEGMENT[segment] ?? (() => 999999))(x));
      if (p === ':code') return SCHEME;
      if (p === ':year') return '2009-10';
      if (p === ':username') return x.targetUsername;
      if (p === ':token') return x.invitationToken;
      if (p === ':file') return 'init.js';
      if (p === ':personRef' || p === ':ref') return x.personRef;
      if (p.startsWith(':') || p === '*') throw new Error(`${pattern}: no default for ${p}; give an address`);
      return p;
    })
    .join('/');
}

/** GET or POST (a form, with the session's CSRF token unless told otherwise) through the app. */
export function send(
  app: FastifyInstance,
  opts: { method: string; url: string; session?: Session; bearer?: string; form?: Record<string, string>; csrf?: string | null; headers?: Record<string, string> },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.session) headers.cookie = cookieHeader(opts.session.jar);
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  if (opts.method === 'GET' || opts.method === 'HEAD') return app.inject({ method: opts.method as 'GET', url: opts.url, headers });
  const form = { ...(opts.form ?? {}) };
  if (opts.url.startsWith('/api/')) {
    headers['content-type'] = 'application/json';
    return app.inject({ method: opts.method as 'POST', url: opts.url, headers, payload: JSON.stringify(form) });
  }
  let csrf = opts.csrf === undefined ? opts.session?.csrf : opts.csrf;
  if (csrf === undefined && !opts.session && !opts.bearer) {
    // Before sign-in a form carries the double-submit cookie and the same token.
    csrf = 'matrix-double-submit-token';
    headers.cookie = [headers.cookie, `${CSRF_COOKIE}=${csrf}`].filter(Boolean).join('; ');
  }
  if (csrf) form._csrf = csrf;
  headers['content-type'] = 'application/x-www-form-urlencoded';
  return app.inject({ method: opts.method as 'POST', url: opts.url, headers, payload: new URLSearchParams(form).toString() });
}
