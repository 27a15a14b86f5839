// `waymark backup FILE` and `waymark restore FILE`: the whole database, on
// either engine, to and from one file (see backup.ts for the format).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliError, cliLabel, withInstallation } from './context.js';
import type { ProgressEvent } from '../ops/backup.js';

function progress(json: boolean) {
  let last = 0;
  return (e: ProgressEvent) => {
    const now = Date.now();
    if (json || !process.stderr.isTTY || now - last < 500) return;
    last = now;
    process.stderr.write(`\r\x1b[2K${e.table}: ${e.rows.toLocaleString('en-GB')} rows`);
  };
}

export function registerOpsCommands(program: Command): void {
  program
    .command('backup')
    .description('write a backup of the whole database (every partnership) to FILE; restore it with `waymark restore`')
    .argument('<file>', 'the backup file to write, e.g. waymark-2009-06-30.backup.gz')
    .option('--force', 'overwrite FILE if it exists')
    .option('--json', 'print a JSON summary only')
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      const target = path.resolve(file);
      if (fs.existsSync(target) && !opts.force) throw new CliError(`${target} already exists; choose another name or add --force.`);
      if (!fs.existsSync(path.dirname(target))) throw new CliError(`The folder ${path.dirname(target)} does not exist.`);
      await withInstallation(async ({ services }) => {
        const t0 = Date.now();
        const summary = await services.ops.backup(target, progress(Boolean(opts.json)), cliLabel());
        const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
        if (opts.json) process.stdout.write(JSON.stringify({ file: target, ...summary }) + '\n');
        else process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}Backed up ${rows.toLocaleString('en-GB')} rows in ${summary.tables.length} tables to ${target} (${((Date.now() - t0) / 1000).toFixed(1)} s).\n`);
      });
    });

  program
    .command('restore')
    .description('restore a backup into an EMPTY database (a new WAYMARK_DATA folder or a new PostgreSQL database)')
    .argument('<file>', 'a file written by `waymark backup`')
    .option('--json', 'print a JSON summary only')
    .action(async (file: string, opts: { json?: boolean }) => {
      const source = path.resolve(file);
      if (!fs.existsSync(source)) throw new CliError(`There is no file ${source}.`);
      await withInstallation(async ({ database, services }) => {
        const why = await services.ops.notEmptyReason();
        if (why) throw new CliError(`Restore needs an empty database, and ${database.location} is not: ${why}. Point WAYMARK_DATA at a new folder, or DATABASE_URL at a new empty database, and run the restore again.`);
        const t0 = Date.now();
        const summary = await services.ops.restore(source, progress(Boolean(opts.json)));
        const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
        if (opts.json) process.stdout.write(JSON.stringify({ file: source, ...summary }) + '\n');
        else process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}Restored ${rows.toLocaleString('en-GB')} rows in ${summary.tables.length} tables into ${database.location}; every table matches its checksum (${((Date.now() - t0) / 1000).toFixed(1)} s).\n`);
      });
    });
}
