// The core journey of each role in a real browser (Chromium), with axe-core on
// every page visited (see pages/base.ts): sign in, search, person page, scheme
// page, sign out; a board member refused a person but shown the performance
// aggregates; a restricted record opened with a stated reason that lands in the
// audit log; a scheme manager taking a selection run through the review panel
// (runs, score parts, comparison, matrix editor, minutes, scheme structure,
// transfers); an analyst on the performance dashboard and the unit costs; an
// administrator importing a file of people, reading its problems and error
// file and data quality, and merging (then unmerging) the duplicate it found.
// The tests of a file share one database and run in order: the panel journey
// changes memberships, so it comes after the tests that count them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './support/browser.js';
import { checkedPages } from './support/axe.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { HomePage } from './pages/home.js';
import { PersonPage } from './pages/person.js';
import { PeopleSearchPage } from './pages/people-search.js';
import { ErrorPage } from './pages/error.js';
import { SchemesPage } from './pages/schemes.js';
import { SchemePage } from './pages/scheme.js';
import { SelectionRunsPage } from './pages/selection.js';
import { GravityPage, UnitCostsPage } from './pages/performance.js';
import { DuplicatesPage, ImportsPage } from './pages/imports.js';
import { AccountPage } from './pages/second-factor.js';
import { AdminPage, ChangePasswordPage, InvitationPage, UsersPage } from './pages/admin.js';
import { csvLine } from '../../src/db/statements.js';
import { CaseloadPage } from './pages/caseload.js';
import { DrrPage } from './pages/drr.js';
import { ReportsPage } from './pages/reports.js';

let w: World;

beforeAll(async () => {
  if (hasChromium) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('practitioner (police)', () => {
  it('signs in, searches, reads a person page, and signs out', async () => {
    const page = await w.newPage();
    const signIn = await SignInPage.visit(page);
    const home = await signIn.signIn('officer', PASSWORD);
    expect(await home.signedInAs()).toContain('Sam Okafor');
    expect(await home.navigationLinks()).toEqual(['Home', 'Caseload', 'People', 'Schemes']);

    const search = await (await home.goToPeople()).search('examplesson');
    expect(await search.resultCountHeading()).toBe('1 person found');
    expect(await search.resultNames()).toEqual(['EXAMPLESSON, Alfa']);

    const person = await search.openPerson('EXAMPLESSON, Alfa');
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
    expect(await person.identityBar()).toContain(`PNC ${w.seed.person.pnc}`);
    expect(await person.summaryValue('Date of birth')).toBe('1986-03-14');
    const titles = await person.timelineTitles();
    expect(titles.some((t) => /^Convicted: \D+ \(\d{5}\)$/.test(t)), 'a conviction named by its offence and code').toBe(true);
    expect(titles).toContain('Intelligence report'); // police see intelligence
    expect(titles).toContain('Positive drug test');

    const back = await person.signOut();
    expect(page.url()).toMatch(/\/sign-in$/);
    // Signed out for real: the person page now asks for sign-in again.
    await page.goto(`/people/${w.seed.person.id}`);
    await back.arrive();
  });

  it('is told plainly when the password is wrong', async () => {
    const page = await w.newPage();
    const signIn = await (await SignInPage.visit(page)).signInFailing('officer', 'not the password');
    expect(await signIn.errorSummary()).toContain('The username or password is not right');
  });

  it('reaches a person page from a link before signing in, and lands there after', async () => {
    const page = await w.newPage();
    await page.goto(`/people/${w.seed.person.id}`);
    const signIn = await new SignInPage(page).arrive();
    const person = await signIn.signInTo(PersonPage, 'officer', PASSWORD);
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
  });
});

describe.skipIf(!hasChromium)('practitioner (housing)', () => {
  it('sees the person page without police intelligence or drug tests, and is told what is withheld', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('housing', PASSWORD);
    const person = await PersonPage.visit(page, w.seed.person.id);
    const titles = await person.timelineTitles();
    expect(titles.some((t) => t.startsWith('Convicted: '))).toBe(true);
    expect(titles).not.toContain('Intelligence report');
    expect(titles).not.toContain('Positive drug test');
    expect((await person.notices()).join(' ')).toMatch(/Intelligence reports are shown to police staff only/);
  });
});

describe.skipIf(!hasChromium)('scheme manager', () => {
  it('opens the scheme page from the schemes list and follows a member to their page', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const scheme = await (await home.goToSchemes()).openScheme(w.seed.schemeName);
    expect(await scheme.figure('size')).toBe(`${w.seed.members} / 20`);
    expect(await scheme.figure('custody')).toContain(String(w.seed.inCustody));
    const names = await scheme.memberNames();
    expect(names).toHaveLength(w.seed.members);
    const person = await scheme.openMember(names.find((n) => /^Examplesson/i.test(n))!);
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
  });
});

