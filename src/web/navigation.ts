// The service navigation: the sections a signed-in user's role opens, with the
// one for the current address marked active.
import type { Actor } from '../access/actor.js';
import { can } from '../access/permissions.js';

export function navigationFor(actor: Actor, url: string) {
  const items = [
    { text: 'Home', href: '/', show: true },
    { text: 'Caseload', href: '/caseload', show: can(actor, 'case:work') },
    { text: 'People', href: '/people', show: can(actor, 'person:search') },
    { text: 'Schemes', href: '/schemes', show: can(actor, 'scheme:view') },
    { text: 'Performance', href: '/performance', show: can(actor, 'performance:view') },
    { text: 'Reports', href: '/reports', show: can(actor, 'performance:view') },
    { text: 'Transfers', href: '/transfers', show: can(actor, 'scheme:manage') },
    { text: 'Imports', href: '/imports', show: can(actor, 'import:run') },
    { text: 'Administration', href: '/admin', show: can(actor, 'admin:users') },
  ];
  return items
    .filter((i) => i.show)
    .map((i) => ({ text: i.text, href: i.href, active: i.href === '/' ? url === '/' : url.startsWith(i.href) }));
}
