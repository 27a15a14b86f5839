// The import pages through the real HTTP pipeline (Fastify inject, CSRF on):
// multipart upload, background import with progress, results, the error file,
// data quality and the duplicate review, on the run's database engine.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, hiddenCsrf, type TestApp } from '../../support/app.js';
import { csvLine } from '../../../src/db/statements.js';
import { registerRunningImport } from '../../../src/imports/jobs.js';
import { sha256 } from '../../../src/access/tokens.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import { headerNames, KINDS } from '../../../src/imports/kinds.js';
import { IMPORT_KINDS } from '../../../src/imports/kind-names.js';

let t: TestDatabase;
let ta: TestApp;
let dataDir: string;
let admin: { jar: Record<string, string>; csrf: string };

const PEOPLE = ['person_ref', 'pnc_id', 'family_name', 'given_names', 'date_of_birth', 'sex', 'area_code'];
const OUTCOMES = ['person_ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code'];
const csv = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => csvLine(r)).join(''));
const uploadsInTmp = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('waymark-upload-'));

beforeAll(async () => {
  t = await testDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-webimports-'));
  ta = await testApp(
    t,
    [
      { username: 'admin', role: 'administrator', agency: 'police' },
      { username: 'officer', role: 'practitioner', agency: 'police' },
    ],
    { dataDir, uploadLimitBytes: 64 * 1024 },
  );
  admin = await signInAs(ta.app, 'admin');
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A multipart/form-data body as a browser sends it: fields in form order, then the file. */
function multipart(fields: [string, string][], file?: { filename: string; content: Buffer; type?: string }) {
  const boundary = `----waymark${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`));
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(
  who: { jar: Record<string, string>; csrf: string },
  opts: { kind: string; mode?: string; filename: string; content: Buffer; csrf?: string | null; type?: string },
) {
  const fields: [string, string][] = [];
  if (opts.csrf !== null) fields.push(['_csrf', opts.csrf ?? who.csrf]);
  fields.push(['kind', opts.kind], ['mode', opts.mode ?? 'all_or_nothing']);
  const body = multipart(fields, { filename: opts.filename, content: opts.content, type: opts.type });
  return ta.app.inject({ method: 'POST', url: '/imports', headers: { cookie: cookieHeader(who.jar), 'content-type': body.contentType }, payload: body.payload });
}

const get = (url: string, jar = admin.jar) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });
const post = (url: string, form: Record<string, string>, jar = admin.jar) =>
  ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

