// CLI doors onto the import services: `waymark import KIND FILE [--partial]`,
// `waymark import offence-codes FILE`, `waymark export KIND FILE` and
// `waymark data-quality`. Progress goes to stderr; --json prints only JSON.
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { justificationOf } from './justification.js';
import cliProgress from 'cli-progress';
import { CliError, withCli, type GlobalOptions } from './context.js';
import { IMPORT_KINDS, isImportKind } from '../imports/kind-names.js';
import type { ImportResult } from '../imports/import-file.js';
import { importMessage, STORE_GOOD_ROWS, unknownCodesNote } from '../imports/advice.js';
import { formatOf, type FileFormat } from '../imports/read.js';
import { LIST_KIND_NAMES, isListKind } from '../exports/kinds.js';

interface ListOptions {
  scheme?: string;
  run?: string;
  date?: string;
  asOf?: string;
  year?: string;
  ceiling?: string;
  stretch?: string;
  cohortDate?: string;
  cohortList?: string;
  from?: string;
  to?: string;
  model?: string;
  list?: string;
  view?: string;
  lead?: string;
  sort?: string;
  order?: string;
  username?: string;
}

/** `waymark export LIST FILE`: the list as its page draws it, through the one export service (src/exports/). */
async function exportList(kind: string, file: string, opts: GlobalOptions & ListOptions & { format?: string; raw?: boolean; forSpreadsheet?: boolean; justification?: string }): Promise<void> {
  if (opts.raw || opts.forSpreadsheet === false) throw new CliError(`--raw is for the import kinds only: every cell of a list export is neutralised.`);
  const format = opts.format ?? (file === '-' ? 'csv' : formatOf(file));
  const params: Record<string, string | undefined> = {
    scheme: opts.scheme,
    run: opts.run,
    date: opts.date,
    asOf: opts.asOf,
    year: opts.year,
    ceiling: opts.ceiling,
    stretch: opts.stretch,
    cohortDate: opts.cohortDate,
    cohortList: opts.cohortList,
    from: opts.from,
    to: opts.to,
    model: opts.model,
    list: opts.list,
    view: opts.view,
    lead: opts.lead,
    sort: opts.sort,
    order: opts.order,
    username: opts.username,
    forUser: opts.username,
  };
  await withCli(opts, async ({ services, actor }) => {
    const toStdout = file === '-';
    const r = await services.exports.list(actor, { kind, format, params, destination: toStdout ? 'standard output' : path.basename(file), justification: opts.justification });
    if (toStdout) {
      process.stdout.write(r.body);
      return;
    }
    fs.writeFileSync(file, r.body);
    const left = r.withheldRestricted ? ` ${r.withheldRestricted} restricted records were left out: give --justification (or --reason) to include them.` : '';
    process.stderr.write(`Exported ${r.rows} ${kind} rows to ${file}.${left}\n`);
  });
}

const SHOWN_ERRORS = 20;

/** Where the CLI shows an import's flagged rows. */
const dataQualityCommand = (importId: number) => `the data-quality report of the import: waymark data-quality --import ${importId}`;

function kindError(kind: string, extra: string[] = []): CliError {
  return new CliError(`${kind} is not a kind of data. Use one of: ${[...IMPORT_KINDS, ...extra].join(', ')}.`);
}

