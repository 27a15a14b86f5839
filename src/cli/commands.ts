// Where each feature's commands join the CLI.
import type { Command } from 'commander';
import { openCliDatabase } from './context.js';
import { migrate } from '../db/migrate.js';
import { registerServeCommands } from './serve.js';
import { registerSchemeCommands } from './schemes.js';
import { registerSetupCommands } from './setup.js';
import { registerAccessCommands } from './access.js';
import { registerPerformanceCommands } from './performance.js';
import { registerSelectionCommands } from './selection.js';
import { registerImportCommands } from './imports.js';
import { registerOpsCommands } from './ops.js';
import { registerDemoCommands } from './demo.js';
import { registerPersonCommands } from './people.js';
import { registerRetentionCommands } from './retention.js';
import { registerAgreementCommands } from './agreements.js';

export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerSetupCommands(program);
  registerSchemeCommands(program);
  registerAccessCommands(program);
  registerPersonCommands(program);
  registerAgreementCommands(program);
  registerOpsCommands(program);
  program
    .command('migrate')
    .description('apply pending database migrations (also done on every start)')
    .action(async () => {
      const database = await openCliDatabase({ migrate: false });
      try {
        const applied = await migrate(database.db);
        process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n');
      } finally {
        await database.close();
      }
    });

  registerPerformanceCommands(program);
  registerSelectionCommands(program);
  registerImportCommands(program);
  registerDemoCommands(program);
  registerRetentionCommands(program);
}