/** Follows the redirect to the import's page and polls its progress until it has ended. */
async function finished(res: Awaited<ReturnType<typeof upload>>) {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
  const url = res.headers.location as string;
  expect(url).toMatch(/^\/imports\/\d+$/);
  for (let i = 0; i < 200; i++) {
    const p = await get(`${url}/progress`);
    expect(p.statusCode).toBe(200);
    if (p.json().status !== 'running') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const page = await get(url);
  expect(page.statusCode).toBe(200);
  return { id: Number(url.split('/').pop()), page: page.body };
}

const count = async (table: 'people' | 'outcomes' | 'imports') =>
  (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('partnership_id', '=', ta.f.partnershipId).executeTakeFirstOrThrow()).n;

const countValue = (html: string, key: string) => {
  const m = new RegExp(`data-testid="count-${key}">\\s*([0-9]+)`).exec(html);
  return m ? Number(m[1]) : NaN;
};

describe('uploading a file', () => {
  it('imports people then outcomes, shows progress and the counts, and lists the imports', async () => {
    const people = csv([
      PEOPLE,
      ['WI1', '1990/0000101A', 'Uploadson', 'Alfa', '1980-01-02', 'male', 'E06000001'],
      ['WI2', '1990/0000102A', 'Uploadsdottir', 'Bravo', '1985-05-06', 'female', 'E06000002'],
    ]);
    const first = await finished(await upload(admin, { kind: 'people', filename: 'people.csv', content: people }));
    expect(first.page).toContain('data-testid="import-completed"');
    expect(countValue(first.page, 'added')).toBe(2);
    expect(countValue(first.page, 'rejected')).toBe(0);
    expect(first.page).toContain(`href="/data-quality?import=${first.id}"`);

    const outcomes = csv([OUTCOMES, ['WI1', '2008-01-01', '2008-02-01', 'conviction', '02801'], ['WI2', '2008-03-05', '2008-04-01', 'caution', '04601']]);
    const second = await finished(await upload(admin, { kind: 'outcomes', filename: 'outcomes.csv', content: outcomes }));
    expect(countValue(second.page, 'added')).toBe(2);
    expect(await count('outcomes')).toBe(2);
    expect(second.page).not.toContain('data-testid="unknown-codes"');

    // A code that is no Home Office code is stored and flagged, and the import says so, linking to the flagged rows.
    const odd = await finished(await upload(admin, { kind: 'outcomes', filename: 'odd-codes.csv', content: csv([OUTCOMES, ['WI1', '2008-05-01', '2008-06-01', 'conviction', 'NOT-A-CODE']]) }));
    expect(countValue(odd.page, 'added')).toBe(1);
    expect(odd.page).toMatch(/data-testid="unknown-codes"[^>]*>\s*1 row has an offence code that is not a known Home Office code: stored as sent, and flagged\./);
    expect(odd.page).toContain(`href="/data-quality?import=${odd.id}" data-testid="unknown-codes-link"`);

    // The same file again changes nothing.
    const again = await finished(await upload(admin, { kind: 'outcomes', filename: 'outcomes.csv', content: outcomes }));
    expect(countValue(again.page, 'added')).toBe(0);
    expect(countValue(again.page, 'unchanged')).toBe(2);
    // The formats the page points to are drawn from the importer's own definitions.
    const uploadPage = await get('/imports');
    expect(uploadPage.body).toContain('href="/imports/formats" data-testid="formats-link"');
    const formats = await get('/imports/formats');
    expect(formats.statusCode).toBe(200);
    expect(formats.body).toContain(`data-testid="header-outcomes">${headerNames(KINDS.outcomes).join(',')}</code>`);
    expect(formats.body).toContain('A date as YYYY-MM-DD, in the years 1900 to 2099.');
    expect(formats.body).toContain('One of: conviction, caution');
    for (const kind of IMPORT_KINDS) expect(formats.body).toContain(`data-testid="format-${kind}"`);

    const list = await get('/imports');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('data-testid="imports-table"');
    expect(list.body).toContain('people.csv');
    expect(list.body).toContain(crypto.createHash('sha256').update(people).digest('hex').slice(0, 16));
    expect(list.body).toMatch(/<td[^>]*>admin<\/td>\s*<td[^>]*>People<\/td>/);
  });

  it('rejects a file that is not CSV or XLSX, by name and by content, and stores nothing', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)]);
    const before = await count('imports');
    const uploadsBefore = new Set(uploadsInTmp());
    const byName = await upload(admin, { kind: 'people', filename: 'photo.png', content: png, type: 'image/png' });
    expect(byName.statusCode).toBe(400);
    expect(byName.body).toContain('photo.png is not a CSV or XLSX file');
    const disguised = await upload(admin, { kind: 'people', filename: 'people.csv', content: png });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.body).toContain('people.csv is not UTF-8 text');
    const fakeXlsx = await upload(admin, { kind: 'people', filename: 'people.xlsx', content: Buffer.from('person_ref\nX\n') });
    expect(fakeXlsx.statusCode).toBe(400);
    expect(fakeXlsx.body).toContain('people.xlsx is not an Excel workbook');
    const tooBig = await upload(admin, { kind: 'people', filename: 'big.csv', content: Buffer.alloc(65 * 1024, 'a') });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.body).toContain('larger than');
    expect(await count('imports')).toBe(before);
    // None of this test's refused uploads is left behind. Another file's upload
    // may be under way in the same folder: one of those is gone within seconds.
    await expect.poll(() => uploadsInTmp().filter((f) => !uploadsBefore.has(f)), { timeout: 10_000 }).toEqual([]);
  });

  it('shows an all-or-nothing failure with the row and field, and stores nothing', async () => {
    const before = await count('people');
    const bad = csv([PEOPLE, ['WI3', '1990/0000103A', 'Goodrow', 'Charlie', '1981-01-01', 'male', 'E06000001'], ['WI4', '', 'Badrow', 'Delta', '1982-02-30', 'male', 'E06000001']]);
    const { page } = await finished(await upload(admin, { kind: 'people', filename: 'bad-people.csv', content: bad }));
    expect(page).toContain('data-testid="import-failed"');
    expect(page).toContain('nothing was stored');
    // The way to store the good rows is the upload page's choice, not the CLI's option.
    expect(page).toMatch(/data-testid="import-failure">[^<]*Correct them, or upload the file again and choose “Store the good rows”\./);
    expect(page).not.toContain('--partial');
    const table = page.slice(page.indexOf('data-testid="import-errors"'));
    expect(table).toMatch(/bad-people\.csv<\/td>\s*<td[^>]*>3<\/td>\s*<td[^>]*>date_of_birth<\/td>/);
    expect(page).not.toContain('data-testid="error-file-link"');
    expect(await count('people')).toBe(before);
  });

  it('stores the good rows of a partial import and offers the error file, whose download is audited', async () => {
    const bad = csv([PEOPLE, ['WI5', '1990/0000105A', 'Goodrow', 'Echo', '1981-01-01', 'male', 'E06000001'], ['WI6', '', 'Badrow', 'Foxtrot', 'not a date', 'male', 'E06000001']]);
    const { id, page } = await finished(await upload(admin, { kind: 'people', mode: 'partial', filename: 'partial.csv', content: bad }));
    expect(page).toContain('data-testid="import-completed"');
    expect(countValue(page, 'added')).toBe(1);
    expect(countValue(page, 'rejected')).toBe(1);
    expect(page).toContain(`href="/imports/${id}/errors.csv"`);
    const audits = async () =>
      (await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'disclosure').where('partnership_id', '=', ta.f.partnershipId).executeTakeFirstOrThrow()).n;
    const before = await audits();
    const file = await get(`/imports/${id}/errors.csv`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="partial.errors.csv"');
    expect(file.body.split('\n')[0]).toBe('file,row,field,value,reason');
    expect(file.body).toContain('partial.csv,3,date_of_birth,not a date');
    expect(await audits()).toBe(before + 1);
    expect(await verifyAuditChain(t.db)).toBeNull();
  });
});

