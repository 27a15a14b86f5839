// `waymark person …`: one person's record (as the person page shows it), who
// may see it (restricted records) and the consent to share their health
// detail; a page of their timeline.
import type { Command } from 'commander';
import { registerRestrictionCommands } from './person-restrictions.js';
import { registerConsentCommands } from './person-consent.js';
import { registerTimelineCommands } from './person-timeline.js';
import { registerShowCommands } from './person-show.js';

export function registerPersonCommands(program: Command): void {
  const person = program.command('person').description("one person's record: the record, its timeline, restrictions and consent to share");
  registerShowCommands(person);
  registerRestrictionCommands(person);
  registerConsentCommands(person);
  registerTimelineCommands(person);
}
