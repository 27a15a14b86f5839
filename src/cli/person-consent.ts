// `waymark person …` commands; filled in by issue 14.
import type { Command } from 'commander';

export function registerConsentCommands(_person: Command): void {}
