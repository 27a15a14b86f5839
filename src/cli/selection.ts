// `waymark select`, `waymark review`, `waymark matrix show|set` and `waymark
// panel agenda|decide`: the CLI's door onto the selection and panel services.
import fs from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { CliError, withCli, type GlobalOptions } from './context.js';
import { MatrixInvalidError } from '../selection/matrix.js';
import { outscoringText } from '../selection/proposals.js';
import type { EndReason, PanelAction, PanelDecisionKind } from '../db/schema.js';
import { WITHHELD_BECAUSE } from '../access/need-to-know.js';

async function mapErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof MatrixInvalidError) throw new CliError(`The matrix is not valid:\n${e.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    throw e;
  }
}

function wholeNumber(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${what} must be a whole number, not "${v}".`);
  return n;
}

const out = (s: string) => process.stdout.write(s);

export function registerSelectionCommands(program: Command): void {
  program
    .command('select')
    .description('run the selection matrix over the pool on a date, rank it and propose selections and de-selections (stored as a run)')
    .requiredOption('--scheme <code>', 'the scheme, e.g. PPO')
    .requiredOption('--as-of <date>', 'the date to score on, YYYY-MM-DD (a past date shows what the matrix would have chosen)')
    .option('--matrix-version <n>', 'the matrix version (default: the latest)')
    .option('--no-store', 'do not store the run')
    .option('--json', 'print a JSON array of results on stdout')
    .action(async (opts: { scheme: string; asOf: string; matrixVersion?: string; store: boolean; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        mapErrors(async () => {
          const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Scoring {bar} {value}/{total}', clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
          let started = false;
          const run = await services.selection.runSelection(actor, {
            schemeCode: opts.scheme,
            asOf: opts.asOf,
            matrixVersion: opts.matrixVersion !== undefined ? wholeNumber(opts.matrixVersion, '--matrix-version') : undefined,
            store: opts.store,
            onProgress: (done, total) => {
              if (!bar) return;
              if (!started) (bar.start(total, 0), (started = true));
              bar.update(done);
            },
          });
          if (started) bar?.stop();
          if (opts.json) {
            const rows = services.selection.selectJsonRows(run);
            out(JSON.stringify(rows, null, 2) + '\n');
            return;
          }
          const p = run.summary.proposals;
          out(
            `Scheme ${run.schemeCode} as of ${run.asOf}, matrix version ${run.matrixVersion}${run.runId ? `, stored as run ${run.runId}` : ' (not stored)'}\n` +
              `Pool ${run.poolSize}; members ${run.members} of capacity ${run.capacity ?? 'not set'}; ` +
              `proposed: ${p.selections} selections, ${p.deselections} de-selections\n` +
              `Comparison margin ${Math.round(run.comparisonMargin * 100)}%: ${run.comparisons.length} member${run.comparisons.length === 1 ? '' : 's'} outscored by more than it (shown to the panel, never proposed)\n\n`,
          );
          if (run.emptyPool) out(`${run.emptyPool}\n\n`);
          out('rank  score     member  proposal  person\n');
          if (run.scoresWithheld) out(`Scores and ranks are withheld: ${WITHHELD_BECAUSE[run.scoresWithheld]}.\n`);
          for (const r of run.results.filter((x) => x.rank === null || x.rank <= 50 || x.proposal || x.member)) {
            out(`${String(r.rank ?? '–').padStart(4)}  ${(r.score === null ? '–' : r.score.toFixed(2)).padStart(8)}  ${(r.member ? 'yes' : '').padEnd(6)}  ${(r.proposal ?? '').padEnd(8)}  ${r.personRef}${r.priority ? '  (priority release)' : ''}\n`);
          }
          if (run.comparisons.length) {
            out(`\nMembers outscored by more than ${Math.round(run.comparisonMargin * 100)}%:\n`);
            for (const c of run.comparisons) out(`  ${c.personRef} (${c.score.toFixed(2)}): ${outscoringText(c.outscoredBy)}\n`);
          }
          const eth = run.summary.disproportionality.dimensions;
          out('\nSelection rates against the pool (ratio to the overall rate):\n');
          for (const d of eth) out(`  ${d.dimension}: ${d.groups.map((g) => `${g.group} ${g.selected}/${g.pool} (${g.ratioToOverall ?? '-'})`).join('; ')}\n`);
        }),
      );
    });

  program
    .command('review')
    .description("apply the de-selection rules of SPEC 3.4 to the scheme's members on a date")
    .requiredOption('--scheme <code>', 'the scheme, e.g. PPO')
    .requiredOption('--as-of <date>', 'the review date, YYYY-MM-DD')
    .option('--json', 'print a JSON array of {personRef, rule, met, reasons} on stdout')
    .action(async (opts: { scheme: string; asOf: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        mapErrors(async () => {
          const review = await services.panel.review(actor, { schemeCode: opts.scheme, asOf: opts.asOf });
          if (opts.json) {
            out(JSON.stringify(services.panel.reviewJson(review), null, 2) + '\n');
            return;
          }
          const rows = services.panel.reviewRows(review);
          out(`Scheme ${review.schemeCode} reviewed as of ${review.asOf}: ${review.members.length} members\n`);
          for (const e of review.automaticExits) out(`  ${e.personRef}: died on ${e.dateOfDeath}; leaves the scheme automatically\n`);
          for (const r of rows.filter((x) => x.met)) out(`  ${r.personRef}  ${r.rule}: ${r.reasons.map((x) => x.text).join(' ')}\n`);
          if (!rows.some((r) => r.met)) out('  No rule is met.\n');
        }),
      );
    });

  const panel = program.command('panel').description("the review panel: a meeting's agenda by person, and one decision per person");
  panel
    .command('agenda')
    .description('the agenda of a panel meeting: one row per person with all their items, the comparison and any decisions')
    .requiredOption('--scheme <code>', 'the scheme, e.g. PPO')
    .requiredOption('--date <date>', 'the meeting date, YYYY-MM-DD')
    .option('--json', 'print a JSON array of people on stdout')
    .action(async (opts: { scheme: string; date: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const agenda = await services.panel.agenda(actor, { schemeCode: opts.scheme, meetingDate: opts.date });
        const rows = services.panel.agendaJson(agenda);
        if (opts.json) {
          out(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        out(`Panel of ${agenda.schemeCode} on ${agenda.meetingDate}: ${rows.length} people, ${agenda.items.length} items${agenda.runId ? ` (proposals from run ${agenda.runId} as of ${agenda.runAsOf})` : ''}\n`);
        if (agenda.runOutOfDate) out(`  ${agenda.runOutOfDate} (waymark select --scheme ${agenda.schemeCode} --as-of ${agenda.meetingDate})\n`);
        for (const p of agenda.people) {
          out(`  ${p.personRef}${p.member ? ' (member)' : ''}: ${p.items.map((i) => i.item).join(', ')}${p.pending.length ? '' : ' [decided]'}\n`);
          if (p.outscoredBy) out(`    comparison, not a proposal: ${outscoringText(p.outscoredBy)}\n`);
        }
      });
    });
  panel
    .command('decide')
    .description("record one decision for a person, answering their open agenda items (or those named with --item)")
    .requiredOption('--scheme <code>', 'the scheme, e.g. PPO')
    .requiredOption('--date <date>', 'the meeting date, YYYY-MM-DD')
    .requiredOption('--person <ref>', 'the person reference')
    .option('--decision <choice>', 'accept, reject or override (required: nothing is chosen for the panel)')
    .option('--action <change>', 'select, deselect, tier_move or none (required)')
    .requiredOption('--reason <text>', "the panel's reason")
    .option('--item <item...>', "the agenda items answered (default: all the person's open items)")
    .option('--tier <code>', 'select and tier_move: the tier')
    .option('--end-reason <reason>', 'deselect: the de-selection reason')
    .option('--exit-plan <text>', 'deselect: the lower tier or ongoing support that follows')
    .option('--transfer-to <area>', 'deselect for a move: send a transfer notice to this area')
    .action(
      async (
        opts: { scheme: string; date: string; person: string; decision?: string; action?: string; reason: string; item?: string[]; tier?: string; endReason?: string; exitPlan?: string; transferTo?: string },
        cmd: Command,
      ) => {
        await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
          let items = opts.item;
          if (!items?.length) {
            const agenda = await services.panel.agenda(actor, { schemeCode: opts.scheme, meetingDate: opts.date });
            items = agenda.people.find((p) => p.personRef === opts.person)?.pending ?? [];
            if (!items.length) throw new CliError(`${opts.person} has no open item on the agenda of ${opts.date}: name the items with --item.`);
          }
          const d = await services.panel.recordDecision(actor, {
            schemeCode: opts.scheme,
            meetingDate: opts.date,
            personRef: opts.person,
            items,
            decision: opts.decision as PanelDecisionKind,
            action: opts.action as PanelAction,
            reason: opts.reason,
            tierCode: opts.tier ?? null,
            endReason: (opts.endReason as EndReason | undefined) ?? null,
            exitPlan: opts.exitPlan ?? null,
            transferToAreaCode: opts.transferTo ?? null,
          });
          out(`Recorded decision ${d.id} for ${d.personRef}: ${d.decision}, ${d.action}; answers ${d.items.join(', ')}.\n`);
        });
      },
    );

  const matrix = program.command('matrix').description("view or save versions of a scheme's selection matrix");
  matrix
    .command('show')
    .description('print a matrix version (default: the latest) as JSON, or list the versions')
    .requiredOption('--scheme <code>', 'the scheme')
    .option('--version <n>', 'the version to show')
    .option('--list', 'list the versions instead')
    .action(async (opts: { scheme: string; version?: string; list?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        mapErrors(async () => {
          if (opts.list) {
            out(JSON.stringify(await services.selection.listMatrixVersions(actor, { schemeCode: opts.scheme }), null, 2) + '\n');
            return;
          }
          const m = await services.selection.getMatrix(actor, { schemeCode: opts.scheme, version: opts.version !== undefined ? wholeNumber(opts.version, '--version') : undefined });
          out(JSON.stringify(m, null, 2) + '\n');
        }),
      );
    });
  matrix
    .command('set')
    .description('save a new matrix version from a JSON file (settings left out keep their default)')
    .requiredOption('--scheme <code>', 'the scheme')
    .argument('<file>', 'a JSON file with the matrix settings')
    .option('--note <text>', 'what changed and why')
    .action(async (file: string, opts: { scheme: string; note?: string }, cmd: Command) => {
      let config: unknown;
      try {
        config = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new CliError(`Cannot read ${file} as JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        mapErrors(async () => {
          const v = await services.selection.createMatrixVersion(actor, { schemeCode: opts.scheme, config, note: opts.note ?? null });
          out(`Saved matrix version ${v.version} of scheme ${v.schemeCode}.\n`);
        }),
      );
    });
}
