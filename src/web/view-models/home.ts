// What the home page shows besides the attention cards: the watch lists as
// cards, the overdue actions, and the schemes as govuk table rows, each
// linking to its page.
import type { SchemeListItem } from '../../schemes/service.js';
import type { OverdueAction } from '../../alerts/service.js';
import type { WatchCard } from '../../alerts/watch-lists.js';
import { PATHWAY_LABELS } from '../../glossary.js';
import { escape, formatDate } from '../html.js';

export function schemeRows(schemes: SchemeListItem[]) {
  return schemes.map((s) => [
    { html: `<a class="govuk-link" href="/schemes/${encodeURIComponent(s.code)}">${escape(s.name)}</a>` },
    { text: String(s.members), format: 'numeric' },
    { text: s.capacity === null ? '–' : String(s.capacity), format: 'numeric' },
  ]);
}

/** Watch lists in the shape of the attention cards, each linking to its list (a default search, to the page that saves it). */
export function watchCardsView(cards: WatchCard[]) {
  return cards.map((c) => ({
    id: c.id === null ? `watch-${c.query}` : `watch-list-${c.id}`,
    title: c.title,
    href: c.id === null ? '/watch-lists' : `/watch-lists/${c.id}`,
    linkText: c.id === null ? 'Save as a watch list' : 'Open the list',
    count: c.count,
    people: c.people.map((p) => ({ id: p.personId, name: p.name, note: `${p.detail}, ${formatDate(p.date)}` })),
  }));
}

const ACTION_KINDS: Record<string, string> = {
  plan: 'Plan action',
  assertive_outreach: 'Assertive outreach',
  release_accommodation: 'Accommodation on release',
  release_treatment: 'Treatment continuity on release',
  release_police_informed: 'Police told of the release',
};

export function overdueRows(actions: OverdueAction[]) {
  return actions.map((a) => [
    { html: `<a class="govuk-link" href="/people/${a.personId}">${escape(a.name)}</a>` },
    { text: a.pathway ? `${ACTION_KINDS[a.kind] ?? a.kind}: ${PATHWAY_LABELS[a.pathway as keyof typeof PATHWAY_LABELS] ?? a.pathway}` : (ACTION_KINDS[a.kind] ?? a.kind) },
    { text: formatDate(a.dueDate), attributes: { 'data-sort-value': a.dueDate } },
    { text: `${a.days} ${a.days === 1 ? 'day' : 'days'}`, format: 'numeric' },
  ]);
}
