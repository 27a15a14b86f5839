// `waymark person …` commands; filled in by issue 14.
import type { Command } from 'commander';

export function registerRestrictionCommands(_person: Command): void {}
