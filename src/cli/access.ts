// `waymark user …`, `waymark token …` and `waymark audit …`: accounts, API
// tokens (scoped, expiring, revocable, audited) and the audit log from the
// command line.
import type { Command } from 'commander';
import fs from 'node:fs';
import { withCli, CliError } from './context.js';
import { printList } from './table.js';
import { loadConfig } from '../config.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { createAuditKeyFile } from '../access/audit-key.js';
import { parseAnchor, type AuditAnchor } from '../access/audit-seal.js';
import type { ApiTokenScope, Role } from '../db/schema.js';
import { ROLES } from '../access/users.js';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, TOKEN_SCOPES } from '../access/api-tokens.js';

function wholeDays(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > MAX_TOKEN_DAYS) throw new CliError(`--expires-in must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}, not "${v}".`);
  return n;
}

function readAnchor(file: string): AuditAnchor {
  if (!fs.existsSync(file)) throw new InvalidInputError(`There is no file ${file}.`, { file });
  return parseAnchor(fs.readFileSync(file, 'utf8'), file);
}

export function registerAccessCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('add a local user account')
    .argument('<username>')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .requiredOption('--agency <code>', 'code of the agency the user works for')
    .requiredOption('--name <display name>', 'the name shown on screen')
    .option('--password-env <VAR>', 'read the password from this environment variable (default WAYMARK_NEW_PASSWORD)', 'WAYMARK_NEW_PASSWORD')
    .option('--email <address>', 'their work e-mail; an OpenID Connect provider that verifies it can sign them in')
    .option('--oidc-subject <sub>', 'the subject the OpenID Connect provider gives them')
    .action(async (username: string, opts: { role: string; agency: string; name: string; passwordEnv: string; email?: string; oidcSubject?: string }, cmd: Command) => {
      if (!ROLES.includes(opts.role as Role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}, not "${opts.role}".`);
      const password = process.env[opts.passwordEnv];
      if (!password || password.length < 12) throw new CliError(`Set the password (at least 12 characters) in the environment variable ${opts.passwordEnv}.`);
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        await services.access.addUser(actor, { username, role: opts.role as Role, agencyCode: opts.agency, displayName: opts.name, password, email: opts.email, oidcSubject: opts.oidcSubject });
        process.stdout.write(`User ${username} added.\n`);
      });
    });

  user
    .command('list')
    .description("the partnership's users: role, agency, status and whether a second factor is set up")
    .option('--json', 'print JSON (the items of GET /api/v1/users)')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const users = (await services.access.listUsers(actor)).map((u) => ({ username: u.username, displayName: u.displayName, role: u.role, agencyCode: u.agencyCode, agencyName: u.agencyName, disabled: u.disabled, status: u.status, secondFactor: u.secondFactor }));
        printList(users, {
          json: opts.json,
          empty: 'No users yet: add one with `waymark user add`.',
          head: ['username', 'name', 'role', 'agency', 'status', 'second factor'],
          row: (u) => [u.username, u.displayName, u.role.replace('_', ' '), u.agencyCode, u.status, u.secondFactor ? 'yes' : 'no'],
        });
      });
    });

  user
    .command('disable')
    .description('disable a user: their sessions and API tokens stop working at once')
    .argument('<username>')
    .action(async (username: string, _opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const r = await services.access.disableUser(actor, username);
        process.stdout.write(r.alreadyDisabled ? `User ${username} was already disabled.\n` : `User ${username} disabled.\n`);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('create an API token for a user; the token alone is printed on standard output, once')
    .requiredOption('--user <username>')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scope <scope>', 'read (GET and HEAD only) | role (whatever the user\'s role may do)', 'read')
    .option('--expires-in <days>', 'days until it expires', wholeDays, DEFAULT_TOKEN_DAYS)
    .action(async (opts: { user: string; name: string; scope: string; expiresIn: number }, cmd: Command) => {
      if (!TOKEN_SCOPES.includes(opts.scope as ApiTokenScope)) throw new CliError(`--scope must be read or role, not "${opts.scope}".`);
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const t = await services.access.createToken(actor, { username: opts.user, name: opts.name, scope: opts.scope as ApiTokenScope, expiresInDays: opts.expiresIn });
        process.stdout.write(`${t.token}\n`);
        process.stderr.write(`Token ${t.id} for ${opts.user} (${opts.scope === 'read' ? 'read-only' : "the user's role"}), expires ${t.expiresAt.toISOString().slice(0, 10)}. It is not shown again.\n`);
      });
    });
  token
    .command('list')
    .description("the partnership's API tokens (never the tokens themselves)")
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        printList(await services.access.listTokens(actor), {
          json: opts.json,
          empty: 'No API tokens.',
          head: ['id', 'user', 'name', 'scope', 'created', 'expires', 'status'],
          row: (r) => [String(r.id), r.username, r.name, r.scope, r.createdAt.toISOString().slice(0, 10), r.expiresAt.toISOString().slice(0, 10), r.status],
        });
      });
    });
  token
    .command('revoke')
    .description('revoke an API token at once (its id from `waymark token list`)')
    .argument('<id>')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      if (!/^\d+$/.test(id)) throw new CliError(`A token is named by its number (see \`waymark token list\`), not "${id}".`);
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const r = await services.access.revokeToken(actor, Number(id));
        process.stdout.write(r.alreadyRevoked ? `Token ${id} was already revoked.\n` : `Token ${id} revoked.\n`);
      });
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('seal, then check every entry and seal of the audit log (and, with --anchor, that the log still holds the anchored head); names the first altered, removed or inserted entry and exits 1')
    .option('--anchor <file>', 'an anchor written by `waymark audit anchor`')
    .action(async (opts: { anchor?: string }, cmd: Command) => {
      const anchor = opts.anchor ? readAnchor(opts.anchor) : undefined;
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const r = await services.access.verifyAudit(actor, { anchor });
        if (r.problem) throw new ConflictError(`The audit log does not verify: ${r.problem.message}.`);
        process.stdout.write(`The audit log verifies: ${r.entries} entries under ${r.seals} seals, none altered, removed or inserted${anchor ? `, and it still holds the anchored seal ${anchor.seq}` : ''}.\n`);
      });
    });
  audit
    .command('anchor')
    .description('seal, then write the head of the audit log (one line of JSON) to standard output or a file, to keep apart from the database; it covers every entry committed before it ran')
    .option('--out <file>', 'write it to this file instead of standard output')
    .action(async (opts: { out?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const line = JSON.stringify(await services.access.anchorAudit(actor)) + '\n';
        if (opts.out) {
          fs.writeFileSync(opts.out, line);
          process.stderr.write(`Wrote the audit log's anchor to ${opts.out}.\n`);
        } else {
          process.stdout.write(line);
        }
      });
    });
  audit
    .command('key')
    .description("the audit log's HMAC key, kept outside the database (WAYMARK_AUDIT_KEY_FILE)")
    .option('--create', 'make a new key file where the settings say (never over an existing one)')
    .action((opts: { create?: boolean }) => {
      const config = loadConfig();
      if (!opts.create) {
        process.stdout.write(`${config.auditKeyFile}${fs.existsSync(config.auditKeyFile) ? '' : ' (missing)'}\n`);
        return;
      }
      const key = createAuditKeyFile(config.auditKeyFile);
      process.stderr.write(`Made a new audit key (${key.id}) in ${config.auditKeyFile}, readable by its owner only. Keep a copy safe, apart from the database and its backups: \`waymark audit verify\` needs it.\n`);
    });
  audit
    .command('search')
    .description('list audit entries, newest first')
    .option('--person <ref>', "entries about one person (by person reference)")
    .option('--user <username>')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .option('--json', 'print JSON')
    .action(async (opts: { person?: string; user?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const rows = await services.access.searchAudit(actor, { person: opts.person, user: opts.user, limit: opts.limit });
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), details: r.details ? JSON.parse(r.details) : null })), null, 2) + '\n');
          return;
        }
        for (const r of rows) {
          process.stdout.write(`${new Date(r.at).toISOString()}  ${r.action.padEnd(13)} ${(r.username ?? JSON.parse(r.details ?? '{}').actor ?? '').padEnd(16)} ${r.person_ref ?? ''}  ${r.what}${r.justification ? `  (why: ${r.justification})` : ''}\n`);
        }
      });
    });
}
