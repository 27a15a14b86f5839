// A partnership for the appointment tests: "today" fixed at TODAY, a scheme,
// users of the agencies a case team has, and open cases made as rows (as the
// access fixture's caseFor does), one per test, so no test depends on another.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createScheme } from '../selection/support.js';
import type { TestDatabase } from '../../support/db.js';
import type { Actor } from '../../../src/access/actor.js';
import type { AgencyKind, Role } from '../../../src/glossary.js';
import { createApiToken } from '../../../src/access/api-tokens.js';

export const TODAY = '2010-06-30';

export const USERS = {
  drugworker: { role: 'practitioner', agency: 'drug_service' },
  probation: { role: 'practitioner', agency: 'probation' },
  officer: { role: 'practitioner', agency: 'police' },
  housing: { role: 'practitioner', agency: 'housing' },
  manager: { role: 'scheme_manager', agency: 'police' },
  analyst: { role: 'analyst', agency: 'probation' },
  admin: { role: 'administrator', agency: 'local_authority' },
} as const satisfies Record<string, { role: Role; agency: AgencyKind }>;
export type UserName = keyof typeof USERS;

export interface CaseWorld {
  ta: TestApp;
  app: FastifyInstance;
  db: TestDatabase['db'];
  partnershipId: number;
  agencies: Record<AgencyKind, number>;
  actor(who: UserName): Actor;
  /** A person with an open case led by `lead` (probation unless told), with a drug worker and the police on the team. */
  newCase(ref: string, opts?: { lead?: AgencyKind; custody?: { reception: string; expectedRelease: string | null } }): Promise<{ personId: number; caseId: number; ref: string }>;
  session(who: UserName): Promise<{ jar: Record<string, string>; csrf: string }>;
  token(who: UserName): Promise<string>;
  /** A JSON call with a bearer token. */
  api(who: UserName, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** A form post with the user's session and CSRF token. */
  form(who: UserName, url: string, fields: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function caseWorld(t: TestDatabase): Promise<CaseWorld> {
  const ta = await testApp(t, Object.entries(USERS).map(([username, u]) => ({ username, role: u.role, agency: u.agency })));
  const { f, app } = ta;
  const db = t.db;
  await db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(db, f, 'PPO', 10);
  const sessions = new Map<string, Promise<{ jar: Record<string, string>; csrf: string }>>();
  const tokens = new Map<string, Promise<string>>();
  const world: CaseWorld = {
    ta,
    app,
    db,
    partnershipId: f.partnershipId,
    agencies: f.agencies,
    actor: (who) => ({ userId: ta.users[who]!.userId, partnershipId: f.partnershipId, role: USERS[who].role, agencyKind: USERS[who].agency, agencyId: f.agencies[USERS[who].agency], label: who }),
    async newCase(ref, opts = {}) {
      const lead = opts.lead ?? 'probation';
      const personId = await createPerson(db, f, { ref });
      await db.updateTable('people').set({ lead_agency_id: f.agencies[lead] }).where('id', '=', personId).execute();
      const c = await db
        .insertInto('cases')
        .values({ partnership_id: f.partnershipId, person_id: personId, scheme_id: scheme.id, lead_agency_id: f.agencies[lead], opened_on: '2009-06-01' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('case_team')
        .values([
          { case_id: c.id, agency_id: f.agencies[lead], role: 'lead', added_on: '2009-06-01' },
          ...(lead === 'drug_service' ? [] : [{ case_id: c.id, agency_id: f.agencies.drug_service, role: 'drug worker', added_on: '2009-06-01' }]),
          ...(lead === 'police' ? [] : [{ case_id: c.id, agency_id: f.agencies.police, role: 'police officer', added_on: '2009-06-01' }]),
        ])
        .execute();
      if (opts.custody)
        await db
          .insertInto('custody_periods')
          .values({ partnership_id: f.partnershipId, person_id: personId, kind: 'sentenced', reception_date: opts.custody.reception, expected_release_date: opts.custody.expectedRelease, establishment: 'HMP Testmoor' })
          .execute();
      return { personId, caseId: c.id, ref };
    },
    session(who) {
      if (!sessions.has(who)) sessions.set(who, signInAs(app, who));
      return sessions.get(who)!;
    },
    token(who) {
      if (!tokens.has(who)) tokens.set(who, createApiToken(db, ta.users[who]!.userId, `test ${who}`, { scope: 'role' }));
      return tokens.get(who)!;
    },
    async api(who, method, url, body, headers = {}) {
      const h: Record<string, string> = { authorization: `Bearer ${await world.token(who)}`, ...headers };
      if (body !== undefined) h['content-type'] = 'application/json';
      return app.inject({ method, url, headers: h, payload: body === undefined ? undefined : JSON.stringify(body) });
    },
    async form(who, url, fields) {
      const s = await world.session(who);
      return app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
      });
    },
  };
  return world;
}
