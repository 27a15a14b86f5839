// The one list-export service (SPEC 3.7, issue 16): a list kind (kinds.ts) is
// drawn by its page's own service function, written as CSV or XLSX with every
// text cell neutralised, and logged as a disclosure in the same step:
//   - a list of people names everyone in the file (ids, never names), the
//     destination, and the information-sharing agreement it relies on
//     (sharing/disclosures.ts); a restricted record leaves only with a stated
//     justification (SPEC 3.8), else it is left out of the file;
//   - a table of figures is logged as a disclosure of figures, naming nobody;
//     board members may export these and nothing else.
// The import kinds (people, outcomes, ...) keep their own export in their
// import format (src/imports/export.ts); exportAny() reaches both.
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import type { Clock } from '../calendar/clock.js';
import { appendAudit } from '../access/audit.js';
import { can, requirePermission } from '../access/permissions.js';
import { exportBasis } from '../sharing/disclosures.js';
import { partnershipToday } from '../partnerships/service.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { isImportKind } from '../imports/kind-names.js';
import type { importService } from '../imports/service.js';
import { CONTENT_TYPES, EXPORT_FORMATS, exportFileName, type ExportFormat } from './cells.js';
import { EXPORT_KINDS, LIST_KINDS, LIST_KIND_NAMES, isListKind, type ExportParams, type ListKind, type ListServices } from './kinds.js';
import { tableBuffer } from './writers.js';

export interface ListExportInput {
  kind: string;
  format: string;
  params?: ExportParams;
  /** Named in the audit entry: "download", "API", a file name, "standard output". */
  destination?: string;
  /** Why the file is needed; required for a restricted record to be in it. */
  justification?: string;
}

export interface ListExport {
  kind: string;
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
  /** Restricted records left out for want of a justification. */
  withheldRestricted: number;
}

export function exportFormatOf(format: string | undefined): ExportFormat {
  const f = (format ?? '').trim().toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new InvalidInputError(`The format must be csv or xlsx${format ? `, not "${format}"` : ''}.`, { field: 'format' });
  return f as ExportFormat;
}

function kindOf(kind: string): ListKind {
  if (!isListKind(kind)) throw new NotFoundError(`${kind} is not a list that exports. Use one of: ${EXPORT_KINDS.join(', ')}.`);
  return LIST_KINDS[kind];
}

/** Whether the actor's role may export the kind (the links on the pages ask this). */
export function mayExport(actor: Pick<Actor, 'role'>, kind: string): boolean {
  if (!isListKind(kind)) return false;
  try {
    requirePermission(actor, LIST_KINDS[kind].permission);
    const k: ListKind = LIST_KINDS[kind];
    if (!k.suppressesSmallCounts && !can(actor, 'performance:names') && LIST_KINDS[kind].figuresOnly) return false;
    return !(actor.role === 'board_member' && !LIST_KINDS[kind].figuresOnly);
  } catch {
    return false;
  }
}

function describe(params: ExportParams): string {
  const shown = Object.entries(params).filter(([k, v]) => v !== undefined && v !== '' && k !== 'justification');
  return shown.length ? ` (${shown.map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
}

export function exportService({ db, clock, services }: { db: Kysely<DB>; clock: Clock; services: ListServices & { imports: ReturnType<typeof importService> } }) {
  async function exportList(actor: Actor, input: ListExportInput): Promise<ListExport> {
    const kind = kindOf(input.kind);
    const format = exportFormatOf(input.format);
    if (actor.role === 'board_member' && !kind.figuresOnly) throw new ForbiddenError('Board members may export tables of figures only, never a list of people.');
    requirePermission(actor, kind.permission, kind.figuresOnly ? undefined : 'Your role does not allow exports of this list.');
    if (kind.figuresOnly && !kind.suppressesSmallCounts && !can(actor, 'performance:names')) {
      throw new ForbiddenError('This table holds counts under 5 as they are: your role reads it suppressed, on its page and in the board report.');
    }
    const params = Object.fromEntries(Object.entries(input.params ?? {}).filter(([k]) => kind.params.some((p) => p.name === k)));
    const today = await partnershipToday(db, actor.partnershipId, clock);
    // The list exactly as its page draws it.
    const list = await kind.draw(services, actor, params, today);
    const justification = input.justification?.trim() || null;
    return db.transaction().execute(async (trx) => {
      let rows = list.rows;
      let withheldRestricted = 0;
      let agreementId: number | null = null;
      if (!kind.figuresOnly) {
        // Register data leaving to a user's agency names the agreement it relies on.
        agreementId = (await exportBasis(trx, actor)).agreementId;
        const ids = [...new Set(rows.flatMap((r) => (r.personId === undefined ? [] : [r.personId])))];
        if (ids.length && (!justification || kind.neverRestricted)) {
          const restricted = new Set(
            (await trx.selectFrom('people').select('id').where('partnership_id', '=', actor.partnershipId).where('restricted', '=', true).where('id', 'in', ids).execute()).map((r) => Number(r.id)),
          );
          if (restricted.size) {
            const before = rows.length;
            rows = rows.filter((r) => r.personId === undefined || !restricted.has(r.personId));
            withheldRestricted = before - rows.length;
          }
        }
      }
      const fileName = exportFileName(input.kind, list.scheme, today, format);
      const body = await tableBuffer({ title: list.title, columns: list.columns, rows: rows.map((r) => r.cells) }, format);
      const personIds = [...new Set(rows.flatMap((r) => (r.personId === undefined ? [] : [r.personId])))];
      const destination = input.destination ?? 'a download';
      await appendAudit(trx, actor, {
        action: 'disclosure',
        personIds: kind.figuresOnly ? [] : personIds,
        what: kind.figuresOnly
          ? `export of figures: ${input.kind}${describe(params)} as ${format} to ${destination}`
          : `export of ${input.kind}${describe(params)} as ${format} to ${destination}`,
        justification,
        details: { kind: input.kind, params, format, rows: rows.length, fileName, destination, figuresOnly: kind.figuresOnly, withheldRestricted, agreementId },
      });
      return { kind: input.kind, fileName, contentType: CONTENT_TYPES[format], body, rows: rows.length, withheldRestricted };
    });
  }

  /** An import kind in its import format (src/imports/export.ts), for the API's one address. */
  async function exportImportKind(actor: Actor, input: { kind: string; format: string; out: Writable; destination?: string; justification?: string }) {
    if (!isImportKind(input.kind)) throw new NotFoundError(`${input.kind} is not a kind of data.`);
    const format = exportFormatOf(input.format);
    const today = await partnershipToday(db, actor.partnershipId, clock);
    const r = await services.imports.exportKind(actor, { kind: input.kind, out: input.out, format, destination: input.destination, justification: input.justification });
    return { ...r, fileName: exportFileName(input.kind, null, today, format), contentType: CONTENT_TYPES[format] };
  }

  return {
    kinds: () => LIST_KIND_NAMES.map((k) => ({ kind: k, ...(({ draw: _d, ...rest }) => rest)(LIST_KINDS[k] as ListKind) })),
    mayExport,
    list: exportList,
    importKind: exportImportKind,
    isListKind,
    isImportKind,
  };
}

export type ExportService = ReturnType<typeof exportService>;
