// `waymark case …`: case work at the command line: caseloads, a case, its
// appointments and outcomes.
import type { Command } from 'commander';
import { registerAppointmentCommands } from './appointments.js';

export function registerCaseCommands(program: Command): void {
  const group = program.command('case').description('case management: caseloads, cases, appointments, outreach and plans');
  registerAppointmentCommands(group);
}