describe('who may upload', () => {
  it('refuses a practitioner', async () => {
    const officer = await signInAs(ta.app, 'officer');
    expect((await get('/imports', officer.jar)).statusCode).toBe(403);
    const res = await upload(officer, { kind: 'people', filename: 'people.csv', content: csv([PEOPLE]) });
    expect(res.statusCode).toBe(403);
    expect((await get('/duplicates', officer.jar)).statusCode).toBe(403);
    expect((await get('/', officer.jar)).body).not.toContain('href="/imports"');
    expect((await get('/')).body).toContain('href="/imports"');
  });

  it('refuses an upload without the CSRF token, or with a wrong one, and stores nothing', async () => {
    const before = await count('imports');
    const content = csv([PEOPLE, ['WI9', '1990/0000109A', 'Forgedson', 'Golf', '1980-01-02', 'male', 'E06000001']]);
    const none = await upload(admin, { kind: 'people', filename: 'people.csv', content, csrf: null });
    expect(none.statusCode).toBe(403);
    expect(none.body).toContain('The form had expired');
    const wrong = await upload(admin, { kind: 'people', filename: 'people.csv', content, csrf: 'forged' });
    expect(wrong.statusCode).toBe(403);
    expect(await count('imports')).toBe(before);
    // A script may send the token in the header instead.
    const body = multipart([['kind', 'people'], ['mode', 'all_or_nothing']], { filename: 'header.csv', content });
    const viaHeader = await ta.app.inject({
      method: 'POST',
      url: '/imports',
      headers: { cookie: cookieHeader(admin.jar), 'content-type': body.contentType, 'x-csrf-token': admin.csrf },
      payload: body.payload,
    });
    expect((await finished(viaHeader)).page).toContain('data-testid="import-completed"');
  });

  it('gives the upload form its CSRF field before the file', async () => {
    const page = await get('/imports');
    const form = page.body.slice(page.body.indexOf('data-testid="upload-form"'));
    expect(form.indexOf('name="_csrf"')).toBeLessThan(form.indexOf('type="file"'));
    expect(hiddenCsrf(form)).toBe(admin.csrf);
  });
});