describe.skipIf(!hasChromium)('board member', () => {
  it('signs in to aggregates only and gets a plain 403 page for people and schemes', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('board', PASSWORD);
    // Performance is aggregates only (SPEC 3.7), so the board may reach it; nothing that names a person.
    expect(await home.navigationLinks()).toEqual(['Home', 'Performance', 'Reports']);
    expect(await home.text()).not.toContain('EXAMPLESSON');
    const refused = await ErrorPage.visit(page, `/people/${w.seed.person.id}`, 403);
    expect(await refused.message()).toBe('Your role does not give access to this page.');
    expect(await refused.text()).not.toContain('EXAMPLESSON');
    await ErrorPage.visit(page, '/people?q=examplesson', 403);
    await ErrorPage.visit(page, `/schemes/${w.seed.schemeCode}`, 403);
  });

  it('reads the performance dashboard with its charts, and no name, reference or link to a person', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('board', PASSWORD);
    const dashboard = await (await home.goToPerformance()).choose({ scheme: `${w.seed.schemeName} (${w.seed.schemeCode})`, year: '2008/09', ceiling: '16%' });
    expect(await dashboard.chartNames()).toEqual(expect.arrayContaining([expect.stringMatching(/^Convictions a quarter against expected/)]));
    expect(await dashboard.hasContributorTable()).toBe(false);
    expect(await dashboard.personLinks()).toBe(0);
    const text = await dashboard.text();
    expect(text).toContain('You see aggregate figures only');
    for (const name of [w.seed.person.family, w.seed.candidate.family, w.seed.quiet.family, w.seed.restricted.family]) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    expect(text).not.toMatch(/NT-\d{6}/);
    // The selection and panel pages name people: refused.
    await ErrorPage.visit(page, `/schemes/${w.seed.schemeCode}/selection`, 403);
    await ErrorPage.visit(page, `/schemes/${w.seed.schemeCode}/panel?date=${w.seed.asOf}`, 403);
    // The board's annual report: previewed in the page, aggregate only.
    const reports = await (await ReportsPage.visit(page)).choose({ scheme: `${w.seed.schemeName} (${w.seed.schemeCode})`, year: '2008/09', ceiling: '0.16' });
    expect(await reports.offersAudience()).toBe(false);
    expect(await reports.previewTitle()).toMatch(/annual report/i);
    const reportText = await reports.text();
    for (const name of [w.seed.person.family, w.seed.candidate.family, w.seed.quiet.family, w.seed.restricted.family]) expect(reportText.toLowerCase()).not.toContain(name.toLowerCase());
    // Its HTML download is the same report, whole.
    const href = await reports.downloadHref('HTML');
    expect(href).toMatch(/^\/reports\/download\?/);
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/attachment/);
    expect(await download.text()).toContain('NI30');
  });
});