function summary(r: ImportResult): string {
  const counts = `${r.rowsAdded} added, ${r.rowsUpdated} updated, ${r.rowsUnchanged} unchanged, ${r.rowsRejected} rejected`;
  return `${r.fileName} (${r.kind}): ${counts}. Import ${r.importId}, SHA-256 ${r.sha256.slice(0, 12)}…`;
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description(`import a CSV or XLSX file of one kind (${IMPORT_KINDS.join(', ')}), or the Home Office offence-codes table (reference data for the whole installation, so loaded here only, by its operator)`)
    .argument('<kind>', 'what the file holds')
    .argument('<file>', 'a .csv or .xlsx file with a header row (SPEC section 5)')
    .option('--partial', 'store the good rows and write the bad ones to NAME.errors.csv beside the file (default: all or nothing)')
    .option('--json', 'print only the result, as JSON')
    .action(async (kind: string, file: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { partial?: boolean; json?: boolean }>();
      if (!fs.existsSync(file)) throw new CliError(`There is no file ${file}.`);
      if (kind === 'offence-codes') {
        await withCli(opts, async ({ services, actor }) => {
          const r = await services.imports.loadOffenceCodes(actor, { path: file });
          if (opts.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
          if (r.status === 'failed') {
            if (!opts.json) for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}\n`);
            throw new CliError(r.message ?? 'The offence codes were not loaded.');
          }
          if (!opts.json) {
            process.stdout.write(`Offence codes from ${path.basename(file)}: ${r.rowsAdded} added, ${r.rowsUpdated} updated, ${r.rowsUnchanged} unchanged.\n`);
          }
        });
        return;
      }
      if (!isImportKind(kind)) throw kindError(kind, ['offence-codes']);
      await withCli(opts, async ({ services, actor }) => {
        const bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'Importing {bar} {percentage}% | {rows} rows | {rate} rows/s | {phase}',
            hideCursor: true,
            clearOnComplete: true,
            // Without a terminal (a script, a log), a progress line every few seconds.
            noTTYOutput: true,
            notTTYSchedule: 2000,
          },
          cliProgress.Presets.shades_classic,
        );
        const started = Date.now();
        let barStarted = false;
        const r = await services.imports.importFile(actor, {
          kind,
          path: file,
          mode: opts.partial ? 'partial' : 'all_or_nothing',
          onProgress: (p) => {
            const secs = Math.max((Date.now() - started) / 1000, 0.001);
            const payload = { rows: p.rowsRead, rate: Math.round(p.rowsRead / secs), phase: p.phase };
            if (!barStarted) {
              bar.start(Math.max(p.totalBytes, 1), p.bytesRead, payload);
              barStarted = true;
            } else {
              bar.update(p.bytesRead, payload);
            }
          },
        }).finally(() => {
          if (barStarted) bar.stop();
        });
        const secs = (Date.now() - started) / 1000;
        const message = importMessage(r, STORE_GOOD_ROWS.cli);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...r, message }, null, 2) + '\n');
          if (r.status === 'failed') process.exitCode = 1;
          return;
        }
        if (r.status === 'failed') {
          for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}\n`);
          if (r.errorCount > SHOWN_ERRORS) process.stderr.write(`  … and ${r.errorCount - SHOWN_ERRORS} more problems\n`);
          throw new CliError(message ?? 'The import failed; nothing was stored.');
        }
        if (r.ignoredColumns.length) process.stderr.write(`Ignored columns: ${r.ignoredColumns.join(', ')}\n`);
        if (r.errorCount) {
          for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}\n`);
          process.stderr.write(`${r.errorCount} problems in ${r.rowsRejected} rows; those rows were not stored. All are listed in ${r.errorFile}\n`);
        }
        process.stdout.write(`Imported ${summary(r)} ${Math.round(r.rowsRead / Math.max(secs, 0.001))} rows/s.\n`);
        const unknown = unknownCodesNote(r.rowsUnknownCode, dataQualityCommand(r.importId));
        if (unknown) process.stdout.write(`${unknown}\n`);
      });
    });

  program
    .command('export')
    .description('export one kind of data in its import format, or a list as its page shows it (CSV, or XLSX by the file name)')
    .argument('<kind>', `one of ${IMPORT_KINDS.join(', ')} (import format), or a list: ${LIST_KIND_NAMES.join(', ')}`)
    .argument('<file>', "the file to write, or '-' for standard output")
    .option('--format <format>', 'csv or xlsx (default: from the file name; csv for standard output)')
    .option('--raw', "write every cell exactly as stored; by default a cell starting = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet does not run it, which import takes off again")
    .option('--for-spreadsheet', 'accepted for old scripts and does nothing: cells are now neutralised by default')
    .option('--no-for-spreadsheet', 'the same as --raw (kept for old scripts)')
    .option('--justification <text>', 'why this export is needed (recorded in the audit log); a list holds restricted records only with one')
    .option('--reason <text>', 'the same as --justification')
    // The lists' parameters (docs/exports.md says which list takes which).
    .option('--scheme <code>', 'list: the scheme (pool, panel-minutes, scheme-members, ni30; a filter for caseload, ni38, reoffending, concentration)')
    .option('--run <id>', 'list: the selection run (selection-run, disproportionality; pool: default the latest)')
    .option('--date <date>', 'list: the panel meeting date (panel-minutes)')
    .option('--as-of <date>', 'list: the date (scheme-members; ni30, ni38: convictions recorded by; reoffending: read on)')
    .option('--year <yyyy/yy>', 'list: the performance year (ni30, ni38, drr)')
    .option('--ceiling <fraction>', 'list: the performance ceiling (ni30)')
    .option('--stretch <fraction>', 'list: the stretch target (ni30)')
    .option('--cohort-date <date>', 'list: the cohort date (ni30)')
    .option('--cohort-list <id>', 'list: a frozen cohort list (ni30)')
    .option('--from <date>', 'list: the period start (ni38, reoffending, concentration)')
    .option('--to <date>', 'list: the period end (ni38, reoffending, concentration)')
    .option('--model <version>', 'list: the prediction model (ni38)')
    .option('--list <id>', 'list: the watch list number (watch-list)')
    .option('--view <view>', 'list: mine, team or all (caseload)')
    .option('--lead <code>', 'list: the lead agency (caseload)')
    .option('--sort <sort>', 'list: the order (caseload)')
    .option('--order <order>', 'list: asc or desc (caseload)')
    .option('--username <name>', "list: whose caseload (caseload) or alerts (alerts)")
    .action(async (kind: string, file: string, _opts: unknown, cmd: Command) => {
      const given = cmd.optsWithGlobals<GlobalOptions & ListOptions & { format?: string; raw?: boolean; forSpreadsheet?: boolean; justification?: string; reason?: string }>();
      const opts = { ...given, justification: justificationOf(given) };
      if (isListKind(kind)) return exportList(kind, file, opts);
      if (!isImportKind(kind)) throw kindError(kind, LIST_KIND_NAMES);
      const format: FileFormat = opts.format === 'xlsx' || opts.format === 'csv' ? opts.format : file === '-' ? 'csv' : formatOf(file);
      if (opts.format && opts.format !== format) throw new CliError(`--format must be csv or xlsx, not ${opts.format}.`);
      await withCli(opts, async ({ services, actor }) => {
        const toStdout = file === '-';
        const out = toStdout ? process.stdout : fs.createWriteStream(file);
        try {
          const r = await services.imports.exportKind(actor, {
            kind,
            out,
            format,
            raw: opts.raw === true || opts.forSpreadsheet === false,
            destination: toStdout ? 'standard output' : path.basename(file),
            justification: opts.justification,
          });
          if (!toStdout) {
            out.end();
            await finished(out);
            process.stderr.write(`Exported ${r.rows} ${kind} rows to ${file}.\n`);
          }
        } catch (e) {
          if (!toStdout) {
            (out as fs.WriteStream).destroy();
            fs.rmSync(file, { force: true });
          }
          throw e;
        }
      });
    });

  program
    .command('import-status')
    .description("an import's record and, while it runs, its progress (from any machine on PostgreSQL)")
    .argument('<id>', 'the import number')
    .option('--json', 'print only JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const importId = Number(id);
      if (!Number.isInteger(importId) || importId < 1) throw new CliError(`The import number must be a whole number, not ${id}.`);
      await withCli(opts, async ({ services, actor }) => {
        const s = await services.imports.importStatus(actor, importId, { storeGoodRows: STORE_GOOD_ROWS.cli });
        if (opts.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        process.stdout.write(`Import ${s.importId}: ${s.fileName} (${s.kind}), ${s.status}${s.startedAt ? `, started ${s.startedAt}` : ''}.\n`);
        if (s.status === 'running') process.stdout.write(`  ${s.phase}: ${s.rowsRead} rows read, ${s.percent}% done${s.runningElsewhere ? ' (on another app node)' : ''}.\n`);
        else if (s.counts) process.stdout.write(`  ${s.rowsRead} rows read: ${s.counts.added} added, ${s.counts.updated} updated, ${s.counts.unchanged} unchanged, ${s.counts.rejected} rejected.${s.message ? ` ${s.message}` : ''}\n`);
        const unknown = unknownCodesNote(s.unknownOffenceCodes, dataQualityCommand(s.importId));
        if (unknown) process.stdout.write(`  ${unknown}\n`);
        for (const e of s.errors) process.stdout.write(`  ${e.message}\n`);
      });
    });

  program
    .command('data-quality')
    .description('missing identifiers, impossible dates, overlapping custody and unknown offence codes')
    .option('--import <id>', 'only rows stored or changed by this import')
    .option('--json', 'print only JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { import?: string; json?: boolean }>();
      const importId = opts.import === undefined ? undefined : Number(opts.import);
      if (importId !== undefined && !Number.isInteger(importId)) throw new CliError(`--import must be an import number, not ${opts.import}.`);
      await withCli(opts, async ({ services, actor }) => {
        const r = await services.imports.dataQuality(actor, { importId });
        if (opts.json) {
          process.stdout.write(JSON.stringify(r, null, 2) + '\n');
          return;
        }
        for (const c of r.checks) {
          const ex = c.examples.length ? ` (e.g. ${c.examples.map((e) => e.personRef).join(', ')})` : '';
          process.stdout.write(`${String(c.count).padStart(8)}  ${c.label}${ex}\n`);
        }
        if (r.unknownCodes.length) {
          process.stdout.write(`Unknown offence codes: ${r.unknownCodes.map((u) => `${u.code} (${u.count})`).join(', ')}\n`);
        }
      });
    });
}
