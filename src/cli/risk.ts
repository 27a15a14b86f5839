// `waymark risk …`: risk of serious harm assessments and MAPPA referrals.
import type { Command } from 'commander';

export function registerRiskCommands(program: Command): void {
  void program;
}
