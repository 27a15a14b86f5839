// `waymark person …`: one person's record: who may see it (restricted records)
// and the consent to share their health detail.
import type { Command } from 'commander';
import { registerRestrictionCommands } from './person-restrictions.js';
import { registerConsentCommands } from './person-consent.js';

export function registerPersonCommands(program: Command): void {
  const person = program.command('person').description("one person's record: restrictions and consent to share");
  registerRestrictionCommands(person);
  registerConsentCommands(person);
}