describe.skipIf(!hasChromium)('restricted record', () => {
  it('asks a named user why, refuses a too-short reason, and logs the reason given', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
    const search = await PeopleSearchPage.visit(page, 'Fictitia');
    const justify = await search.openRestrictedPerson('FICTITIA, Bravo');
    const again = await justify.justifyTooBriefly('because');
    expect(await again.errorSummary()).toContain('Give your reason in at least 10 characters');
    const reason = 'Preparing the PPO panel on 7 July 2009';
    const person = await again.justify(reason);
    expect(await person.name()).toBe('FICTITIA, Bravo');
    expect(await person.identityBar()).toMatch(/restricted/i);
    const entry = await w.t.db
      .selectFrom('audit_log')
      .select(['justification', 'user_id', 'action'])
      .where('person_id', '=', w.seed.restricted.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // The police officer's agency does not lead the case: the read relies on the partnership's agreement, and is logged as a disclosure (sharing/disclosures.ts).
    expect(entry).toEqual({ justification: reason, user_id: w.ta.users.officer!.userId, action: 'disclosure' });
  });

  it('stays hidden from a user who is not named on it', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const search = await PeopleSearchPage.visit(page, 'Fictitia');
    expect(await search.resultCountHeading()).toBe('0 people found');
    // Answered as a person who does not exist, so the address tells nothing.
    await ErrorPage.visit(page, `/people/${w.seed.restricted.id}`, 404);
  });
});

