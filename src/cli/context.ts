// What every CLI command needs: the database (PGlite folder or DATABASE_URL),
// the partnership it acts for, and the operator as an Actor for the audit log.
import os from 'node:os';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import type { Actor } from '../access/actor.js';
import { createServices, type Services } from '../services.js';
import { systemClock } from '../calendar/clock.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { loadAuditKey, type AuditKey } from '../access/audit-key.js';

export interface CliContext {
  database: Database;
  actor: Actor;
  /** Every service, from the composition root (src/services.ts). */
  services: Services;
}

/**
 * Bad input at the command line: the error family's InvalidInputError, under
 * the name the commands not yet moved to the family still use.
 */
export { InvalidInputError as CliError } from '../errors.js';

export interface GlobalOptions {
  partnership?: string;
}

/**
 * The audit key (config.auditKeyFile), read once at start; made on first use
 * outside production, and a clear failure in production when missing. The
 * server says when it made one; a command stays quiet (its stderr is its own).
 */
export function openAuditKey(config: Config, opts: { announce?: boolean } = {}): AuditKey {
  const loaded = loadAuditKey({ file: config.auditKeyFile, production: config.production });
  if (loaded.created && opts.announce) process.stderr.write(`Made a new audit key in ${loaded.file}. Keep a copy safe, apart from the database's backups: \`waymark audit verify\` needs it.\n`);
  return loaded.key;
}

/** Opens the configured database with its audit key (`auditKey: false`: without, for migrating only). */
export async function openCliDatabase(opts: { migrate?: boolean; auditKey?: false; config?: Config } = {}): Promise<Database> {
  const config = opts.config ?? loadConfig();
  const plugins = opts.auditKey === false ? [] : [openAuditKey(config)];
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: opts.migrate, migrationUrl: config.migrationDatabaseUrl, replicaUrl: config.databaseReplicaUrl, plugins });
}

/** The partnership a command acts for: --partnership CODE, or the only one there is. */
export async function resolvePartnership(database: Database, code?: string): Promise<number> {
  const rows = await database.db.selectFrom('partnerships').select(['id', 'code']).orderBy('id').execute();
  if (code) {
    const p = rows.find((r) => r.code === code);
    if (!p) throw new NotFoundError(`No partnership with code ${code}. Known: ${rows.map((r) => r.code).join(', ') || 'none'}.`);
    return p.id;
  }
  if (rows.length === 0) throw new NotFoundError('The database has no partnership yet. Run `waymark partnership add CODE --name NAME` (or `waymark demo` for the fictional demo).');
  if (rows.length > 1) throw new InvalidInputError(`Several partnerships are set up (${rows.map((r) => r.code).join(', ')}); choose one with --partnership CODE.`);
  return rows[0]!.id;
}

/** The operator at the CLI, as the audit log names them: "cli:<os user>". */
export function cliLabel(): string {
  return `cli:${os.userInfo().username}`;
}

export function cliActor(partnershipId: number): Actor {
  return {
    userId: null,
    partnershipId,
    role: 'administrator',
    agencyKind: null,
    label: cliLabel(),
  };
}

/** Every service over the open database, from the composition root, on the system clock. */
export function cliServices(database: Database, config: Config = loadConfig()): Services {
  return createServices({ database, clock: systemClock, config });
}

/** Opens the database, resolves the partnership, runs fn, and always closes. */
export async function withCli<T>(global: GlobalOptions, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const database = await openCliDatabase();
  try {
    const partnershipId = await resolvePartnership(database, global.partnership);
    return await fn({ database, actor: cliActor(partnershipId), services: cliServices(database) });
  } finally {
    await database.close();
  }
}

/**
 * For commands about the whole installation rather than one partnership
 * (backup, restore): opens the database, runs fn, and always closes.
 */
export async function withInstallation<T>(fn: (ctx: Omit<CliContext, 'actor'>) => Promise<T>): Promise<T> {
  const database = await openCliDatabase();
  try {
    return await fn({ database, services: createServices({ database, clock: systemClock, config: loadConfig() }) });
  } finally {
    await database.close();
  }
}
