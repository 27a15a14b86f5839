// What the alerts and watch-list pages show: govuk table rows built from the
// services' answers, each person linking to their record.
import type { AlertView } from '../../alerts/service.js';
import type { WatchList, WatchRow } from '../../alerts/watch-lists.js';
import { escape, formatDate } from '../html.js';

const personLink = (id: number, name: string) => `<a class="govuk-link" href="/people/${id}">${escape(name)}</a>`;

/** The alerts, each with what the acknowledge form needs. */
export function alertRows(alerts: AlertView[]) {
  return alerts.map((a) => ({
    id: a.id,
    version: a.version,
    kind: a.kindLabel,
    person: { id: a.personId, name: a.name, ref: a.personRef },
    scheme: a.scheme,
    raisedOn: formatDate(a.raisedOn),
    raisedOnIso: a.raisedOn,
    detail: a.detail,
    acknowledged: a.acknowledged ? `Acknowledged by ${a.acknowledged.by ?? 'someone'} on ${formatDate(a.acknowledged.at)}` : null,
  }));
}

export function watchListRows(lists: WatchList[]) {
  return lists.map((l) => [
    { html: `<a class="govuk-link" href="/watch-lists/${l.id}">${escape(l.name)}</a>` },
    { text: l.description },
  ]);
}

export function watchResultRows(rows: WatchRow[]) {
  return rows.map((r) => [
    { html: personLink(r.personId, r.name), attributes: { 'data-sort-value': r.name } },
    { text: r.personRef },
    { text: formatDate(r.date), attributes: { 'data-sort-value': r.date } },
    { text: r.detail },
  ]);
}