describe.skipIf(!hasChromium)('scheme manager at the review panel', () => {
  // One signed-in manager for these tests (sign-in is covered above).
  let page: Page;
  let home: HomePage;
  beforeAll(async () => {
    if (!hasChromium) return;
    page = await w.newPage();
    home = await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
  });

  // Issue 4: run, review proposals, accept one selection and one de-selection,
  // and see the membership history change.
  it('runs the selection matrix, reviews the proposals, accepts a selection and a de-selection, and sees the membership history change', async () => {
    const { candidate, quiet, asOf, schemeCode, schemeName } = w.seed;
    const candidateName = `${candidate.family.toUpperCase()}, ${candidate.given}`;
    const quietName = `${quiet.family.toUpperCase()}, ${quiet.given}`;

    // The scheme page: the quiet member is a member, the candidate is not.
    const scheme = await (await home.goToSchemes()).openScheme(schemeName);
    const membersBefore = await scheme.memberNames();
    expect(membersBefore.map((n) => n.toUpperCase())).toContain(quietName.toUpperCase());
    expect(membersBefore.map((n) => n.toUpperCase())).not.toContain(candidateName.toUpperCase());

    // → selection runs → start a run on the data date.
    const runs = await scheme.goToSelectionRuns();
    expect(await runs.text()).toContain('No runs yet.');
    const run = await runs.startRun(asOf);
    const ranked = await run.rankedRefs();
    expect(ranked[0]).toBe(candidate.ref);
    expect(await run.proposal(candidate.ref)).toBe('Select');
    expect(await run.onScheme(candidate.ref)).toBe('No');
    expect(await run.onScheme(quiet.ref)).toBe('Member');
    const parts = await run.openScoreParts(candidateName);
    expect(parts).toContain('Offences in the last 6 months');
    expect(parts).toContain(`3 offences in the 6 months to ${asOf}.`);
    expect(await run.disproportionalityCaptions()).toEqual(['Selection rates by ethnicity', 'Selection rates by sex', 'Selection rates by age band']);

    // The review panel for the run's date: the proposal and the flag are on the agenda.
    let panel = await run.openPanel();
    expect(page.url()).toContain(`date=${asOf}`);
    const items = await panel.items();
    expect(items).toContain(`${candidate.ref} proposal:select`);
    expect(items).toContain(`${quiet.ref} rule:stopped_offending`);

    // Accept the selection onto a tier, with a reason.
    panel = await panel.decide(candidate.ref, 'proposal:select', {
      decision: 'Accept',
      change: 'Select onto the scheme',
      tier: 'IOM high',
      reason: 'Three dwelling burglaries since March; all agencies agree',
    });
    expect(await panel.banner()).toContain(`Decision recorded for ${candidateName}: accept, select onto the scheme.`);

    // Accept the de-selection flag, with its exit plan and reason.
    panel = await panel.decide(quiet.ref, 'rule:stopped_offending', {
      decision: 'Accept',
      change: 'De-select (leave the scheme)',
      endReason: 'Stopped offending',
      exitPlan: 'Monitor tier for six months; probation keeps contact',
      reason: 'No offence or arrest for over a year; agencies agree',
    });
    expect(await panel.banner()).toContain(`Decision recorded for ${quietName}: accept, de-select (leave the scheme).`);
    expect(await panel.decisionTaken(candidate.ref, 'proposal:select')).toMatch(/^Decided: Accept: select onto the scheme \(tier IOMH\)\. Reason: Three dwelling burglaries/);
    expect(await panel.decisionTaken(quiet.ref, 'rule:stopped_offending')).toContain('Exit plan: Monitor tier for six months');
    expect(await panel.decisionRows()).toHaveLength(2);

    // The minutes of the panel: both decisions, with reasons and the exit plan; the CSV downloads.
    const minutes = await panel.openMinutes();
    const rows = await minutes.rows();
    expect(rows.map((r) => r[0])).toEqual([candidateName, quietName]);
    expect(rows[1]).toContain('Monitor tier for six months; probation keeps contact');
    const csv = await minutes.downloadCsv();
    expect(csv.name).toMatch(new RegExp(`^waymark-panel-minutes-${schemeCode}-\\d{4}-\\d{2}-\\d{2}\\.csv$`, 'i'));
    expect(csv.text.trim().split('\n')).toHaveLength(3);

    // After: each person's page shows the change in their membership history.
    const candidatePage = await PersonPage.visit(page, candidate.id);
    expect(await candidatePage.memberships()).toEqual([[schemeName, 'IOM high', asOf, 'Current', '–']]);
    const quietPage = await PersonPage.visit(page, quiet.id);
    expect(await quietPage.memberships()).toEqual([[schemeName, 'PPO', '2008-09-01', asOf, 'Stopped offending']]);
  }, 120_000);

  it('starts a second run on an earlier date and compares the two', async () => {
    const first = await (await SelectionRunsPage.visit(page, w.seed.schemeCode)).startRun('2009-03-31');
    const earlier = first.runId();
    const runs = await SelectionRunsPage.visit(page, w.seed.schemeCode);
    expect((await runs.runLinks()).length).toBeGreaterThanOrEqual(2);
    const compare = await runs.compareRuns(earlier - 1, earlier);
    const candidateName = `${w.seed.candidate.family.toUpperCase()}, ${w.seed.candidate.given}`;
    expect(await compare.names()).toContain(candidateName);
    // Selected at the panel, the candidate is a member in the later run too; their rank moved or held.
    expect(await compare.change(candidateName)).toMatch(/^(Up \d+|Down \d+|No change|In one run only)$/);
  });

  it('edits the matrix: a bad value is named in the error summary, a good one saves a new version', async () => {
    const runs = await SelectionRunsPage.visit(page, w.seed.schemeCode);
    let matrix = await runs.openMatrix();
    const offenceWeight = await matrix.field('Window 1: points per offence');
    matrix = await matrix.save({ 'Window 1: points per offence': 'lots', 'Due for release within (days)': '0' }, 'A bad try', 400);
    expect(await matrix.errorSummary()).toEqual(['Window 1: points per offence must be a number', 'Due for release within (days) must be between 1 and 3650']);
    // The summary's link takes the focus to the field.
    await page.locator('.govuk-error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('matrix-frequency-0-offenceWeight');
    expect(await matrix.field('Window 1: points per offence')).toBe('lots');
    matrix = await matrix.save({ 'Window 1: points per offence': offenceWeight, 'Due for release within (days)': '90', 'OGRS3 weight': '12.5' }, 'More weight on OGRS3', 200);
    expect(await matrix.banner()).toMatch(/Matrix version \d+ saved\. New runs use it\./);
    expect(await matrix.field('OGRS3 weight')).toBe('12.5');
    expect(await matrix.text()).toContain('More weight on OGRS3');
  });

  it('adds a tier and a strand and changes the capacity, and is told plainly what is wrong', async () => {
    let scheme = await SchemePage.visit(page, w.seed.schemeCode);
    scheme = await scheme.addTier('', 'No code', '3', 400);
    expect(await scheme.errorSummary()).toMatch(/There is a problem/);
    scheme = await scheme.addTier('monitor', 'Monitor', '3');
    expect(await scheme.banner()).toContain('Tier added.');
    expect(await scheme.structureRows('tiers')).toContain('3 | monitor | Monitor');
    scheme = await scheme.addStrand('catch-convict', 'Catch and Convict');
    expect(await scheme.banner()).toContain('Strand added.');
    expect(await scheme.structureRows('strands')).toContain('catch-convict | Catch and Convict');
    scheme = await scheme.changeCapacity('24');
    expect(await scheme.banner()).toContain('Capacity changed.');
    expect(await scheme.figure('size')).toBe(`${w.seed.members} / 24`);
  });

  it('reads the transfers inbox from the navigation', async () => {
    const rows = await (await home.goToTransfers()).rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(expect.arrayContaining(['Westmere IOM Partnership (synthetic)', `${w.seed.transfer.family.toUpperCase()}, ${w.seed.transfer.given}`, '1984-02-29', w.seed.transfer.note]));
  });
});

describe.skipIf(!hasChromium)('analyst', () => {
  let page: Page;
  let home: HomePage;
  beforeAll(async () => {
    if (!hasChromium) return;
    page = await w.newPage();
    home = await (await SignInPage.visit(page)).signIn('analyst', PASSWORD);
  });

  it('chooses a scheme and year and reads the dashboard: figures, charts and named contributors', async () => {
    expect(await home.navigationLinks()).toEqual(['Home', 'People', 'Schemes', 'Performance', 'Reports']);
    const dashboard = await (await home.goToPerformance()).choose({ scheme: `${w.seed.schemeName} (${w.seed.schemeCode})`, year: '2008/09', ceiling: '0.16' });
    expect(page.url()).toMatch(/\/performance\/PPO\/2008-09\?ceiling=0\.16$/);
    const charts = await dashboard.chartNames();
    expect(charts).toEqual(expect.arrayContaining([expect.stringMatching(/^Convictions a quarter against expected, PPO 2008\/09/)]));
    const ni30 = await dashboard.summary('ni30-summary');
    expect(ni30['Performance ceiling']).toBe('16.0%');
    expect(ni30).toHaveProperty('Threshold');
  });

  it('changes a unit cost, and is told when a figure is not a sum', async () => {
    let costs = await UnitCostsPage.visit(page);
    const [category] = await costs.categories();
    costs = await costs.save({ [category!]: 'a lot' }, '', 400);
    expect(await costs.errorSummary()).toEqual([`The unit cost of ${category} must be a sum in pounds, such as 5930, or left empty`]);
    costs = await costs.save({ [category!]: '6000' }, '2015/16');
    expect(await costs.banner()).toContain('1 unit cost changed.');
    expect(await costs.costField(category!).inputValue()).toBe('6000');
  });

  it('changes the gravity of an offence group, and is told when the group is not 3 digits', async () => {
    let gravity = await GravityPage.visit(page);
    gravity = await gravity.save('34', '9', 400);
    expect(await gravity.errorSummary()).toEqual(['"34" is not an offence group: a Home Office offence group is 3 digits, such as 034.']);
    gravity = await gravity.save('034', '9');
    expect(await gravity.banner()).toContain('Offence group 034 now has gravity 9.');
    expect((await gravity.table())['034']).toBe('9');
  });
});

describe.skipIf(!hasChromium)('administrator', () => {
  it('imports people keeping the good rows, reads the problems and the error file, checks data quality, and merges then unmerges the duplicate found', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('admin', PASSWORD);
    const { person } = w.seed;
    const area = w.ta.f.areas[0]!.code;
    // Three rows: one new person, one with the same name and date of birth as
    // an existing person under a new reference (a possible duplicate), one bad date.
    const file = path.join(w.dataDir, 'browser-people.csv');
    fs.writeFileSync(
      file,
      [
        ['person_ref', 'pnc_id', 'family_name', 'given_names', 'date_of_birth', 'sex', 'area_code'],
        ['BR-000001', '1990/0000901A', 'Browserson', 'Kilo', '1983-07-01', 'male', area],
        ['BR-000002', '1990/0000902A', person.family, person.given, '1986-03-14', 'male', area],
        ['BR-000003', '', 'Badrowson', 'Lima', '1984-02-30', 'male', area],
      ]
        .map((r) => csvLine(r))
        .join(''),
    );

    // The formats the Imports page links to, before uploading.
    const formats = await (await home.goToImports()).goToFormats();
    expect((await formats.kinds()).join(' | ')).toMatch(/People/);
    const imports = await ImportsPage.visit(page);
    let imported = await imports.upload('People', 'partial', file);
    imported = await imported.untilEnded();
    expect(await imported.completed()).toBe(true);
    expect(await imported.progress()).toMatchObject({ status: 'completed', percent: 100, rowsRead: 3 });
    expect(await imported.counts()).toEqual({ 'rows-read': 3, added: 2, updated: 0, unchanged: 0, rejected: 1 });
    const problems = await imported.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.slice(0, 4)).toEqual(['browser-people.csv', '4', 'date_of_birth', '1984-02-30']);

    const errors = await imported.downloadErrorFile();
    expect(errors.name).toBe('browser-people.errors.csv');
    const lines = errors.text.trim().split('\n');
    expect(lines[0]).toBe('file,row,field,value,reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^browser-people\.csv,4,date_of_birth,1984-02-30,/);

    const importId = imported.importId();
    const quality = await imported.openDataQuality();
    expect(await quality.text()).toContain(`Only rows stored or changed by import ${importId}.`);
    expect(Object.keys(await quality.checks()).length).toBeGreaterThan(0);

    let duplicates = await (await quality.goToImports()).goToDuplicates();
    const pairs = await duplicates.pairs();
    const name = `${person.family.toUpperCase()}, ${person.given}`;
    expect(pairs).toEqual([{ id: expect.any(Number), heading: `${name} and ${name}` }]);
    const pairId = pairs[0]!.id;

    duplicates = await duplicates.merge(pairId, 'NT-000101', 'Same PNC photograph; BR-000002 was entered twice');
    expect(await duplicates.banner()).toContain('The two records were merged.');
    expect((await duplicates.pairs()).map((p) => p.id)).not.toContain(pairId);
    const [merge] = await duplicates.merges();
    expect(merge).toMatchObject({ kept: 'NT-000101', merged: 'BR-000002', reason: 'Same PNC photograph; BR-000002 was entered twice' });

    duplicates = await duplicates.unmerge(merge!.mergeId, 'Different people after all');
    expect(await duplicates.banner()).toContain('The merge was undone: the two records are separate again.');
    expect((await duplicates.pairs()).map((p) => p.id)).toContain(pairId);
    expect(await page.getByTestId('merges').count()).toBe(0);
    // The pair is back for a decision; the page reached by address shows it too.
    expect((await (await DuplicatesPage.visit(page)).pairs()).map((p) => p.id)).toEqual([pairId]);
  }, 120_000);
});

