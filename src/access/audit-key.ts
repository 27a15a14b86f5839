// The audit log's key: an HMAC-SHA256 key kept outside the database, so that
// whoever owns the database cannot rewrite the log unnoticed (SPEC 3.8). It is
// read once when the database is opened and travels with that database (a
// no-op Kysely plugin), so every transaction of one installation, and none of
// another's, carries its own key: nothing global, nothing read mid-request.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { ConflictError, InvalidInputError } from '../errors.js';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

const BRAND = Symbol.for('waymark.auditKey');

/** The key, bound to a database by opening it with `plugins: [key]`. */
export class AuditKey implements KyselyPlugin {
  readonly [BRAND] = true;
  readonly #secret: Buffer;
  /** Names the key without revealing it: an anchor records it, so verify can say when the key is another. */
  readonly id: string;

  constructor(secret: Uint8Array) {
    if (secret.length < 32) throw new Error('An audit key has at least 32 bytes.');
    this.#secret = Buffer.from(secret);
    this.id = this.mac('waymark audit key id').slice(0, 16);
  }

  /** A fresh random key (32 bytes). */
  static generate(): AuditKey {
    return new AuditKey(crypto.randomBytes(32));
  }

  /** HMAC-SHA256 of the text under the key, in hex. */
  mac(text: string): string {
    return crypto.createHmac('sha256', this.#secret).update(text).digest('hex');
  }

  /** Whether `mac` is the HMAC of the text, compared in constant time. */
  verify(text: string, mac: string | null): boolean {
    if (!mac || !/^[0-9a-f]{64}$/.test(mac)) return false;
    return crypto.timingSafeEqual(Buffer.from(this.mac(text), 'hex'), Buffer.from(mac, 'hex'));
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The key the database was opened with, or null. */
export function auditKeyOf(db: Kysely<never> | Kysely<any>): AuditKey | null {
  const found = db.getExecutor().plugins.find((p) => (p as Partial<Record<typeof BRAND, boolean>>)[BRAND] === true);
  return (found as AuditKey | undefined) ?? null;
}

/** The database's key; fails closed when it was opened without one. */
export function requireAuditKey(db: Kysely<any>): AuditKey {
  const key = auditKeyOf(db);
  if (!key) {
    throw new Error('The audit log cannot be written or checked: the database was opened without the audit key (openDatabase({ plugins: [auditKey] }); see docs/deploy-database.md).');
  }
  return key;
}

/** The command that makes a key file, named in every message that asks for one. */
export const CREATE_KEY_COMMAND = 'waymark audit key --create';

function parseKeyFile(file: string): AuditKey {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64,}$/i.test(text)) throw new InvalidInputError(`The audit key file ${file} is not an audit key (64 or more hexadecimal digits). Restore the installation's key, or make a new one with \`${CREATE_KEY_COMMAND}\` for a new installation.`);
  return new AuditKey(Buffer.from(text, 'hex'));
}

/**
 * Writes a new key to `file` (mode 0600); refuses to overwrite one. The key is
 * written whole to a temporary file first and then linked into place, so a
 * process starting at the same moment never reads half a key.
 */
export function createAuditKeyFile(file: string): AuditKey {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.partial`;
  fs.writeFileSync(partial, key.toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  try {
    fs.linkSync(partial, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ConflictError(`There is already an audit key at ${file}; it is kept as it is (a new key would not verify the entries written with it).`);
    throw e;
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return new AuditKey(key);
}

export interface LoadedAuditKey {
  key: AuditKey;
  file: string;
  /** True when the key was made just now (first use, never in production). */
  created: boolean;
}

/**
 * Reads the key file. Outside production a missing key is made on first use;
 * in production a missing key fails at start, saying how to make one.
 */
export function loadAuditKey(opts: { file: string; production: boolean }): LoadedAuditKey {
  const { file, production } = opts;
  if (fs.existsSync(file)) return { key: parseKeyFile(file), file, created: false };
  if (production) {
    throw new InvalidInputError(
      `The audit log's key is missing: there is no file ${file}. In production Waymark does not make one by itself. ` +
        `For a new installation, run \`${CREATE_KEY_COMMAND}\` with the same settings (or name an existing key with WAYMARK_AUDIT_KEY_FILE), keep a copy apart from the database's backups, and start again.`,
    );
  }
  try {
    return { key: createAuditKeyFile(file), file, created: true };
  } catch (e) {
    // Another process made it first.
    if (fs.existsSync(file)) return { key: parseKeyFile(file), file, created: false };
    throw e;
  }
}
