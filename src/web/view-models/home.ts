// What the home page shows besides the attention cards: the schemes as govuk
// table rows, each linking to its page.
import type { SchemeListItem } from '../../schemes/service.js';
import { escape } from '../html.js';

export function schemeRows(schemes: SchemeListItem[]) {
  return schemes.map((s) => [
    { html: `<a class="govuk-link" href="/schemes/${encodeURIComponent(s.code)}">${escape(s.name)}</a>` },
    { text: String(s.members), format: 'numeric' },
    { text: s.capacity === null ? '–' : String(s.capacity), format: 'numeric' },
  ]);
}