describe.skipIf(!hasChromium)('case work', () => {
  // The full journeys are in case-work.test.ts and alerts.test.ts; this walks
  // each case-work page once, so the coverage check below sees them in this file.
  it('a drug worker reaches their caseload, a case, their alerts and a watch list from the home page', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('drugworker', PASSWORD);
    const caseload = await CaseloadPage.fromNavigation(home);
    const name = `${w.seed.person.family.toUpperCase()}, ${w.seed.person.given}`;
    expect((await caseload.rows()).some((r) => r.join(' ').includes(name))).toBe(true);
    const c = await caseload.openCase(name);
    expect(await c.healthWithheld()).toBeNull();
    const alerts = await (await HomePage.visit(page)).goToAlerts();
    expect((await alerts.rows()).some((r) => r.join(' ').includes(name))).toBe(true);
    const lists = await (await HomePage.visit(page)).goToWatchLists();
    const list = await lists.add('Journey: convicted this month', 'Members convicted this month');
    expect(await list.downloadHref('CSV')).toMatch(/format=csv/);
    await list.delete();
  }, 60_000);

  it('a scheme manager reads DRR starts and completions against the target', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const drr = await DrrPage.visit(page, '2009/10');
    expect(await drr.mayEditTarget()).toBe(true);
  });
});

