// `waymark alerts …` and `waymark watchlist …`.
import type { Command } from 'commander';

export function registerAlertCommands(program: Command): void {
  void program;
}
