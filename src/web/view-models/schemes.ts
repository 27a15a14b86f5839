// What the scheme pages show: the list of schemes as table rows, and one
// scheme's members, balance, structure and spreads as the scheme page's tables.
import type { SchemeListItem, SchemePage, SchemeStructure } from '../../schemes/service.js';
import { escape } from '../html.js';

export function schemeListRows(schemes: readonly SchemeListItem[]) {
  return schemes.map((s) => [
    { html: `<a class="govuk-link" href="/schemes/${encodeURIComponent(s.code)}">${escape(s.name)}</a>` },
    { text: String(s.members), format: 'numeric' },
    { text: s.capacity === null ? '–' : String(s.capacity), format: 'numeric' },
  ]);
}

/** The partnership's areas as the add-a-scheme form's checkboxes, keeping what was ticked. */
export function schemeAreaItems(areas: readonly { code: string; name: string }[], ticked: readonly string[]) {
  return areas.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, checked: ticked.includes(a.code) }));
}

export function schemePageTables(page: SchemePage, structure: SchemeStructure) {
  const b = page.balance;
  const pct = (n: number) => (b.total ? `${Math.round((100 * n) / b.total)}%` : '–');
  return {
    tierRows: structure.tiers.map((t) => [{ text: String(t.rank), format: 'numeric' }, { text: t.code }, { text: t.name }]),
    strandRows: structure.strands.map((x) => [{ text: x.code }, { text: x.name }]),
    custodyShare: `${pct(b.inCustody)} of members`,
    custodyRows: [
      [{ text: 'Over 12 months' }, { text: String(b.custodyOver12Months), format: 'numeric' }],
      [{ text: '12 months or less' }, { text: String(b.custodyUnder12Months), format: 'numeric' }],
      [{ text: 'Remand or not known' }, { text: String(b.custodyUnknownLength), format: 'numeric' }],
    ],
    yearsRows: page.yearsOnScheme.map((y) => [{ text: y.band }, { text: String(y.count), format: 'numeric' }]),
    areaRows: page.byArea.map((a) => [{ text: a.area }, { text: String(a.count), format: 'numeric' }]),
    memberRows: page.members.map((m) => [
      { html: `<a class="govuk-link" href="/people/${m.personId}">${escape(m.name)}</a>`, attributes: { 'data-sort-value': m.name } },
      { text: m.tier ?? '–' },
      { text: m.startDate },
      { text: m.areaName ?? '–' },
      { text: m.inCustody ? `In custody${m.expectedReleaseDate ? `, due out ${m.expectedReleaseDate}` : ''}` : 'In the community' },
    ]),
  };
}