describe.skipIf(!hasChromium)('account', () => {
  it('a practitioner opens their account page and the page to set up a second factor', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('board', PASSWORD);
    const account = await AccountPage.visit(page);
    expect(await account.secondFactor()).toBe('Not set up');
    const enrol = await account.setUpSecondFactor();
    expect(await enrol.hasQrCode()).toBe(true);
  });
});

describe.skipIf(!hasChromium)('administrator: administration', () => {
  // The full journeys are in admin.test.ts; this walks every administration
  // page once, so the coverage check below sees each of them in this file.
  it('reaches users, a user, agencies, areas, tokens, agreements and the retention review, and the pages an invitation and a one-time password open', async () => {
    const page = await w.newPage();
    const admin = await (await (await SignInPage.visit(page)).signIn('admin', PASSWORD)).goToAdministration();
    const users = await admin.goToUsers();
    expect(await users.usernames()).toContain('officer');
    expect(await (await users.openUser('officer')).summary('Role')).toBe('Practitioner');
    const invited = await (await (await UsersPage.visit(page)).addUser()).add({ username: 'journey.invitee', name: 'Jo Invitee', role: 'Board member', agency: 'Test local_authority (LOCAL_AUTHORITY)', how: 'invitation' });
    const link = new URL(await invited.invitationLink()).pathname;
    const otp = await (await (await UsersPage.visit(page)).addUser()).add({ username: 'journey.otp', name: 'Jo Onetime', role: 'Practitioner', agency: 'Test police (POLICE)', how: 'one-time' });
    const password = await otp.oneTimePassword();
    expect(await (await (await AdminPage.visit(page)).goToAgencies()).names()).toContain('Test police');
    expect(await (await (await AdminPage.visit(page)).goToAreas()).names()).toContain('Northtown');
    await (await AdminPage.visit(page)).goToTokens();
    const agreements = await (await (await AdminPage.visit(page)).goToAgreements()).record({
      title: 'Journey: police and housing',
      parties: ['Test police (POLICE)', 'Test housing (HOUSING)'],
      purpose: 'Resettlement of people leaving custody',
      data: 'identity, custody',
      from: '2009-01-01',
    });
    expect((await agreements.titles()).join('\n')).toContain('Journey: police and housing');
    const retention = await (await (await AdminPage.visit(page)).goToRetention()).setPeriod('3');
    expect(await retention.intro()).toContain('for 3 years');

    const other = await w.newPage();
    await (await InvitationPage.visit(other, link)).setPassword('a board member password');
    const third = await w.newPage();
    await (await SignInPage.visit(third)).signInTo(ChangePasswordPage, 'journey.otp', password);
  }, 120_000);
});

// Pages that exist but have no journey yet. Add a page object and a journey,
// then remove the page from this list.
const NOT_YET_COVERED: string[] = [];

describe.skipIf(!hasChromium)('coverage', () => {
  it('every HTML page of the app was visited and checked by axe in this file', () => {
    // A route that answered only with something other than HTML (the JSON
    // progress of an import, a CSV download) is not a page for axe; it is left
    // out only once a journey has really fetched it, so an unvisited page still counts.
    const notPages = [...w.servedOther].filter((r) => !w.servedPages.has(r));
    const pageRoutes = w.ta.app.routeTable
      .filter((r) => r.method === 'GET' && !r.url.startsWith('/assets/') && !r.url.startsWith('/api/') && r.url !== '/health')
      .filter((r) => !notPages.includes(`GET ${r.url}`))
      .map((r) => `GET ${r.url}`);
    const missing = pageRoutes.filter((r) => !w.servedPages.has(r) && !NOT_YET_COVERED.includes(r));
    expect(missing, 'pages no browser journey visits').toEqual([]);
    expect(checkedPages.size).toBeGreaterThanOrEqual(5);
  });
});
