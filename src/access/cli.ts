// `waymark user …`, `waymark token …` and `waymark audit …`: accounts, API
// tokens and the audit log from the command line.
import type { Command } from 'commander';
import { withCli, CliError } from '../cli/context.js';
import { hashPassword } from './passwords.js';
import { createApiToken } from './sessions.js';
import { appendAudit, verifyAuditChain } from './audit.js';
import type { Role } from '../db/schema.js';

const ROLES: Role[] = ['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator'];

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
    .action(async (username: string, opts: { role: string; agency: string; name: string; passwordEnv: string }, cmd: Command) => {
      if (!ROLES.includes(opts.role as Role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}, not "${opts.role}".`);
      const password = process.env[opts.passwordEnv];
      if (!password || password.length < 12) throw new CliError(`Set the password (at least 12 characters) in the environment variable ${opts.passwordEnv}.`);
      await withCli(cmd.optsWithGlobals(), async ({ database, actor }) => {
        const agency = await database.db.selectFrom('agencies').select('id').where('partnership_id', '=', actor.partnershipId).where('code', '=', opts.agency).executeTakeFirst();
        if (!agency) throw new CliError(`No agency with code ${opts.agency} in this partnership.`);
        const exists = await database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
        if (exists) throw new CliError(`The username ${username} is taken.`);
        const password_hash = await hashPassword(password);
        await database.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({ partnership_id: actor.partnershipId, agency_id: agency.id, username, display_name: opts.name, password_hash, role: opts.role as Role })
            .execute();
          await appendAudit(trx, actor, { action: 'collection', what: `user ${username} added`, details: { role: opts.role, agency: opts.agency } });
        });
        process.stdout.write(`User ${username} added.\n`);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('create an API token for a user; printed once')
    .requiredOption('--user <username>')
    .requiredOption('--name <name>', 'what the token is for')
    .action(async (opts: { user: string; name: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ database, actor }) => {
        const u = await database.db.selectFrom('users').select('id').where('username', '=', opts.user).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
        if (!u) throw new CliError(`No user ${opts.user} in this partnership.`);
        const t = await createApiToken(database.db, u.id, opts.name);
        process.stdout.write(`${t}\n`);
      });
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain of the whole audit log')
    .action(async (_opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ database }) => {
        const bad = await verifyAuditChain(database.db);
        if (bad !== null) throw new CliError(`The audit log does not verify from entry ${bad}: it has been altered.`);
        process.stdout.write('The audit log verifies: no entry has been altered or removed.\n');
      });
    });
  audit
    .command('search')
    .description('list audit entries, newest first')
    .option('--person <ref>', "entries about one person (by person reference)")
    .option('--user <username>')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .option('--json', 'print JSON')
    .action(async (opts: { person?: string; user?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ database, actor }) => {
        let q = database.db
          .selectFrom('audit_log as a')
          .leftJoin('users as u', 'u.id', 'a.user_id')
          .leftJoin('people as p', 'p.id', 'a.person_id')
          .select(['a.id', 'a.at', 'a.action', 'a.what', 'a.justification', 'u.username', 'p.person_ref', 'a.details'])
          .where('a.partnership_id', '=', actor.partnershipId)
          .orderBy('a.id', 'desc')
          .limit(opts.limit);
        if (opts.person) q = q.where('p.person_ref', '=', opts.person);
        if (opts.user) q = q.where('u.username', '=', opts.user);
        const rows = await q.execute();
        await database.db.transaction().execute((trx) => appendAudit(trx, actor, { action: 'consultation', what: 'searched the audit log', details: { person: opts.person ?? null, user: opts.user ?? null } }));
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