describe('progress while an import holds the database', () => {
  it('answers the session that started the import without the database', async () => {
    const stop = registerRunningImport({
      importId: 999_999,
      partnershipId: ta.f.partnershipId,
      sessionId: sha256(admin.jar.waymark_session!),
      actor: (await ta.app.services.access.sessionActor(admin.jar.waymark_session!))!,
      kind: 'outcomes',
      fileName: 'huge.csv',
      mode: 'all_or_nothing',
      phase: 'reading',
      rowsRead: 4096,
      bytesRead: 50,
      totalBytes: 100,
      startedAt: new Date(),
    });
    try {
      // On the embedded engine a transaction holds the only connection, as an import does.
      await t.db.transaction().execute(async (trx) => {
        await trx.selectFrom('partnerships').select('id').execute();
        const p = await get('/imports/999999/progress');
        expect(p.json()).toEqual({ importId: 999999, status: 'running', phase: 'reading', phaseLabel: 'Reading and checking rows', rowsRead: 4096, percent: 45 });
        const page = await get('/imports/999999');
        expect(page.body).toContain('<meta http-equiv="refresh" content="2"');
        expect(page.body).toContain('/assets/js/import-progress.js');
        expect(page.body).toMatch(/data-testid="import-rows"[^>]*>4096</);
      });
    } finally {
      stop();
    }
    const script = await ta.app.inject({ method: 'GET', url: '/assets/js/import-progress.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('/progress');
  });
});

describe('data quality', () => {
  it('lists a known impossible date with a link to the person', async () => {
    const people = csv([PEOPLE, ['DQ1', '1990/0000201A', 'Qualityson', 'Hotel', '1990-01-01', 'male', 'E06000001']]);
    await finished(await upload(admin, { kind: 'people', filename: 'dq-people.csv', content: people }));
    // Offence after the outcome: stored, and flagged by the data-quality check.
    const outcomes = csv([OUTCOMES, ['DQ1', '2009-06-01', '2009-05-01', 'conviction', '02801']]);
    const { id } = await finished(await upload(admin, { kind: 'outcomes', filename: 'dq-outcomes.csv', content: outcomes }));
    const person = await t.db.selectFrom('people').select('id').where('partnership_id', '=', ta.f.partnershipId).where('person_ref', '=', 'DQ1').executeTakeFirstOrThrow();
    const res = await get(`/data-quality?import=${id}`);
    expect(res.statusCode).toBe(200);
    const row = res.body.slice(res.body.indexOf('data-testid="check-offence_after_outcome"'));
    expect(row).toMatch(/data-testid="check-offence_after_outcome-count">1</);
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(`<a class="govuk-link" href="/people/${person.id}">QUALITYSON, Hotel</a>`);
    const officer = await signInAs(ta.app, 'officer');
    expect((await get('/data-quality', officer.jar)).statusCode).toBe(403);
  });
});

describe('possible duplicates', () => {
  it('merges a pair with a reason and undoes the merge from the page', async () => {
    const a = csv([PEOPLE, ['DU1', '1990/0000301A', 'Twinson', 'India', '1979-09-09', 'male', 'E06000001']]);
    const b = csv([PEOPLE, ['DU2', '1990/0000302A', 'Twinson', 'India', '1979-09-09', 'male', 'E06000001']]);
    await finished(await upload(admin, { kind: 'people', filename: 'dup-a.csv', content: a }));
    await finished(await upload(admin, { kind: 'people', filename: 'dup-b.csv', content: b }));
    const pair = await t.db.selectFrom('possible_duplicates').selectAll().where('partnership_id', '=', ta.f.partnershipId).where('status', '=', 'open').executeTakeFirstOrThrow();
    const list = await get('/duplicates');
    expect(list.statusCode).toBe(200);
    const section = list.body.slice(list.body.indexOf(`data-testid="duplicate-${pair.id}"`));
    expect(section).toContain('PNC: 1990/0000301A');
    expect(section).toContain('PNC: 1990/0000302A');
    expect(section).toContain('9 September 1979');

    const noReason = await post(`/duplicates/${pair.id}/merge`, { _csrf: admin.csrf, keep: String(pair.other_person_id), reason: ' ' });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.body).toContain('A merge needs a reason');

    const merged = await post(`/duplicates/${pair.id}/merge`, { _csrf: admin.csrf, keep: String(pair.other_person_id), reason: 'Same fingerprints on the PNC' });
    expect(merged.statusCode).toBe(303);
    expect(merged.headers.location).toBe('/duplicates?done=merged');
    const gone = await t.db.selectFrom('people').select('merged_into_id').where('id', '=', pair.person_id).executeTakeFirstOrThrow();
    expect(gone.merged_into_id).toBe(pair.other_person_id);
    const merge = await t.db.selectFrom('person_merges').selectAll().where('kept_person_id', '=', pair.other_person_id).executeTakeFirstOrThrow();
    const after = await get('/duplicates?done=merged');
    expect(after.body).toContain('The two records were merged.');
    expect(after.body).not.toContain(`data-testid="duplicate-${pair.id}"`);
    expect(after.body).toContain(`data-testid="merge-row-${merge.id}"`);

    const undone = await post(`/merges/${merge.id}/unmerge`, { _csrf: admin.csrf, reason: 'Different people after all' });
    expect(undone.statusCode).toBe(303);
    expect((await t.db.selectFrom('people').select('merged_into_id').where('id', '=', pair.person_id).executeTakeFirstOrThrow()).merged_into_id).toBeNull();
    const back = await get('/duplicates?done=unmerged');
    expect(back.body).toContain(`data-testid="duplicate-${pair.id}"`);
    expect(back.body).not.toContain(`data-testid="merge-row-${merge.id}"`);

    const separate = await post(`/duplicates/${pair.id}/not-duplicate`, { _csrf: admin.csrf });
    expect(separate.statusCode).toBe(303);
    expect((await t.db.selectFrom('possible_duplicates').select('status').where('id', '=', pair.id).executeTakeFirstOrThrow()).status).toBe('not_duplicate');
    const actions = await t.db.selectFrom('audit_log').select(['action', 'justification']).where('partnership_id', '=', ta.f.partnershipId).where('action', '=', 'combination').orderBy('id').execute();
    expect(actions.map((a) => a.justification)).toEqual(['Same fingerprints on the PNC', 'Different people after all']);
    // Without the token nothing happens.
    expect((await post(`/duplicates/${pair.id}/not-duplicate`, {})).statusCode).toBe(403);
  });
});
