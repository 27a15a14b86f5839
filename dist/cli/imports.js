import fs from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import cliProgress from "cli-progress";
import { CliError, withCli } from "./context.js";
import { IMPORT_KINDS, isImportKind } from "../imports/kind-names.js";
import { formatOf } from "../imports/read.js";
import { LIST_KIND_NAMES, isListKind } from "../exports/kinds.js";
async function exportList(kind, file, opts) {
  if (opts.raw || opts.forSpreadsheet === false) throw new CliError(`--raw is for the import kinds only: every cell of a list export is neutralised.`);
  const format = opts.format ?? (file === "-" ? "csv" : formatOf(file));
  const params = {
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
    forUser: opts.username
  };
  await withCli(opts, async ({ services, actor }) => {
    const toStdout = file === "-";
    const r = await services.exports.list(actor, { kind, format, params, destination: toStdout ? "standard output" : path.basename(file), justification: opts.justification });
    if (toStdout) {
      process.stdout.write(r.body);
      return;
    }
    fs.writeFileSync(file, r.body);
    const left = r.withheldRestricted ? ` ${r.withheldRestricted} restricted records were left out: give --justification to include them.` : "";
    process.stderr.write(`Exported ${r.rows} ${kind} rows to ${file}.${left}
`);
  });
}
const SHOWN_ERRORS = 20;
function kindError(kind, extra = []) {
  return new CliError(`${kind} is not a kind of data. Use one of: ${[...IMPORT_KINDS, ...extra].join(", ")}.`);
}
function summary(r) {
  const counts = `${r.rowsAdded} added, ${r.rowsUpdated} updated, ${r.rowsUnchanged} unchanged, ${r.rowsRejected} rejected`;
  return `${r.fileName} (${r.kind}): ${counts}. Import ${r.importId}, SHA-256 ${r.sha256.slice(0, 12)}\u2026`;
}
function registerImportCommands(program) {
  program.command("import").description(`import a CSV or XLSX file of one kind (${IMPORT_KINDS.join(", ")}), or the offence-codes reference table`).argument("<kind>", "what the file holds").argument("<file>", "a .csv or .xlsx file with a header row (SPEC section 5)").option("--partial", "store the good rows and write the bad ones to NAME.errors.csv beside the file (default: all or nothing)").option("--json", "print only the result, as JSON").action(async (kind, file, _opts, cmd) => {
    const opts = cmd.optsWithGlobals();
    if (!fs.existsSync(file)) throw new CliError(`There is no file ${file}.`);
    if (kind === "offence-codes") {
      await withCli(opts, async ({ services, actor }) => {
        const r = await services.imports.loadOffenceCodes(actor, { path: file });
        if (opts.json) process.stdout.write(JSON.stringify(r, null, 2) + "\n");
        if (r.status === "failed") {
          if (!opts.json) for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}
`);
          throw new CliError(r.message ?? "The offence codes were not loaded.");
        }
        if (!opts.json) {
          process.stdout.write(`Offence codes from ${path.basename(file)}: ${r.rowsAdded} added, ${r.rowsUpdated} updated, ${r.rowsUnchanged} unchanged.
`);
        }
      });
      return;
    }
    if (!isImportKind(kind)) throw kindError(kind, ["offence-codes"]);
    await withCli(opts, async ({ services, actor }) => {
      const bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: "Importing {bar} {percentage}% | {rows} rows | {rate} rows/s | {phase}",
          hideCursor: true,
          clearOnComplete: true,
          // Without a terminal (a script, a log), a progress line every few seconds.
          noTTYOutput: true,
          notTTYSchedule: 2e3
        },
        cliProgress.Presets.shades_classic
      );
      const started = Date.now();
      let barStarted = false;
      const r = await services.imports.importFile(actor, {
        kind,
        path: file,
        mode: opts.partial ? "partial" : "all_or_nothing",
        onProgress: (p) => {
          const secs2 = Math.max((Date.now() - started) / 1e3, 1e-3);
          const payload = { rows: p.rowsRead, rate: Math.round(p.rowsRead / secs2), phase: p.phase };
          if (!barStarted) {
            bar.start(Math.max(p.totalBytes, 1), p.bytesRead, payload);
            barStarted = true;
          } else {
            bar.update(p.bytesRead, payload);
          }
        }
      }).finally(() => {
        if (barStarted) bar.stop();
      });
      const secs = (Date.now() - started) / 1e3;
      if (opts.json) {
        process.stdout.write(JSON.stringify(r, null, 2) + "\n");
        if (r.status === "failed") process.exitCode = 1;
        return;
      }
      if (r.status === "failed") {
        for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}
`);
        if (r.errorCount > SHOWN_ERRORS) process.stderr.write(`  \u2026 and ${r.errorCount - SHOWN_ERRORS} more problems
`);
        throw new CliError(r.message ?? "The import failed; nothing was stored.");
      }
      if (r.ignoredColumns.length) process.stderr.write(`Ignored columns: ${r.ignoredColumns.join(", ")}
`);
      if (r.errorCount) {
        for (const e of r.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`  ${e.message}
`);
        process.stderr.write(`${r.errorCount} problems in ${r.rowsRejected} rows; those rows were not stored. All are listed in ${r.errorFile}
`);
      }
      process.stdout.write(`Imported ${summary(r)} ${Math.round(r.rowsRead / Math.max(secs, 1e-3))} rows/s.
`);
    });
  });
  program.command("export").description("export one kind of data in its import format, or a list as its page shows it (CSV, or XLSX by the file name)").argument("<kind>", `one of ${IMPORT_KINDS.join(", ")} (import format), or a list: ${LIST_KIND_NAMES.join(", ")}`).argument("<file>", "the file to write, or '-' for standard output").option("--format <format>", "csv or xlsx (default: from the file name; csv for standard output)").option("--raw", "write every cell exactly as stored; by default a cell starting = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet does not run it, which import takes off again").option("--for-spreadsheet", "accepted for old scripts and does nothing: cells are now neutralised by default").option("--no-for-spreadsheet", "the same as --raw (kept for old scripts)").option("--justification <text>", "why this export is needed (recorded in the audit log); a list holds restricted records only with one").option("--scheme <code>", "list: the scheme (pool, panel-minutes, scheme-members, ni30; a filter for caseload, ni38, reoffending, concentration)").option("--run <id>", "list: the selection run (selection-run, disproportionality; pool: default the latest)").option("--date <date>", "list: the panel meeting date (panel-minutes)").option("--as-of <date>", "list: the date (scheme-members; ni30, ni38: convictions recorded by; reoffending: read on)").option("--year <yyyy/yy>", "list: the performance year (ni30, ni38, drr)").option("--ceiling <fraction>", "list: the performance ceiling (ni30)").option("--stretch <fraction>", "list: the stretch target (ni30)").option("--cohort-date <date>", "list: the cohort date (ni30)").option("--cohort-list <id>", "list: a frozen cohort list (ni30)").option("--from <date>", "list: the period start (ni38, reoffending, concentration)").option("--to <date>", "list: the period end (ni38, reoffending, concentration)").option("--model <version>", "list: the prediction model (ni38)").option("--list <id>", "list: the watch list number (watch-list)").option("--view <view>", "list: mine, team or all (caseload)").option("--lead <code>", "list: the lead agency (caseload)").option("--sort <sort>", "list: the order (caseload)").option("--order <order>", "list: asc or desc (caseload)").option("--username <name>", "list: whose caseload (caseload) or alerts (alerts)").action(async (kind, file, _opts, cmd) => {
    const opts = cmd.optsWithGlobals();
    if (isListKind(kind)) return exportList(kind, file, opts);
    if (!isImportKind(kind)) throw kindError(kind, LIST_KIND_NAMES);
    const format = opts.format === "xlsx" || opts.format === "csv" ? opts.format : file === "-" ? "csv" : formatOf(file);
    if (opts.format && opts.format !== format) throw new CliError(`--format must be csv or xlsx, not ${opts.format}.`);
    await withCli(opts, async ({ services, actor }) => {
      const toStdout = file === "-";
      const out = toStdout ? process.stdout : fs.createWriteStream(file);
      try {
        const r = await services.imports.exportKind(actor, {
          kind,
          out,
          format,
          raw: opts.raw === true || opts.forSpreadsheet === false,
          destination: toStdout ? "standard output" : path.basename(file),
          justification: opts.justification
        });
        if (!toStdout) {
          out.end();
          await finished(out);
          process.stderr.write(`Exported ${r.rows} ${kind} rows to ${file}.
`);
        }
      } catch (e) {
        if (!toStdout) {
          out.destroy();
          fs.rmSync(file, { force: true });
        }
        throw e;
      }
    });
  });
  program.command("import-status").description("an import's record and, while it runs, its progress (from any machine on PostgreSQL)").argument("<id>", "the import number").option("--json", "print only JSON").action(async (id, _opts, cmd) => {
    const opts = cmd.optsWithGlobals();
    const importId = Number(id);
    if (!Number.isInteger(importId) || importId < 1) throw new CliError(`The import number must be a whole number, not ${id}.`);
    await withCli(opts, async ({ services, actor }) => {
      const s = await services.imports.importStatus(actor, importId);
      if (opts.json) {
        process.stdout.write(JSON.stringify(s, null, 2) + "\n");
        return;
      }
      process.stdout.write(`Import ${s.importId}: ${s.fileName} (${s.kind}), ${s.status}${s.startedAt ? `, started ${s.startedAt}` : ""}.
`);
      if (s.status === "running") process.stdout.write(`  ${s.phase}: ${s.rowsRead} rows read, ${s.percent}% done${s.runningElsewhere ? " (on another app node)" : ""}.
`);
      else if (s.counts) process.stdout.write(`  ${s.rowsRead} rows read: ${s.counts.added} added, ${s.counts.updated} updated, ${s.counts.unchanged} unchanged, ${s.counts.rejected} rejected.${s.message ? ` ${s.message}` : ""}
`);
      for (const e of s.errors) process.stdout.write(`  ${e.message}
`);
    });
  });
  program.command("data-quality").description("missing identifiers, impossible dates, overlapping custody and unknown offence codes").option("--import <id>", "only rows stored or changed by this import").option("--json", "print only JSON").action(async (_opts, cmd) => {
    const opts = cmd.optsWithGlobals();
    const importId = opts.import === void 0 ? void 0 : Number(opts.import);
    if (importId !== void 0 && !Number.isInteger(importId)) throw new CliError(`--import must be an import number, not ${opts.import}.`);
    await withCli(opts, async ({ services, actor }) => {
      const r = await services.imports.dataQuality(actor, { importId });
      if (opts.json) {
        process.stdout.write(JSON.stringify(r, null, 2) + "\n");
        return;
      }
      for (const c of r.checks) {
        const ex = c.examples.length ? ` (e.g. ${c.examples.map((e) => e.personRef).join(", ")})` : "";
        process.stdout.write(`${String(c.count).padStart(8)}  ${c.label}${ex}
`);
      }
      if (r.unknownCodes.length) {
        process.stdout.write(`Unknown offence codes: ${r.unknownCodes.map((u) => `${u.code} (${u.count})`).join(", ")}
`);
      }
    });
  });
}
export {
  registerImportCommands
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2NsaS9pbXBvcnRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBDTEkgZG9vcnMgb250byB0aGUgaW1wb3J0IHNlcnZpY2VzOiBgd2F5bWFyayBpbXBvcnQgS0lORCBGSUxFIFstLXBhcnRpYWxdYCxcbi8vIGB3YXltYXJrIGltcG9ydCBvZmZlbmNlLWNvZGVzIEZJTEVgLCBgd2F5bWFyayBleHBvcnQgS0lORCBGSUxFYCBhbmRcbi8vIGB3YXltYXJrIGRhdGEtcXVhbGl0eWAuIFByb2dyZXNzIGdvZXMgdG8gc3RkZXJyOyAtLWpzb24gcHJpbnRzIG9ubHkgSlNPTi5cbmltcG9ydCBmcyBmcm9tICdub2RlOmZzJztcbmltcG9ydCBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBmaW5pc2hlZCB9IGZyb20gJ25vZGU6c3RyZWFtL3Byb21pc2VzJztcbmltcG9ydCB0eXBlIHsgQ29tbWFuZCB9IGZyb20gJ2NvbW1hbmRlcic7XG5pbXBvcnQgY2xpUHJvZ3Jlc3MgZnJvbSAnY2xpLXByb2dyZXNzJztcbmltcG9ydCB7IENsaUVycm9yLCB3aXRoQ2xpLCB0eXBlIEdsb2JhbE9wdGlvbnMgfSBmcm9tICcuL2NvbnRleHQuanMnO1xuaW1wb3J0IHsgSU1QT1JUX0tJTkRTLCBpc0ltcG9ydEtpbmQgfSBmcm9tICcuLi9pbXBvcnRzL2tpbmQtbmFtZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBJbXBvcnRSZXN1bHQgfSBmcm9tICcuLi9pbXBvcnRzL2ltcG9ydC1maWxlLmpzJztcbmltcG9ydCB7IGZvcm1hdE9mLCB0eXBlIEZpbGVGb3JtYXQgfSBmcm9tICcuLi9pbXBvcnRzL3JlYWQuanMnO1xuaW1wb3J0IHsgTElTVF9LSU5EX05BTUVTLCBpc0xpc3RLaW5kIH0gZnJvbSAnLi4vZXhwb3J0cy9raW5kcy5qcyc7XG5cbmludGVyZmFjZSBMaXN0T3B0aW9ucyB7XG4gIHNjaGVtZT86IHN0cmluZztcbiAgcnVuPzogc3RyaW5nO1xuICBkYXRlPzogc3RyaW5nO1xuICBhc09mPzogc3RyaW5nO1xuICB5ZWFyPzogc3RyaW5nO1xuICBjZWlsaW5nPzogc3RyaW5nO1xuICBzdHJldGNoPzogc3RyaW5nO1xuICBjb2hvcnREYXRlPzogc3RyaW5nO1xuICBjb2hvcnRMaXN0Pzogc3RyaW5nO1xuICBmcm9tPzogc3RyaW5nO1xuICB0bz86IHN0cmluZztcbiAgbW9kZWw/OiBzdHJpbmc7XG4gIGxpc3Q/OiBzdHJpbmc7XG4gIHZpZXc/OiBzdHJpbmc7XG4gIGxlYWQ/OiBzdHJpbmc7XG4gIHNvcnQ/OiBzdHJpbmc7XG4gIG9yZGVyPzogc3RyaW5nO1xuICB1c2VybmFtZT86IHN0cmluZztcbn1cblxuLyoqIGB3YXltYXJrIGV4cG9ydCBMSVNUIEZJTEVgOiB0aGUgbGlzdCBhcyBpdHMgcGFnZSBkcmF3cyBpdCwgdGhyb3VnaCB0aGUgb25lIGV4cG9ydCBzZXJ2aWNlIChzcmMvZXhwb3J0cy8pLiAqL1xuYXN5bmMgZnVuY3Rpb24gZXhwb3J0TGlzdChraW5kOiBzdHJpbmcsIGZpbGU6IHN0cmluZywgb3B0czogR2xvYmFsT3B0aW9ucyAmIExpc3RPcHRpb25zICYgeyBmb3JtYXQ/OiBzdHJpbmc7IHJhdz86IGJvb2xlYW47IGZvclNwcmVhZHNoZWV0PzogYm9vbGVhbjsganVzdGlmaWNhdGlvbj86IHN0cmluZyB9KTogUHJvbWlzZTx2b2lkPiB7XG4gIGlmIChvcHRzLnJhdyB8fCBvcHRzLmZvclNwcmVhZHNoZWV0ID09PSBmYWxzZSkgdGhyb3cgbmV3IENsaUVycm9yKGAtLXJhdyBpcyBmb3IgdGhlIGltcG9ydCBraW5kcyBvbmx5OiBldmVyeSBjZWxsIG9mIGEgbGlzdCBleHBvcnQgaXMgbmV1dHJhbGlzZWQuYCk7XG4gIGNvbnN0IGZvcm1hdCA9IG9wdHMuZm9ybWF0ID8/IChmaWxlID09PSAnLScgPyAnY3N2JyA6IGZvcm1hdE9mKGZpbGUpKTtcbiAgY29uc3QgcGFyYW1zOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+ID0ge1xuICAgIHNjaGVtZTogb3B0cy5zY2hlbWUsXG4gICAgcnVuOiBvcHRzLnJ1bixcbiAgICBkYXRlOiBvcHRzLmRhdGUsXG4gICAgYXNPZjogb3B0cy5hc09mLFxuICAgIHllYXI6IG9wdHMueWVhcixcbiAgICBjZWlsaW5nOiBvcHRzLmNlaWxpbmcsXG4gICAgc3RyZXRjaDogb3B0cy5zdHJldGNoLFxuICAgIGNvaG9ydERhdGU6IG9wdHMuY29ob3J0RGF0ZSxcbiAgICBjb2hvcnRMaXN0OiBvcHRzLmNvaG9ydExpc3QsXG4gICAgZnJvbTogb3B0cy5mcm9tLFxuICAgIHRvOiBvcHRzLnRvLFxuICAgIG1vZGVsOiBvcHRzLm1vZGVsLFxuICAgIGxpc3Q6IG9wdHMubGlzdCxcbiAgICB2aWV3OiBvcHRzLnZpZXcsXG4gICAgbGVhZDogb3B0cy5sZWFkLFxuICAgIHNvcnQ6IG9wdHMuc29ydCxcbiAgICBvcmRlcjogb3B0cy5vcmRlcixcbiAgICB1c2VybmFtZTogb3B0cy51c2VybmFtZSxcbiAgICBmb3JVc2VyOiBvcHRzLnVzZXJuYW1lLFxuICB9O1xuICBhd2FpdCB3aXRoQ2xpKG9wdHMsIGFzeW5jICh7IHNlcnZpY2VzLCBhY3RvciB9KSA9PiB7XG4gICAgY29uc3QgdG9TdGRvdXQgPSBmaWxlID09PSAnLSc7XG4gICAgY29uc3QgciA9IGF3YWl0IHNlcnZpY2VzLmV4cG9ydHMubGlzdChhY3RvciwgeyBraW5kLCBmb3JtYXQsIHBhcmFtcywgZGVzdGluYXRpb246IHRvU3Rkb3V0ID8gJ3N0YW5kYXJkIG91dHB1dCcgOiBwYXRoLmJhc2VuYW1lKGZpbGUpLCBqdXN0aWZpY2F0aW9uOiBvcHRzLmp1c3RpZmljYXRpb24gfSk7XG4gICAgaWYgKHRvU3Rkb3V0KSB7XG4gICAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShyLmJvZHkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBmcy53cml0ZUZpbGVTeW5jKGZpbGUsIHIuYm9keSk7XG4gICAgY29uc3QgbGVmdCA9IHIud2l0aGhlbGRSZXN0cmljdGVkID8gYCAke3Iud2l0aGhlbGRSZXN0cmljdGVkfSByZXN0cmljdGVkIHJlY29yZHMgd2VyZSBsZWZ0IG91dDogZ2l2ZSAtLWp1c3RpZmljYXRpb24gdG8gaW5jbHVkZSB0aGVtLmAgOiAnJztcbiAgICBwcm9jZXNzLnN0ZGVyci53cml0ZShgRXhwb3J0ZWQgJHtyLnJvd3N9ICR7a2luZH0gcm93cyB0byAke2ZpbGV9LiR7bGVmdH1cXG5gKTtcbiAgfSk7XG59XG5cbmNvbnN0IFNIT1dOX0VSUk9SUyA9IDIwO1xuXG5mdW5jdGlvbiBraW5kRXJyb3Ioa2luZDogc3RyaW5nLCBleHRyYTogc3RyaW5nW10gPSBbXSk6IENsaUVycm9yIHtcbiAgcmV0dXJuIG5ldyBDbGlFcnJvcihgJHtraW5kfSBpcyBub3QgYSBraW5kIG9mIGRhdGEuIFVzZSBvbmUgb2Y6ICR7Wy4uLklNUE9SVF9LSU5EUywgLi4uZXh0cmFdLmpvaW4oJywgJyl9LmApO1xufVxuXG5mdW5jdGlvbiBzdW1tYXJ5KHI6IEltcG9ydFJlc3VsdCk6IHN0cmluZyB7XG4gIGNvbnN0IGNvdW50cyA9IGAke3Iucm93c0FkZGVkfSBhZGRlZCwgJHtyLnJvd3NVcGRhdGVkfSB1cGRhdGVkLCAke3Iucm93c1VuY2hhbmdlZH0gdW5jaGFuZ2VkLCAke3Iucm93c1JlamVjdGVkfSByZWplY3RlZGA7XG4gIHJldHVybiBgJHtyLmZpbGVOYW1lfSAoJHtyLmtpbmR9KTogJHtjb3VudHN9LiBJbXBvcnQgJHtyLmltcG9ydElkfSwgU0hBLTI1NiAke3Iuc2hhMjU2LnNsaWNlKDAsIDEyKX1cdTIwMjZgO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJJbXBvcnRDb21tYW5kcyhwcm9ncmFtOiBDb21tYW5kKTogdm9pZCB7XG4gIHByb2dyYW1cbiAgICAuY29tbWFuZCgnaW1wb3J0JylcbiAgICAuZGVzY3JpcHRpb24oYGltcG9ydCBhIENTViBvciBYTFNYIGZpbGUgb2Ygb25lIGtpbmQgKCR7SU1QT1JUX0tJTkRTLmpvaW4oJywgJyl9KSwgb3IgdGhlIG9mZmVuY2UtY29kZXMgcmVmZXJlbmNlIHRhYmxlYClcbiAgICAuYXJndW1lbnQoJzxraW5kPicsICd3aGF0IHRoZSBmaWxlIGhvbGRzJylcbiAgICAuYXJndW1lbnQoJzxmaWxlPicsICdhIC5jc3Ygb3IgLnhsc3ggZmlsZSB3aXRoIGEgaGVhZGVyIHJvdyAoU1BFQyBzZWN0aW9uIDUpJylcbiAgICAub3B0aW9uKCctLXBhcnRpYWwnLCAnc3RvcmUgdGhlIGdvb2Qgcm93cyBhbmQgd3JpdGUgdGhlIGJhZCBvbmVzIHRvIE5BTUUuZXJyb3JzLmNzdiBiZXNpZGUgdGhlIGZpbGUgKGRlZmF1bHQ6IGFsbCBvciBub3RoaW5nKScpXG4gICAgLm9wdGlvbignLS1qc29uJywgJ3ByaW50IG9ubHkgdGhlIHJlc3VsdCwgYXMgSlNPTicpXG4gICAgLmFjdGlvbihhc3luYyAoa2luZDogc3RyaW5nLCBmaWxlOiBzdHJpbmcsIF9vcHRzOiB1bmtub3duLCBjbWQ6IENvbW1hbmQpID0+IHtcbiAgICAgIGNvbnN0IG9wdHMgPSBjbWQub3B0c1dpdGhHbG9iYWxzPEdsb2JhbE9wdGlvbnMgJiB7IHBhcnRpYWw/OiBib29sZWFuOyBqc29uPzogYm9vbGVhbiB9PigpO1xuICAgICAgaWYgKCFmcy5leGlzdHNTeW5jKGZpbGUpKSB0aHJvdyBuZXcgQ2xpRXJyb3IoYFRoZXJlIGlzIG5vIGZpbGUgJHtmaWxlfS5gKTtcbiAgICAgIGlmIChraW5kID09PSAnb2ZmZW5jZS1jb2RlcycpIHtcbiAgICAgICAgYXdhaXQgd2l0aENsaShvcHRzLCBhc3luYyAoeyBzZXJ2aWNlcywgYWN0b3IgfSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHIgPSBhd2FpdCBzZXJ2aWNlcy5pbXBvcnRzLmxvYWRPZmZlbmNlQ29kZXMoYWN0b3IsIHsgcGF0aDogZmlsZSB9KTtcbiAgICAgICAgICBpZiAob3B0cy5qc29uKSBwcm9jZXNzLnN0ZG91dC53cml0ZShKU09OLnN0cmluZ2lmeShyLCBudWxsLCAyKSArICdcXG4nKTtcbiAgICAgICAgICBpZiAoci5zdGF0dXMgPT09ICdmYWlsZWQnKSB7XG4gICAgICAgICAgICBpZiAoIW9wdHMuanNvbikgZm9yIChjb25zdCBlIG9mIHIuZXJyb3JzLnNsaWNlKDAsIFNIT1dOX0VSUk9SUykpIHByb2Nlc3Muc3RkZXJyLndyaXRlKGAgICR7ZS5tZXNzYWdlfVxcbmApO1xuICAgICAgICAgICAgdGhyb3cgbmV3IENsaUVycm9yKHIubWVzc2FnZSA/PyAnVGhlIG9mZmVuY2UgY29kZXMgd2VyZSBub3QgbG9hZGVkLicpO1xuICAgICAgICAgIH1cbiAgICAgICAgICBpZiAoIW9wdHMuanNvbikge1xuICAgICAgICAgICAgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYE9mZmVuY2UgY29kZXMgZnJvbSAke3BhdGguYmFzZW5hbWUoZmlsZSl9OiAke3Iucm93c0FkZGVkfSBhZGRlZCwgJHtyLnJvd3NVcGRhdGVkfSB1cGRhdGVkLCAke3Iucm93c1VuY2hhbmdlZH0gdW5jaGFuZ2VkLlxcbmApO1xuICAgICAgICAgIH1cbiAgICAgICAgfSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGlmICghaXNJbXBvcnRLaW5kKGtpbmQpKSB0aHJvdyBraW5kRXJyb3Ioa2luZCwgWydvZmZlbmNlLWNvZGVzJ10pO1xuICAgICAgYXdhaXQgd2l0aENsaShvcHRzLCBhc3luYyAoeyBzZXJ2aWNlcywgYWN0b3IgfSkgPT4ge1xuICAgICAgICBjb25zdCBiYXIgPSBuZXcgY2xpUHJvZ3Jlc3MuU2luZ2xlQmFyKFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIHN0cmVhbTogcHJvY2Vzcy5zdGRlcnIsXG4gICAgICAgICAgICBmb3JtYXQ6ICdJbXBvcnRpbmcge2Jhcn0ge3BlcmNlbnRhZ2V9JSB8IHtyb3dzfSByb3dzIHwge3JhdGV9IHJvd3MvcyB8IHtwaGFzZX0nLFxuICAgICAgICAgICAgaGlkZUN1cnNvcjogdHJ1ZSxcbiAgICAgICAgICAgIGNsZWFyT25Db21wbGV0ZTogdHJ1ZSxcbiAgICAgICAgICAgIC8vIFdpdGhvdXQgYSB0ZXJtaW5hbCAoYSBzY3JpcHQsIGEgbG9nKSwgYSBwcm9ncmVzcyBsaW5lIGV2ZXJ5IGZldyBzZWNvbmRzLlxuICAgICAgICAgICAgbm9UVFlPdXRwdXQ6IHRydWUsXG4gICAgICAgICAgICBub3RUVFlTY2hlZHVsZTogMjAwMCxcbiAgICAgICAgICB9LFxuICAgICAgICAgIGNsaVByb2dyZXNzLlByZXNldHMuc2hhZGVzX2NsYXNzaWMsXG4gICAgICAgICk7XG4gICAgICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgICAgICBsZXQgYmFyU3RhcnRlZCA9IGZhbHNlO1xuICAgICAgICBjb25zdCByID0gYXdhaXQgc2VydmljZXMuaW1wb3J0cy5pbXBvcnRGaWxlKGFjdG9yLCB7XG4gICAgICAgICAga2luZCxcbiAgICAgICAgICBwYXRoOiBmaWxlLFxuICAgICAgICAgIG1vZGU6IG9wdHMucGFydGlhbCA/ICdwYXJ0aWFsJyA6ICdhbGxfb3Jfbm90aGluZycsXG4gICAgICAgICAgb25Qcm9ncmVzczogKHApID0+IHtcbiAgICAgICAgICAgIGNvbnN0IHNlY3MgPSBNYXRoLm1heCgoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCwgMC4wMDEpO1xuICAgICAgICAgICAgY29uc3QgcGF5bG9hZCA9IHsgcm93czogcC5yb3dzUmVhZCwgcmF0ZTogTWF0aC5yb3VuZChwLnJvd3NSZWFkIC8gc2VjcyksIHBoYXNlOiBwLnBoYXNlIH07XG4gICAgICAgICAgICBpZiAoIWJhclN0YXJ0ZWQpIHtcbiAgICAgICAgICAgICAgYmFyLnN0YXJ0KE1hdGgubWF4KHAudG90YWxCeXRlcywgMSksIHAuYnl0ZXNSZWFkLCBwYXlsb2FkKTtcbiAgICAgICAgICAgICAgYmFyU3RhcnRlZCA9IHRydWU7XG4gICAgICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgICAgICBiYXIudXBkYXRlKHAuYnl0ZXNSZWFkLCBwYXlsb2FkKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICB9LFxuICAgICAgICB9KS5maW5hbGx5KCgpID0+IHtcbiAgICAgICAgICBpZiAoYmFyU3RhcnRlZCkgYmFyLnN0b3AoKTtcbiAgICAgICAgfSk7XG4gICAgICAgIGNvbnN0IHNlY3MgPSAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMDtcbiAgICAgICAgaWYgKG9wdHMuanNvbikge1xuICAgICAgICAgIHByb2Nlc3Muc3Rkb3V0LndyaXRlKEpTT04uc3RyaW5naWZ5KHIsIG51bGwsIDIpICsgJ1xcbicpO1xuICAgICAgICAgIGlmIChyLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIHByb2Nlc3MuZXhpdENvZGUgPSAxO1xuICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBpZiAoci5zdGF0dXMgPT09ICdmYWlsZWQnKSB7XG4gICAgICAgICAgZm9yIChjb25zdCBlIG9mIHIuZXJyb3JzLnNsaWNlKDAsIFNIT1dOX0VSUk9SUykpIHByb2Nlc3Muc3RkZXJyLndyaXRlKGAgICR7ZS5tZXNzYWdlfVxcbmApO1xuICAgICAgICAgIGlmIChyLmVycm9yQ291bnQgPiBTSE9XTl9FUlJPUlMpIHByb2Nlc3Muc3RkZXJyLndyaXRlKGAgIFx1MjAyNiBhbmQgJHtyLmVycm9yQ291bnQgLSBTSE9XTl9FUlJPUlN9IG1vcmUgcHJvYmxlbXNcXG5gKTtcbiAgICAgICAgICB0aHJvdyBuZXcgQ2xpRXJyb3Ioci5tZXNzYWdlID8/ICdUaGUgaW1wb3J0IGZhaWxlZDsgbm90aGluZyB3YXMgc3RvcmVkLicpO1xuICAgICAgICB9XG4gICAgICAgIGlmIChyLmlnbm9yZWRDb2x1bW5zLmxlbmd0aCkgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYElnbm9yZWQgY29sdW1uczogJHtyLmlnbm9yZWRDb2x1bW5zLmpvaW4oJywgJyl9XFxuYCk7XG4gICAgICAgIGlmIChyLmVycm9yQ291bnQpIHtcbiAgICAgICAgICBmb3IgKGNvbnN0IGUgb2Ygci5lcnJvcnMuc2xpY2UoMCwgU0hPV05fRVJST1JTKSkgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYCAgJHtlLm1lc3NhZ2V9XFxuYCk7XG4gICAgICAgICAgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYCR7ci5lcnJvckNvdW50fSBwcm9ibGVtcyBpbiAke3Iucm93c1JlamVjdGVkfSByb3dzOyB0aG9zZSByb3dzIHdlcmUgbm90IHN0b3JlZC4gQWxsIGFyZSBsaXN0ZWQgaW4gJHtyLmVycm9yRmlsZX1cXG5gKTtcbiAgICAgICAgfVxuICAgICAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgSW1wb3J0ZWQgJHtzdW1tYXJ5KHIpfSAke01hdGgucm91bmQoci5yb3dzUmVhZCAvIE1hdGgubWF4KHNlY3MsIDAuMDAxKSl9IHJvd3Mvcy5cXG5gKTtcbiAgICAgIH0pO1xuICAgIH0pO1xuXG4gIHByb2dyYW1cbiAgICAuY29tbWFuZCgnZXhwb3J0JylcbiAgICAuZGVzY3JpcHRpb24oJ2V4cG9ydCBvbmUga2luZCBvZiBkYXRhIGluIGl0cyBpbXBvcnQgZm9ybWF0LCBvciBhIGxpc3QgYXMgaXRzIHBhZ2Ugc2hvd3MgaXQgKENTViwgb3IgWExTWCBieSB0aGUgZmlsZSBuYW1lKScpXG4gICAgLmFyZ3VtZW50KCc8a2luZD4nLCBgb25lIG9mICR7SU1QT1JUX0tJTkRTLmpvaW4oJywgJyl9IChpbXBvcnQgZm9ybWF0KSwgb3IgYSBsaXN0OiAke0xJU1RfS0lORF9OQU1FUy5qb2luKCcsICcpfWApXG4gICAgLmFyZ3VtZW50KCc8ZmlsZT4nLCBcInRoZSBmaWxlIHRvIHdyaXRlLCBvciAnLScgZm9yIHN0YW5kYXJkIG91dHB1dFwiKVxuICAgIC5vcHRpb24oJy0tZm9ybWF0IDxmb3JtYXQ+JywgJ2NzdiBvciB4bHN4IChkZWZhdWx0OiBmcm9tIHRoZSBmaWxlIG5hbWU7IGNzdiBmb3Igc3RhbmRhcmQgb3V0cHV0KScpXG4gICAgLm9wdGlvbignLS1yYXcnLCBcIndyaXRlIGV2ZXJ5IGNlbGwgZXhhY3RseSBhcyBzdG9yZWQ7IGJ5IGRlZmF1bHQgYSBjZWxsIHN0YXJ0aW5nID0gKyAtIEAgKG9yIGEgdGFiIG9yIGNhcnJpYWdlIHJldHVybikgZ2V0cyBhIGxlYWRpbmcgJyBzbyBhIHNwcmVhZHNoZWV0IGRvZXMgbm90IHJ1biBpdCwgd2hpY2ggaW1wb3J0IHRha2VzIG9mZiBhZ2FpblwiKVxuICAgIC5vcHRpb24oJy0tZm9yLXNwcmVhZHNoZWV0JywgJ2FjY2VwdGVkIGZvciBvbGQgc2NyaXB0cyBhbmQgZG9lcyBub3RoaW5nOiBjZWxscyBhcmUgbm93IG5ldXRyYWxpc2VkIGJ5IGRlZmF1bHQnKVxuICAgIC5vcHRpb24oJy0tbm8tZm9yLXNwcmVhZHNoZWV0JywgJ3RoZSBzYW1lIGFzIC0tcmF3IChrZXB0IGZvciBvbGQgc2NyaXB0cyknKVxuICAgIC5vcHRpb24oJy0tanVzdGlmaWNhdGlvbiA8dGV4dD4nLCAnd2h5IHRoaXMgZXhwb3J0IGlzIG5lZWRlZCAocmVjb3JkZWQgaW4gdGhlIGF1ZGl0IGxvZyk7IGEgbGlzdCBob2xkcyByZXN0cmljdGVkIHJlY29yZHMgb25seSB3aXRoIG9uZScpXG4gICAgLy8gVGhlIGxpc3RzJyBwYXJhbWV0ZXJzIChkb2NzL2V4cG9ydHMubWQgc2F5cyB3aGljaCBsaXN0IHRha2VzIHdoaWNoKS5cbiAgICAub3B0aW9uKCctLXNjaGVtZSA8Y29kZT4nLCAnbGlzdDogdGhlIHNjaGVtZSAocG9vbCwgcGFuZWwtbWludXRlcywgc2NoZW1lLW1lbWJlcnMsIG5pMzA7IGEgZmlsdGVyIGZvciBjYXNlbG9hZCwgbmkzOCwgcmVvZmZlbmRpbmcsIGNvbmNlbnRyYXRpb24pJylcbiAgICAub3B0aW9uKCctLXJ1biA8aWQ+JywgJ2xpc3Q6IHRoZSBzZWxlY3Rpb24gcnVuIChzZWxlY3Rpb24tcnVuLCBkaXNwcm9wb3J0aW9uYWxpdHk7IHBvb2w6IGRlZmF1bHQgdGhlIGxhdGVzdCknKVxuICAgIC5vcHRpb24oJy0tZGF0ZSA8ZGF0ZT4nLCAnbGlzdDogdGhlIHBhbmVsIG1lZXRpbmcgZGF0ZSAocGFuZWwtbWludXRlcyknKVxuICAgIC5vcHRpb24oJy0tYXMtb2YgPGRhdGU+JywgJ2xpc3Q6IHRoZSBkYXRlIChzY2hlbWUtbWVtYmVyczsgbmkzMCwgbmkzODogY29udmljdGlvbnMgcmVjb3JkZWQgYnk7IHJlb2ZmZW5kaW5nOiByZWFkIG9uKScpXG4gICAgLm9wdGlvbignLS15ZWFyIDx5eXl5L3l5PicsICdsaXN0OiB0aGUgcGVyZm9ybWFuY2UgeWVhciAobmkzMCwgbmkzOCwgZHJyKScpXG4gICAgLm9wdGlvbignLS1jZWlsaW5nIDxmcmFjdGlvbj4nLCAnbGlzdDogdGhlIHBlcmZvcm1hbmNlIGNlaWxpbmcgKG5pMzApJylcbiAgICAub3B0aW9uKCctLXN0cmV0Y2ggPGZyYWN0aW9uPicsICdsaXN0OiB0aGUgc3RyZXRjaCB0YXJnZXQgKG5pMzApJylcbiAgICAub3B0aW9uKCctLWNvaG9ydC1kYXRlIDxkYXRlPicsICdsaXN0OiB0aGUgY29ob3J0IGRhdGUgKG5pMzApJylcbiAgICAub3B0aW9uKCctLWNvaG9ydC1saXN0IDxpZD4nLCAnbGlzdDogYSBmcm96ZW4gY29ob3J0IGxpc3QgKG5pMzApJylcbiAgICAub3B0aW9uKCctLWZyb20gPGRhdGU+JywgJ2xpc3Q6IHRoZSBwZXJpb2Qgc3RhcnQgKG5pMzgsIHJlb2ZmZW5kaW5nLCBjb25jZW50cmF0aW9uKScpXG4gICAgLm9wdGlvbignLS10byA8ZGF0ZT4nLCAnbGlzdDogdGhlIHBlcmlvZCBlbmQgKG5pMzgsIHJlb2ZmZW5kaW5nLCBjb25jZW50cmF0aW9uKScpXG4gICAgLm9wdGlvbignLS1tb2RlbCA8dmVyc2lvbj4nLCAnbGlzdDogdGhlIHByZWRpY3Rpb24gbW9kZWwgKG5pMzgpJylcbiAgICAub3B0aW9uKCctLWxpc3QgPGlkPicsICdsaXN0OiB0aGUgd2F0Y2ggbGlzdCBudW1iZXIgKHdhdGNoLWxpc3QpJylcbiAgICAub3B0aW9uKCctLXZpZXcgPHZpZXc+JywgJ2xpc3Q6IG1pbmUsIHRlYW0gb3IgYWxsIChjYXNlbG9hZCknKVxuICAgIC5vcHRpb24oJy0tbGVhZCA8Y29kZT4nLCAnbGlzdDogdGhlIGxlYWQgYWdlbmN5IChjYXNlbG9hZCknKVxuICAgIC5vcHRpb24oJy0tc29ydCA8c29ydD4nLCAnbGlzdDogdGhlIG9yZGVyIChjYXNlbG9hZCknKVxuICAgIC5vcHRpb24oJy0tb3JkZXIgPG9yZGVyPicsICdsaXN0OiBhc2Mgb3IgZGVzYyAoY2FzZWxvYWQpJylcbiAgICAub3B0aW9uKCctLXVzZXJuYW1lIDxuYW1lPicsIFwibGlzdDogd2hvc2UgY2FzZWxvYWQgKGNhc2Vsb2FkKSBvciBhbGVydHMgKGFsZXJ0cylcIilcbiAgICAuYWN0aW9uKGFzeW5jIChraW5kOiBzdHJpbmcsIGZpbGU6IHN0cmluZywgX29wdHM6IHVua25vd24sIGNtZDogQ29tbWFuZCkgPT4ge1xuICAgICAgY29uc3Qgb3B0cyA9IGNtZC5vcHRzV2l0aEdsb2JhbHM8R2xvYmFsT3B0aW9ucyAmIExpc3RPcHRpb25zICYgeyBmb3JtYXQ/OiBzdHJpbmc7IHJhdz86IGJvb2xlYW47IGZvclNwcmVhZHNoZWV0PzogYm9vbGVhbjsganVzdGlmaWNhdGlvbj86IHN0cmluZyB9PigpO1xuICAgICAgaWYgKGlzTGlzdEtpbmQoa2luZCkpIHJldHVybiBleHBvcnRMaXN0KGtpbmQsIGZpbGUsIG9wdHMpO1xuICAgICAgaWYgKCFpc0ltcG9ydEtpbmQoa2luZCkpIHRocm93IGtpbmRFcnJvcihraW5kLCBMSVNUX0tJTkRfTkFNRVMpO1xuICAgICAgY29uc3QgZm9ybWF0OiBGaWxlRm9ybWF0ID0gb3B0cy5mb3JtYXQgPT09ICd4bHN4JyB8fCBvcHRzLmZvcm1hdCA9PT0gJ2NzdicgPyBvcHRzLmZvcm1hdCA6IGZpbGUgPT09ICctJyA/ICdjc3YnIDogZm9ybWF0T2YoZmlsZSk7XG4gICAgICBpZiAob3B0cy5mb3JtYXQgJiYgb3B0cy5mb3JtYXQgIT09IGZvcm1hdCkgdGhyb3cgbmV3IENsaUVycm9yKGAtLWZvcm1hdCBtdXN0IGJlIGNzdiBvciB4bHN4LCBub3QgJHtvcHRzLmZvcm1hdH0uYCk7XG4gICAgICBhd2FpdCB3aXRoQ2xpKG9wdHMsIGFzeW5jICh7IHNlcnZpY2VzLCBhY3RvciB9KSA9PiB7XG4gICAgICAgIGNvbnN0IHRvU3Rkb3V0ID0gZmlsZSA9PT0gJy0nO1xuICAgICAgICBjb25zdCBvdXQgPSB0b1N0ZG91dCA/IHByb2Nlc3Muc3Rkb3V0IDogZnMuY3JlYXRlV3JpdGVTdHJlYW0oZmlsZSk7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY29uc3QgciA9IGF3YWl0IHNlcnZpY2VzLmltcG9ydHMuZXhwb3J0S2luZChhY3Rvciwge1xuICAgICAgICAgICAga2luZCxcbiAgICAgICAgICAgIG91dCxcbiAgICAgICAgICAgIGZvcm1hdCxcbiAgICAgICAgICAgIHJhdzogb3B0cy5yYXcgPT09IHRydWUgfHwgb3B0cy5mb3JTcHJlYWRzaGVldCA9PT0gZmFsc2UsXG4gICAgICAgICAgICBkZXN0aW5hdGlvbjogdG9TdGRvdXQgPyAnc3RhbmRhcmQgb3V0cHV0JyA6IHBhdGguYmFzZW5hbWUoZmlsZSksXG4gICAgICAgICAgICBqdXN0aWZpY2F0aW9uOiBvcHRzLmp1c3RpZmljYXRpb24sXG4gICAgICAgICAgfSk7XG4gICAgICAgICAgaWYgKCF0b1N0ZG91dCkge1xuICAgICAgICAgICAgb3V0LmVuZCgpO1xuICAgICAgICAgICAgYXdhaXQgZmluaXNoZWQob3V0KTtcbiAgICAgICAgICAgIHByb2Nlc3Muc3RkZXJyLndyaXRlKGBFeHBvcnRlZCAke3Iucm93c30gJHtraW5kfSByb3dzIHRvICR7ZmlsZX0uXFxuYCk7XG4gICAgICAgICAgfVxuICAgICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgICAgaWYgKCF0b1N0ZG91dCkge1xuICAgICAgICAgICAgKG91dCBhcyBmcy5Xcml0ZVN0cmVhbSkuZGVzdHJveSgpO1xuICAgICAgICAgICAgZnMucm1TeW5jKGZpbGUsIHsgZm9yY2U6IHRydWUgfSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIHRocm93IGU7XG4gICAgICAgIH1cbiAgICAgIH0pO1xuICAgIH0pO1xuXG4gIHByb2dyYW1cbiAgICAuY29tbWFuZCgnaW1wb3J0LXN0YXR1cycpXG4gICAgLmRlc2NyaXB0aW9uKFwiYW4gaW1wb3J0J3MgcmVjb3JkIGFuZCwgd2hpbGUgaXQgcnVucywgaXRzIHByb2dyZXNzIChmcm9tIGFueSBtYWNoaW5lIG9uIFBvc3RncmVTUUwpXCIpXG4gICAgLmFyZ3VtZW50KCc8aWQ+JywgJ3RoZSBpbXBvcnQgbnVtYmVyJylcbiAgICAub3B0aW9uKCctLWpzb24nLCAncHJpbnQgb25seSBKU09OJylcbiAgICAuYWN0aW9uKGFzeW5jIChpZDogc3RyaW5nLCBfb3B0czogdW5rbm93biwgY21kOiBDb21tYW5kKSA9PiB7XG4gICAgICBjb25zdCBvcHRzID0gY21kLm9wdHNXaXRoR2xvYmFsczxHbG9iYWxPcHRpb25zICYgeyBqc29uPzogYm9vbGVhbiB9PigpO1xuICAgICAgY29uc3QgaW1wb3J0SWQgPSBOdW1iZXIoaWQpO1xuICAgICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGltcG9ydElkKSB8fCBpbXBvcnRJZCA8IDEpIHRocm93IG5ldyBDbGlFcnJvcihgVGhlIGltcG9ydCBudW1iZXIgbXVzdCBiZSBhIHdob2xlIG51bWJlciwgbm90ICR7aWR9LmApO1xuICAgICAgYXdhaXQgd2l0aENsaShvcHRzLCBhc3luYyAoeyBzZXJ2aWNlcywgYWN0b3IgfSkgPT4ge1xuICAgICAgICBjb25zdCBzID0gYXdhaXQgc2VydmljZXMuaW1wb3J0cy5pbXBvcnRTdGF0dXMoYWN0b3IsIGltcG9ydElkKTtcbiAgICAgICAgaWYgKG9wdHMuanNvbikge1xuICAgICAgICAgIHByb2Nlc3Muc3Rkb3V0LndyaXRlKEpTT04uc3RyaW5naWZ5KHMsIG51bGwsIDIpICsgJ1xcbicpO1xuICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgSW1wb3J0ICR7cy5pbXBvcnRJZH06ICR7cy5maWxlTmFtZX0gKCR7cy5raW5kfSksICR7cy5zdGF0dXN9JHtzLnN0YXJ0ZWRBdCA/IGAsIHN0YXJ0ZWQgJHtzLnN0YXJ0ZWRBdH1gIDogJyd9LlxcbmApO1xuICAgICAgICBpZiAocy5zdGF0dXMgPT09ICdydW5uaW5nJykgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCAgJHtzLnBoYXNlfTogJHtzLnJvd3NSZWFkfSByb3dzIHJlYWQsICR7cy5wZXJjZW50fSUgZG9uZSR7cy5ydW5uaW5nRWxzZXdoZXJlID8gJyAob24gYW5vdGhlciBhcHAgbm9kZSknIDogJyd9LlxcbmApO1xuICAgICAgICBlbHNlIGlmIChzLmNvdW50cykgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCAgJHtzLnJvd3NSZWFkfSByb3dzIHJlYWQ6ICR7cy5jb3VudHMuYWRkZWR9IGFkZGVkLCAke3MuY291bnRzLnVwZGF0ZWR9IHVwZGF0ZWQsICR7cy5jb3VudHMudW5jaGFuZ2VkfSB1bmNoYW5nZWQsICR7cy5jb3VudHMucmVqZWN0ZWR9IHJlamVjdGVkLiR7cy5tZXNzYWdlID8gYCAke3MubWVzc2FnZX1gIDogJyd9XFxuYCk7XG4gICAgICAgIGZvciAoY29uc3QgZSBvZiBzLmVycm9ycykgcHJvY2Vzcy5zdGRvdXQud3JpdGUoYCAgJHtlLm1lc3NhZ2V9XFxuYCk7XG4gICAgICB9KTtcbiAgICB9KTtcblxuICBwcm9ncmFtXG4gICAgLmNvbW1hbmQoJ2RhdGEtcXVhbGl0eScpXG4gICAgLmRlc2NyaXB0aW9uKCdtaXNzaW5nIGlkZW50aWZpZXJzLCBpbXBvc3NpYmxlIGRhdGVzLCBvdmVybGFwcGluZyBjdXN0b2R5IGFuZCB1bmtub3duIG9mZmVuY2UgY29kZXMnKVxuICAgIC5vcHRpb24oJy0taW1wb3J0IDxpZD4nLCAnb25seSByb3dzIHN0b3JlZCBvciBjaGFuZ2VkIGJ5IHRoaXMgaW1wb3J0JylcbiAgICAub3B0aW9uKCctLWpzb24nLCAncHJpbnQgb25seSBKU09OJylcbiAgICAuYWN0aW9uKGFzeW5jIChfb3B0czogdW5rbm93biwgY21kOiBDb21tYW5kKSA9PiB7XG4gICAgICBjb25zdCBvcHRzID0gY21kLm9wdHNXaXRoR2xvYmFsczxHbG9iYWxPcHRpb25zICYgeyBpbXBvcnQ/OiBzdHJpbmc7IGpzb24/OiBib29sZWFuIH0+KCk7XG4gICAgICBjb25zdCBpbXBvcnRJZCA9IG9wdHMuaW1wb3J0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBOdW1iZXIob3B0cy5pbXBvcnQpO1xuICAgICAgaWYgKGltcG9ydElkICE9PSB1bmRlZmluZWQgJiYgIU51bWJlci5pc0ludGVnZXIoaW1wb3J0SWQpKSB0aHJvdyBuZXcgQ2xpRXJyb3IoYC0taW1wb3J0IG11c3QgYmUgYW4gaW1wb3J0IG51bWJlciwgbm90ICR7b3B0cy5pbXBvcnR9LmApO1xuICAgICAgYXdhaXQgd2l0aENsaShvcHRzLCBhc3luYyAoeyBzZXJ2aWNlcywgYWN0b3IgfSkgPT4ge1xuICAgICAgICBjb25zdCByID0gYXdhaXQgc2VydmljZXMuaW1wb3J0cy5kYXRhUXVhbGl0eShhY3RvciwgeyBpbXBvcnRJZCB9KTtcbiAgICAgICAgaWYgKG9wdHMuanNvbikge1xuICAgICAgICAgIHByb2Nlc3Muc3Rkb3V0LndyaXRlKEpTT04uc3RyaW5naWZ5KHIsIG51bGwsIDIpICsgJ1xcbicpO1xuICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBmb3IgKGNvbnN0IGMgb2Ygci5jaGVja3MpIHtcbiAgICAgICAgICBjb25zdCBleCA9IGMuZXhhbXBsZXMubGVuZ3RoID8gYCAoZS5nLiAke2MuZXhhbXBsZXMubWFwKChlKSA9PiBlLnBlcnNvblJlZikuam9pbignLCAnKX0pYCA6ICcnO1xuICAgICAgICAgIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGAke1N0cmluZyhjLmNvdW50KS5wYWRTdGFydCg4KX0gICR7Yy5sYWJlbH0ke2V4fVxcbmApO1xuICAgICAgICB9XG4gICAgICAgIGlmIChyLnVua25vd25Db2Rlcy5sZW5ndGgpIHtcbiAgICAgICAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgVW5rbm93biBvZmZlbmNlIGNvZGVzOiAke3IudW5rbm93bkNvZGVzLm1hcCgodSkgPT4gYCR7dS5jb2RlfSAoJHt1LmNvdW50fSlgKS5qb2luKCcsICcpfVxcbmApO1xuICAgICAgICB9XG4gICAgICB9KTtcbiAgICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUdBLE9BQU8sUUFBUTtBQUNmLE9BQU8sVUFBVTtBQUNqQixTQUFTLGdCQUFnQjtBQUV6QixPQUFPLGlCQUFpQjtBQUN4QixTQUFTLFVBQVUsZUFBbUM7QUFDdEQsU0FBUyxjQUFjLG9CQUFvQjtBQUUzQyxTQUFTLGdCQUFpQztBQUMxQyxTQUFTLGlCQUFpQixrQkFBa0I7QUF3QjVDLGVBQWUsV0FBVyxNQUFjLE1BQWMsTUFBeUk7QUFDN0wsTUFBSSxLQUFLLE9BQU8sS0FBSyxtQkFBbUIsTUFBTyxPQUFNLElBQUksU0FBUyxpRkFBaUY7QUFDbkosUUFBTSxTQUFTLEtBQUssV0FBVyxTQUFTLE1BQU0sUUFBUSxTQUFTLElBQUk7QUFDbkUsUUFBTSxTQUE2QztBQUFBLElBQ2pELFFBQVEsS0FBSztBQUFBLElBQ2IsS0FBSyxLQUFLO0FBQUEsSUFDVixNQUFNLEtBQUs7QUFBQSxJQUNYLE1BQU0sS0FBSztBQUFBLElBQ1gsTUFBTSxLQUFLO0FBQUEsSUFDWCxTQUFTLEtBQUs7QUFBQSxJQUNkLFNBQVMsS0FBSztBQUFBLElBQ2QsWUFBWSxLQUFLO0FBQUEsSUFDakIsWUFBWSxLQUFLO0FBQUEsSUFDakIsTUFBTSxLQUFLO0FBQUEsSUFDWCxJQUFJLEtBQUs7QUFBQSxJQUNULE9BQU8sS0FBSztBQUFBLElBQ1osTUFBTSxLQUFLO0FBQUEsSUFDWCxNQUFNLEtBQUs7QUFBQSxJQUNYLE1BQU0sS0FBSztBQUFBLElBQ1gsTUFBTSxLQUFLO0FBQUEsSUFDWCxPQUFPLEtBQUs7QUFBQSxJQUNaLFVBQVUsS0FBSztBQUFBLElBQ2YsU0FBUyxLQUFLO0FBQUEsRUFDaEI7QUFDQSxRQUFNLFFBQVEsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLE1BQU07QUFDakQsVUFBTSxXQUFXLFNBQVM7QUFDMUIsVUFBTSxJQUFJLE1BQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxFQUFFLE1BQU0sUUFBUSxRQUFRLGFBQWEsV0FBVyxvQkFBb0IsS0FBSyxTQUFTLElBQUksR0FBRyxlQUFlLEtBQUssY0FBYyxDQUFDO0FBQ3pLLFFBQUksVUFBVTtBQUNaLGNBQVEsT0FBTyxNQUFNLEVBQUUsSUFBSTtBQUMzQjtBQUFBLElBQ0Y7QUFDQSxPQUFHLGNBQWMsTUFBTSxFQUFFLElBQUk7QUFDN0IsVUFBTSxPQUFPLEVBQUUscUJBQXFCLElBQUksRUFBRSxrQkFBa0IsNkVBQTZFO0FBQ3pJLFlBQVEsT0FBTyxNQUFNLFlBQVksRUFBRSxJQUFJLElBQUksSUFBSSxZQUFZLElBQUksSUFBSSxJQUFJO0FBQUEsQ0FBSTtBQUFBLEVBQzdFLENBQUM7QUFDSDtBQUVBLE1BQU0sZUFBZTtBQUVyQixTQUFTLFVBQVUsTUFBYyxRQUFrQixDQUFDLEdBQWE7QUFDL0QsU0FBTyxJQUFJLFNBQVMsR0FBRyxJQUFJLHVDQUF1QyxDQUFDLEdBQUcsY0FBYyxHQUFHLEtBQUssRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQzdHO0FBRUEsU0FBUyxRQUFRLEdBQXlCO0FBQ3hDLFFBQU0sU0FBUyxHQUFHLEVBQUUsU0FBUyxXQUFXLEVBQUUsV0FBVyxhQUFhLEVBQUUsYUFBYSxlQUFlLEVBQUUsWUFBWTtBQUM5RyxTQUFPLEdBQUcsRUFBRSxRQUFRLEtBQUssRUFBRSxJQUFJLE1BQU0sTUFBTSxZQUFZLEVBQUUsUUFBUSxhQUFhLEVBQUUsT0FBTyxNQUFNLEdBQUcsRUFBRSxDQUFDO0FBQ3JHO0FBRU8sU0FBUyx1QkFBdUIsU0FBd0I7QUFDN0QsVUFDRyxRQUFRLFFBQVEsRUFDaEIsWUFBWSwwQ0FBMEMsYUFBYSxLQUFLLElBQUksQ0FBQyx5Q0FBeUMsRUFDdEgsU0FBUyxVQUFVLHFCQUFxQixFQUN4QyxTQUFTLFVBQVUseURBQXlELEVBQzVFLE9BQU8sYUFBYSx5R0FBeUcsRUFDN0gsT0FBTyxVQUFVLGdDQUFnQyxFQUNqRCxPQUFPLE9BQU8sTUFBYyxNQUFjLE9BQWdCLFFBQWlCO0FBQzFFLFVBQU0sT0FBTyxJQUFJLGdCQUF1RTtBQUN4RixRQUFJLENBQUMsR0FBRyxXQUFXLElBQUksRUFBRyxPQUFNLElBQUksU0FBUyxvQkFBb0IsSUFBSSxHQUFHO0FBQ3hFLFFBQUksU0FBUyxpQkFBaUI7QUFDNUIsWUFBTSxRQUFRLE1BQU0sT0FBTyxFQUFFLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGNBQU0sSUFBSSxNQUFNLFNBQVMsUUFBUSxpQkFBaUIsT0FBTyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3ZFLFlBQUksS0FBSyxLQUFNLFNBQVEsT0FBTyxNQUFNLEtBQUssVUFBVSxHQUFHLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFDckUsWUFBSSxFQUFFLFdBQVcsVUFBVTtBQUN6QixjQUFJLENBQUMsS0FBSyxLQUFNLFlBQVcsS0FBSyxFQUFFLE9BQU8sTUFBTSxHQUFHLFlBQVksRUFBRyxTQUFRLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTztBQUFBLENBQUk7QUFDeEcsZ0JBQU0sSUFBSSxTQUFTLEVBQUUsV0FBVyxvQ0FBb0M7QUFBQSxRQUN0RTtBQUNBLFlBQUksQ0FBQyxLQUFLLE1BQU07QUFDZCxrQkFBUSxPQUFPLE1BQU0sc0JBQXNCLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxFQUFFLFNBQVMsV0FBVyxFQUFFLFdBQVcsYUFBYSxFQUFFLGFBQWE7QUFBQSxDQUFlO0FBQUEsUUFDbko7QUFBQSxNQUNGLENBQUM7QUFDRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsYUFBYSxJQUFJLEVBQUcsT0FBTSxVQUFVLE1BQU0sQ0FBQyxlQUFlLENBQUM7QUFDaEUsVUFBTSxRQUFRLE1BQU0sT0FBTyxFQUFFLFVBQVUsTUFBTSxNQUFNO0FBQ2pELFlBQU0sTUFBTSxJQUFJLFlBQVk7QUFBQSxRQUMxQjtBQUFBLFVBQ0UsUUFBUSxRQUFRO0FBQUEsVUFDaEIsUUFBUTtBQUFBLFVBQ1IsWUFBWTtBQUFBLFVBQ1osaUJBQWlCO0FBQUE7QUFBQSxVQUVqQixhQUFhO0FBQUEsVUFDYixnQkFBZ0I7QUFBQSxRQUNsQjtBQUFBLFFBQ0EsWUFBWSxRQUFRO0FBQUEsTUFDdEI7QUFDQSxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFVBQUksYUFBYTtBQUNqQixZQUFNLElBQUksTUFBTSxTQUFTLFFBQVEsV0FBVyxPQUFPO0FBQUEsUUFDakQ7QUFBQSxRQUNBLE1BQU07QUFBQSxRQUNOLE1BQU0sS0FBSyxVQUFVLFlBQVk7QUFBQSxRQUNqQyxZQUFZLENBQUMsTUFBTTtBQUNqQixnQkFBTUEsUUFBTyxLQUFLLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLElBQUs7QUFDMUQsZ0JBQU0sVUFBVSxFQUFFLE1BQU0sRUFBRSxVQUFVLE1BQU0sS0FBSyxNQUFNLEVBQUUsV0FBV0EsS0FBSSxHQUFHLE9BQU8sRUFBRSxNQUFNO0FBQ3hGLGNBQUksQ0FBQyxZQUFZO0FBQ2YsZ0JBQUksTUFBTSxLQUFLLElBQUksRUFBRSxZQUFZLENBQUMsR0FBRyxFQUFFLFdBQVcsT0FBTztBQUN6RCx5QkFBYTtBQUFBLFVBQ2YsT0FBTztBQUNMLGdCQUFJLE9BQU8sRUFBRSxXQUFXLE9BQU87QUFBQSxVQUNqQztBQUFBLFFBQ0Y7QUFBQSxNQUNGLENBQUMsRUFBRSxRQUFRLE1BQU07QUFDZixZQUFJLFdBQVksS0FBSSxLQUFLO0FBQUEsTUFDM0IsQ0FBQztBQUNELFlBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3RDLFVBQUksS0FBSyxNQUFNO0FBQ2IsZ0JBQVEsT0FBTyxNQUFNLEtBQUssVUFBVSxHQUFHLE1BQU0sQ0FBQyxJQUFJLElBQUk7QUFDdEQsWUFBSSxFQUFFLFdBQVcsU0FBVSxTQUFRLFdBQVc7QUFDOUM7QUFBQSxNQUNGO0FBQ0EsVUFBSSxFQUFFLFdBQVcsVUFBVTtBQUN6QixtQkFBVyxLQUFLLEVBQUUsT0FBTyxNQUFNLEdBQUcsWUFBWSxFQUFHLFNBQVEsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQUEsQ0FBSTtBQUN4RixZQUFJLEVBQUUsYUFBYSxhQUFjLFNBQVEsT0FBTyxNQUFNLGdCQUFXLEVBQUUsYUFBYSxZQUFZO0FBQUEsQ0FBa0I7QUFDOUcsY0FBTSxJQUFJLFNBQVMsRUFBRSxXQUFXLHdDQUF3QztBQUFBLE1BQzFFO0FBQ0EsVUFBSSxFQUFFLGVBQWUsT0FBUSxTQUFRLE9BQU8sTUFBTSxvQkFBb0IsRUFBRSxlQUFlLEtBQUssSUFBSSxDQUFDO0FBQUEsQ0FBSTtBQUNyRyxVQUFJLEVBQUUsWUFBWTtBQUNoQixtQkFBVyxLQUFLLEVBQUUsT0FBTyxNQUFNLEdBQUcsWUFBWSxFQUFHLFNBQVEsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPO0FBQUEsQ0FBSTtBQUN4RixnQkFBUSxPQUFPLE1BQU0sR0FBRyxFQUFFLFVBQVUsZ0JBQWdCLEVBQUUsWUFBWSx3REFBd0QsRUFBRSxTQUFTO0FBQUEsQ0FBSTtBQUFBLE1BQzNJO0FBQ0EsY0FBUSxPQUFPLE1BQU0sWUFBWSxRQUFRLENBQUMsQ0FBQyxJQUFJLEtBQUssTUFBTSxFQUFFLFdBQVcsS0FBSyxJQUFJLE1BQU0sSUFBSyxDQUFDLENBQUM7QUFBQSxDQUFZO0FBQUEsSUFDM0csQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVILFVBQ0csUUFBUSxRQUFRLEVBQ2hCLFlBQVksOEdBQThHLEVBQzFILFNBQVMsVUFBVSxVQUFVLGFBQWEsS0FBSyxJQUFJLENBQUMsZ0NBQWdDLGdCQUFnQixLQUFLLElBQUksQ0FBQyxFQUFFLEVBQ2hILFNBQVMsVUFBVSwrQ0FBK0MsRUFDbEUsT0FBTyxxQkFBcUIsb0VBQW9FLEVBQ2hHLE9BQU8sU0FBUyxzTEFBc0wsRUFDdE0sT0FBTyxxQkFBcUIsaUZBQWlGLEVBQzdHLE9BQU8sd0JBQXdCLDBDQUEwQyxFQUN6RSxPQUFPLDBCQUEwQixzR0FBc0csRUFFdkksT0FBTyxtQkFBbUIsdUhBQXVILEVBQ2pKLE9BQU8sY0FBYyx1RkFBdUYsRUFDNUcsT0FBTyxpQkFBaUIsOENBQThDLEVBQ3RFLE9BQU8sa0JBQWtCLDRGQUE0RixFQUNySCxPQUFPLG9CQUFvQiw4Q0FBOEMsRUFDekUsT0FBTyx3QkFBd0Isc0NBQXNDLEVBQ3JFLE9BQU8sd0JBQXdCLGlDQUFpQyxFQUNoRSxPQUFPLHdCQUF3Qiw4QkFBOEIsRUFDN0QsT0FBTyxzQkFBc0IsbUNBQW1DLEVBQ2hFLE9BQU8saUJBQWlCLDJEQUEyRCxFQUNuRixPQUFPLGVBQWUseURBQXlELEVBQy9FLE9BQU8scUJBQXFCLG1DQUFtQyxFQUMvRCxPQUFPLGVBQWUsMENBQTBDLEVBQ2hFLE9BQU8saUJBQWlCLG9DQUFvQyxFQUM1RCxPQUFPLGlCQUFpQixrQ0FBa0MsRUFDMUQsT0FBTyxpQkFBaUIsNEJBQTRCLEVBQ3BELE9BQU8sbUJBQW1CLDhCQUE4QixFQUN4RCxPQUFPLHFCQUFxQixvREFBb0QsRUFDaEYsT0FBTyxPQUFPLE1BQWMsTUFBYyxPQUFnQixRQUFpQjtBQUMxRSxVQUFNLE9BQU8sSUFBSSxnQkFBb0k7QUFDckosUUFBSSxXQUFXLElBQUksRUFBRyxRQUFPLFdBQVcsTUFBTSxNQUFNLElBQUk7QUFDeEQsUUFBSSxDQUFDLGFBQWEsSUFBSSxFQUFHLE9BQU0sVUFBVSxNQUFNLGVBQWU7QUFDOUQsVUFBTSxTQUFxQixLQUFLLFdBQVcsVUFBVSxLQUFLLFdBQVcsUUFBUSxLQUFLLFNBQVMsU0FBUyxNQUFNLFFBQVEsU0FBUyxJQUFJO0FBQy9ILFFBQUksS0FBSyxVQUFVLEtBQUssV0FBVyxPQUFRLE9BQU0sSUFBSSxTQUFTLHFDQUFxQyxLQUFLLE1BQU0sR0FBRztBQUNqSCxVQUFNLFFBQVEsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLE1BQU07QUFDakQsWUFBTSxXQUFXLFNBQVM7QUFDMUIsWUFBTSxNQUFNLFdBQVcsUUFBUSxTQUFTLEdBQUcsa0JBQWtCLElBQUk7QUFDakUsVUFBSTtBQUNGLGNBQU0sSUFBSSxNQUFNLFNBQVMsUUFBUSxXQUFXLE9BQU87QUFBQSxVQUNqRDtBQUFBLFVBQ0E7QUFBQSxVQUNBO0FBQUEsVUFDQSxLQUFLLEtBQUssUUFBUSxRQUFRLEtBQUssbUJBQW1CO0FBQUEsVUFDbEQsYUFBYSxXQUFXLG9CQUFvQixLQUFLLFNBQVMsSUFBSTtBQUFBLFVBQzlELGVBQWUsS0FBSztBQUFBLFFBQ3RCLENBQUM7QUFDRCxZQUFJLENBQUMsVUFBVTtBQUNiLGNBQUksSUFBSTtBQUNSLGdCQUFNLFNBQVMsR0FBRztBQUNsQixrQkFBUSxPQUFPLE1BQU0sWUFBWSxFQUFFLElBQUksSUFBSSxJQUFJLFlBQVksSUFBSTtBQUFBLENBQUs7QUFBQSxRQUN0RTtBQUFBLE1BQ0YsU0FBUyxHQUFHO0FBQ1YsWUFBSSxDQUFDLFVBQVU7QUFDYixVQUFDLElBQXVCLFFBQVE7QUFDaEMsYUFBRyxPQUFPLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLFFBQ2pDO0FBQ0EsY0FBTTtBQUFBLE1BQ1I7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILENBQUM7QUFFSCxVQUNHLFFBQVEsZUFBZSxFQUN2QixZQUFZLHNGQUFzRixFQUNsRyxTQUFTLFFBQVEsbUJBQW1CLEVBQ3BDLE9BQU8sVUFBVSxpQkFBaUIsRUFDbEMsT0FBTyxPQUFPLElBQVksT0FBZ0IsUUFBaUI7QUFDMUQsVUFBTSxPQUFPLElBQUksZ0JBQW9EO0FBQ3JFLFVBQU0sV0FBVyxPQUFPLEVBQUU7QUFDMUIsUUFBSSxDQUFDLE9BQU8sVUFBVSxRQUFRLEtBQUssV0FBVyxFQUFHLE9BQU0sSUFBSSxTQUFTLGlEQUFpRCxFQUFFLEdBQUc7QUFDMUgsVUFBTSxRQUFRLE1BQU0sT0FBTyxFQUFFLFVBQVUsTUFBTSxNQUFNO0FBQ2pELFlBQU0sSUFBSSxNQUFNLFNBQVMsUUFBUSxhQUFhLE9BQU8sUUFBUTtBQUM3RCxVQUFJLEtBQUssTUFBTTtBQUNiLGdCQUFRLE9BQU8sTUFBTSxLQUFLLFVBQVUsR0FBRyxNQUFNLENBQUMsSUFBSSxJQUFJO0FBQ3REO0FBQUEsTUFDRjtBQUNBLGNBQVEsT0FBTyxNQUFNLFVBQVUsRUFBRSxRQUFRLEtBQUssRUFBRSxRQUFRLEtBQUssRUFBRSxJQUFJLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxZQUFZLGFBQWEsRUFBRSxTQUFTLEtBQUssRUFBRTtBQUFBLENBQUs7QUFDdEksVUFBSSxFQUFFLFdBQVcsVUFBVyxTQUFRLE9BQU8sTUFBTSxLQUFLLEVBQUUsS0FBSyxLQUFLLEVBQUUsUUFBUSxlQUFlLEVBQUUsT0FBTyxTQUFTLEVBQUUsbUJBQW1CLDJCQUEyQixFQUFFO0FBQUEsQ0FBSztBQUFBLGVBQzNKLEVBQUUsT0FBUSxTQUFRLE9BQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxlQUFlLEVBQUUsT0FBTyxLQUFLLFdBQVcsRUFBRSxPQUFPLE9BQU8sYUFBYSxFQUFFLE9BQU8sU0FBUyxlQUFlLEVBQUUsT0FBTyxRQUFRLGFBQWEsRUFBRSxVQUFVLElBQUksRUFBRSxPQUFPLEtBQUssRUFBRTtBQUFBLENBQUk7QUFDL04saUJBQVcsS0FBSyxFQUFFLE9BQVEsU0FBUSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU87QUFBQSxDQUFJO0FBQUEsSUFDbkUsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVILFVBQ0csUUFBUSxjQUFjLEVBQ3RCLFlBQVksc0ZBQXNGLEVBQ2xHLE9BQU8saUJBQWlCLDRDQUE0QyxFQUNwRSxPQUFPLFVBQVUsaUJBQWlCLEVBQ2xDLE9BQU8sT0FBTyxPQUFnQixRQUFpQjtBQUM5QyxVQUFNLE9BQU8sSUFBSSxnQkFBcUU7QUFDdEYsVUFBTSxXQUFXLEtBQUssV0FBVyxTQUFZLFNBQVksT0FBTyxLQUFLLE1BQU07QUFDM0UsUUFBSSxhQUFhLFVBQWEsQ0FBQyxPQUFPLFVBQVUsUUFBUSxFQUFHLE9BQU0sSUFBSSxTQUFTLDBDQUEwQyxLQUFLLE1BQU0sR0FBRztBQUN0SSxVQUFNLFFBQVEsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLE1BQU07QUFDakQsWUFBTSxJQUFJLE1BQU0sU0FBUyxRQUFRLFlBQVksT0FBTyxFQUFFLFNBQVMsQ0FBQztBQUNoRSxVQUFJLEtBQUssTUFBTTtBQUNiLGdCQUFRLE9BQU8sTUFBTSxLQUFLLFVBQVUsR0FBRyxNQUFNLENBQUMsSUFBSSxJQUFJO0FBQ3REO0FBQUEsTUFDRjtBQUNBLGlCQUFXLEtBQUssRUFBRSxRQUFRO0FBQ3hCLGNBQU0sS0FBSyxFQUFFLFNBQVMsU0FBUyxVQUFVLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVGLGdCQUFRLE9BQU8sTUFBTSxHQUFHLE9BQU8sRUFBRSxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUMsS0FBSyxFQUFFLEtBQUssR0FBRyxFQUFFO0FBQUEsQ0FBSTtBQUFBLE1BQzFFO0FBQ0EsVUFBSSxFQUFFLGFBQWEsUUFBUTtBQUN6QixnQkFBUSxPQUFPLE1BQU0sMEJBQTBCLEVBQUUsYUFBYSxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsSUFBSSxLQUFLLEVBQUUsS0FBSyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxDQUFJO0FBQUEsTUFDbkg7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILENBQUM7QUFDTDsiLAogICJuYW1lcyI6IFsic2VjcyJdCn0K
