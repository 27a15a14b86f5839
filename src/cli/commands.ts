// Where each feature's commands join the CLI.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
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
import { registerCaseCommands } from './cases.js';
import { registerAlertCommands } from './alerts.js';
import { registerRiskCommands } from './risk.js';
import { registerReportCommands } from './reports.js';

export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerSetupCommands(program);
  registerSchemeCommands(program);
  registerAccessCommands(program);
  registerPersonCommands(program);
  registerAgreementCommands(program);
  registerCaseCommands(program);
  registerAlertCommands(program);
  registerRiskCommands(program);
  registerOpsCommands(program);
  program
    .command('migrate')
    .description('apply pending database migrations (also done on every start); as WAYMARK_MIGRATION_DATABASE_URL when set')
    .action(async () => {
      const config = loadConfig();
      // The schema's owner migrates; the app's own role may only use the tables (docs/deploy-database.md).
      const database = await openDatabase({ databaseUrl: config.migrationDatabaseUrl ?? config.databaseUrl, dataDir: config.dataDir, migrate: false });
      try {
        const applied = await migrate(database.db);
        process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date.\n');
      } finally {
        await database.close();
      }
    });

  registerPerformanceCommands(program);
  registerReportCommands(program);
  registerSelectionCommands(program);
  registerImportCommands(program);
  registerDemoCommands(program);
  registerRetentionCommands(program);
}
