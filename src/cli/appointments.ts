// `waymark case appointment …`: appointments and their outcomes.
import type { Command } from 'commander';

export function registerAppointmentCommands(group: Command): void {
  void group;
}
